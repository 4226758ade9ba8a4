// A Markdown document → an unchecked Scenario draft and the decisions behind it (sections, sides, identity).

import { withTemplateValues } from "./template-values.js";
import { withoutBodyMargins } from "./body-margin.js";
import { withTabbedFields } from "./tabbed-fields.js";
import { basename, extname } from "node:path";
import type { CalleeSide, Diagnostic, Scenario } from "../schema/scenario.js";
import { detectLanguage } from "../text/tokenize.js";
import { markBlocks, type BlockNote } from "./blocks.js";
import { fieldTables } from "./field-tables.js";
import { frontMatter, type FrontMatter } from "./front-matter.js";
import { MAX_TREE_CHARS, treeBlocks } from "./tree-blocks.js";
import { iniTomlLines, isIniOrToml } from "./ini-toml.js";
import { buildCallee } from "./callee.js";
import { titleName } from "./persona-name.js";
import { customerRecords } from "./customer-record.js";
import { answeredWorriesToCaller } from "./answered-worries.js";
import { foldStageSections } from "./stage-sections.js";
import { calleeRecord, embeddedRecords, prefaceRecord } from "./embedded-record.js";
import { withPlainNumbers } from "./bold-numbers.js";
import { readTaskLists } from "./task-lists.js";
import { buildCaller } from "./caller.js";
import { collectFacts } from "./facts.js";
import { nameAsWritten } from "./identity.js";
import { fillIdentity } from "./identity-evidence.js";
import { toLines, type SourceLine } from "./lines.js";
import { bodyText } from "./lists.js";
import { outline, type Outline, type RawSection } from "./sections.js";
import { resolveSides } from "./sides.js";
import { namesOnlySide, personSide } from "./section-names.js";
import { stagesWithPreface } from "./preface-script.js";
import { findUnheadedKnowledge } from "./unheaded-qa.js";
import { calleeNameFromFields, isPersonLabel } from "./callee-name-fields.js";
import { fullerName } from "./full-name.js";
import { wordNumberedHeadings } from "./word-numbered-headings.js";
import { findProseBlocks } from "./prose-blocks.js";
import { endPairSections } from "./end-pairs.js";
import { foldClosingLabels } from "./closing-label-sections.js";
import { closingBlocks } from "./closing-blocks.js";
import { splitOpeningAndClosing } from "./opening-closing.js";
import { unbulletFieldLists } from "./field-lists.js";
import { bareQuestionArrows } from "./bare-q-arrows.js";
import { exampleLines } from "./examples.js";
import { excerpt } from "./section-bodies.js";
import { asMarkdown } from "./markup-dialects.js";
import { reshapeByForm } from "./shape-outline.js";
import { sheetRows } from "./sheet-rows.js";
import { tabTables } from "./tab-tables.js";
import { plainTitles } from "./plain-titles.js";
import { spreadsheetMlRows } from "./markup-spreadsheetml.js";
import { bareConfigLines } from "./bare-config.js";
import { clauseOutline } from "./clause-outline.js";
import { subtitleText } from "./subtitle-cues.js";
import { calledName } from "./called-name.js";
import { inlineSequence, type SequenceRewrite } from "./inline-sequence.js";
import type { Decision } from "./trace.js";

export interface ParseOptions {
  /** Scenario id; defaults to the file's base name without extension. */
  id?: string;
  /** File name used in error messages. */
  file?: string;
}

/** A reading before the final checks: the caller may still lack a script, the callee may be missing. */
export interface Draft {
  scenario: Scenario;
  decisions: Decision[];
  /** Line of the explicit caller side heading, for the no-script error. */
  callerLine: number;
  /** The document described a caller side at all. */
  hasCaller: boolean;
  /** The document described a callee side of its own. */
  hasCallee: boolean;
}

type Warn = (message: string, line: number | null) => void;

function structure(source: string, decisions: Decision[], locked: "caller" | "callee" | null, warn: Warn): { lines: SourceLine[]; original: SourceLine[]; doc: Outline; front: FrontMatter | null; read: string } {
  const markup = asMarkdown(source);
  if (markup.dialect !== null) decisions.push({ field: "block markup", lines: [1], evidence: `written in ${markup.dialect}: its headings, lists and tables read as Markdown's, its comments and directives set aside` });
  const original = toLines(markup.text);
  const front = frontMatter(original);
  let text = markup.text;
  if (front !== null) {
    decisions.push({ field: "block front-matter", lines: [front.from, front.to], evidence: "YAML front matter: the document's metadata, not a section" });
    for (const line of original) if (line.no >= front.from && line.no <= front.to) line.text = "";
    text = original.map((l) => l.text).join("\n");
  }
  const notes: BlockNote[] = [];
  const ini = isIniOrToml(original);
  if (ini) decisions.push({ field: "block ini-toml", lines: [original[0]?.no ?? 1], evidence: "every line is a [table], a key = value or a comment: read as INI/TOML" });
  const tasks = readTaskLists(withPlainNumbers(ini ? iniTomlLines(original) : [...bareConfigLines(blocksOf(original, text, notes), notes)]));
  for (const item of tasks.struck) {
    decisions.push({ field: "block struck-item", lines: [item.line], evidence: "a list item or heading struck through whole is retired: set aside with what is under it" });
    warn(`a struck-through item or section set aside: '${excerpt(item.text)}'`, item.line);
  }
  const lines = bareQuestionArrows(unbulletFieldLists(tasks.lines));
  for (const note of notes) {
    decisions.push({ field: `block ${note.what}`, lines: [note.line], evidence: note.detail });
    if (note.aside !== undefined) warn(`${note.detail}: '${excerpt(note.aside)}'`, note.line);
  }
  const doc = outline(lines, locked);
  if (locked === null) resolveSides(doc, decisions);
  if (locked === null) answeredWorriesToCaller(doc, decisions);
  if (locked !== "callee") doc.caller = foldStageSections(doc.caller, lines, decisions);
  if (locked !== "callee") doc.caller = embeddedRecords(customerRecords(doc.caller, decisions), decisions);
  if (locked === null) ({ preface: doc.preface, caller: doc.caller } = prefaceRecord(doc.preface, doc.caller, decisions));
  if (locked === null) ({ callee: doc.callee, caller: doc.caller } = calleeRecord(doc.callee, doc.caller, decisions));
  if (locked !== "callee") doc.caller = splitOpeningAndClosing(endPairSections(closingBlocks(foldClosingLabels(findProseBlocks(findUnheadedKnowledge(stagesWithPreface(doc, decisions), decisions), decisions), decisions)), decisions), decisions);
  for (const [side, sections] of [["caller", doc.caller], ["callee", doc.callee]] as const) {
    for (const s of sections) decisions.push({ field: `${side}.${s.kind ?? (s.intro ? "intro" : "extraSections")}`, lines: sectionLines(s), evidence: s.title === "" ? "text under the side" : `section '${s.title}'` });
  }
  if (front !== null) {
    const body = front.fields.map((f) => ({ no: f.line, text: `${f.key}: ${f.value}` }));
    doc.preface.unshift({ kind: null, title: "front matter", line: front.from, level: 1, body, intro: false });
  }
  // The text as read: what a markup keeps out of the content (an export's owner, its styles) names nobody.
  return { lines, original, doc, front, read: markup.text };
}

/**
 * Code, HTML and tables from the Markdown tree; a document holding none of their marks is left as it is (the tree
 * would change nothing), and one past the tree's size bound is read by the linear line pass.
 */
function blocksOf(original: SourceLine[], text: string, notes: BlockNote[]): SourceLine[] {
  if (!/```|~~~|<|\|/.test(text)) return original;
  if (text.length <= MAX_TREE_CHARS) return treeBlocks(original, text, notes);
  return markBlocks(fieldTables(original), text, notes);
}

function sectionLines(s: RawSection): number[] {
  const last = s.body[s.body.length - 1]?.no ?? s.line;
  return last > s.line ? [s.line, last] : [s.line];
}

/**
 * `side`: the whole text is that side's (a platform's system prompt is the agent's). A document in which no script
 * and no opening is found is read again by the shape of its lines (shape-outline.ts); that reading is kept when it
 * finds one, with a warning saying the structure was inferred.
 */
export function readMarkdownDraft(written: string, options: ParseOptions, notes: Diagnostic[], side: "caller" | null = null): Draft {
  // A prompt's table of template values fills its placeholders in, as the platform does when it calls.
  const values = withTemplateValues(written);
  // Bodies a word processor indented by a margin are read at the left.
  const source = withTabbedFields(withoutBodyMargins(values.text));
  if (values.filled > 0) notes.push({ severity: "warning", message: `${values.filled} template placeholder(s) filled from the document's own values (${values.names.slice(0, 4).map((n) => `{{${n}}}`).join(", ")}${values.names.length > 4 ? ", …" : ""})`, line: null });
  // Subtitles are read by their words: cue numbers and timings blanked, line for line.
  const subtitles = subtitleText(source);
  const text = subtitles ?? source;
  if (subtitles !== null) notes.push({ severity: "warning", message: "read as subtitles: cue numbers, timings and speaker tags set aside", line: null });
  // Spreadsheet rows are a layout of their own: read as a table of parts first, the lines' markup only if that fails.
  // So is an Excel 2003 XML workbook: its worksheets and rows (markup-spreadsheetml.ts).
  const sheet = spreadsheetMlRows(text) ?? sheetRows(text);
  if (sheet !== null) {
    const rows = readDraftOnce(sheet.text, options, notes, side);
    if (rows.scenario.caller.steps.length > 0 || rows.scenario.caller.opening !== null) return atSourceLines(rows, sheet.lineOf, SHEET_EVIDENCE);
  }
  const first = plainTitlesOr(tabbedTablesOr(readDraftOnce(text, options, notes, side), text, options, notes, side), text, options, notes, side);
  // Clause numbers ("3.2.1") are an outline of their own, read line for line: kept when they find more of the
  // scenario's parts than the markup did.
  const clauses = clauseOutline(text);
  if (clauses !== null) {
    const byClause = readDraftOnce(clauses, options, notes, side);
    if (partsFound(byClause) > partsFound(first)) {
      byClause.decisions.unshift({ field: "block clause-outline", lines: [1], evidence: "numbered as clauses (1 / 1.1 / 1.1.1): a clause with clauses under it read as a heading at its depth, one without as an item" });
      return byClause;
    }
  }
  // An opening alone is no script: a document whose markup gave no step is read by its shape too.
  if (first.scenario.caller.steps.length > 0) return first;
  // Stages numbered after a word of the writer's own ("技能1", "Skill 2"): their run is the script.
  const staged = wordNumberedHeadings(text);
  if (staged !== null) {
    const byStage = readDraftOnce(staged, options, notes, side);
    if (byStage.scenario.caller.steps.length > 0) return byStage;
  }
  const told = inlineSequence(text);
  if (told !== null) {
    const byProse = readDraftOnce(told.text, options, notes, side);
    if (byProse.scenario.caller.steps.length > 0) return proseScript(byProse, told);
  }
  const reshaped = reshapeByForm(text);
  if (reshaped === null) return first;
  const second = readDraftOnce(reshaped, options, notes, side);
  if (second.scenario.caller.steps.length === 0 && (second.scenario.caller.opening === null || first.scenario.caller.opening !== null)) return first;
  second.decisions.unshift({ field: "block shape", lines: [1], evidence: "no heading or list the reader knows gave a script: headings, items and their depth read from the shape of the lines (indentation, repeated marks, enumerators)" });
  second.scenario.diagnostics.push({ severity: "warning", message: "no script found in the document's markup; its structure was inferred from the shape of its lines (check the steps with --explain)", line: null });
  return second;
}

/**
 * Tables pasted from a spreadsheet inside the document (tab-separated runs) read as pipe tables: kept when that
 * reading finds more of the scenario's parts, or a longer script, than the lines as written.
 */
function tabbedTablesOr(first: Draft, text: string, options: ParseOptions, notes: Diagnostic[], side: "caller" | null): Draft {
  const tables = tabTables(text);
  if (tables === null) return first;
  const byTable = readDraftOnce(tables.text, options, notes, side);
  if (!betterReading(byTable, first)) return first;
  const read = atSourceLines(byTable, tables.lineOf, TAB_TABLES_EVIDENCE);
  // Their lines are the source's already.
  for (const row of tables.retired) read.scenario.diagnostics.push({ severity: "warning", message: `a table row marked as retired set aside: '${excerpt(row.text)}'`, line: row.line });
  return read;
}

/**
 * A plain-text save of a word processor's document, its headings bare lines between blank ones: read with them as
 * headings, kept when that finds more of the scenario's parts than the lines as written.
 */
function plainTitlesOr(first: Draft, text: string, options: ParseOptions, notes: Diagnostic[], side: "caller" | null): Draft {
  // A document whose markup gave no script is read by the shape of its lines instead (shape-outline.ts).
  const titled = first.scenario.caller.steps.length === 0 ? null : plainTitles(text);
  if (titled === null) return first;
  const byTitle = readDraftOnce(titled, options, notes, side);
  if (!betterReading(byTitle, first)) return first;
  byTitle.decisions.unshift({ field: "block plain-titles", lines: [1], evidence: "no heading marks: short lines standing alone between blank lines, each over its text, read as the document's headings" });
  return byTitle;
}

/** A second reading is better when it finds more of the scenario's parts, or as many and more items in them. */
function betterReading(second: Draft, first: Draft): boolean {
  const gain = partsFound(second) - partsFound(first);
  return gain > 0 || (gain === 0 && itemsFound(second) > itemsFound(first));
}

/** Steps, knowledge-base entries, closings and end conditions a reading found. */
function itemsFound(draft: Draft): number {
  const { caller } = draft.scenario;
  return caller.steps.length + caller.knowledgeBase.length + caller.closingLines.length + caller.endConditions.length;
}

/** How many of a scenario's parts a reading found: two readings of one document are weighed by it. */
export function partsFound(draft: { scenario: Scenario }): number {
  const { caller, callee } = draft.scenario;
  return [caller.name !== "", caller.customerProfile.length > 0, caller.steps.length > 0, caller.opening !== null, caller.knowledgeBase.length > 0, caller.endConditions.length > 0,
    caller.closingLines.length > 0, callee.name !== "", callee.endConditions.length > 0, callee.style.positive.length + callee.style.negative.length > 0].filter(Boolean).length;
}

function readDraftOnce(text: string, options: ParseOptions, notes: Diagnostic[], side: "caller" | null): Draft {
  const decisions: Decision[] = [];
  const diagnostics: Diagnostic[] = [...notes];
  const warn: Warn = (message, line) => { diagnostics.push({ severity: "warning", message, line }); };
  const { original, doc, front, read } = structure(text, decisions, side, warn);
  const built = buildCaller(doc.caller, warn);
  // Text before the first side (a scenario description under the title) is kept with the caller's extras.
  const preface = doc.preface.map((p) => ({ title: p.title, body: bodyText(p.body) })).filter((p) => p.body !== "");
  const caller = fillIdentity({ ...built, extraSections: [...preface, ...built.extraSections] }, [...doc.preface, ...doc.caller], warn, decisions, front);
  caller.name = fullerName(caller.name, read);
  // "给学员家长打电话": a party's word (parent, customer) where a name would stand names nobody.
  const called = calledName([...doc.preface, ...doc.caller], read);
  const written = calleeNameFromProfile(caller.customerProfile) || (isPersonLabel(called) ? "" : called) || calleeNameFromFields([...doc.preface, ...doc.caller], caller.name);
  // "Name: {{customer_name}}": a platform fills the name in at call time; the reading has none to give.
  const profileName = TEMPLATE_VARIABLE.test(written) ? "" : written;
  if (profileName !== written) warn(`the customer's name is a template variable ('${written}'); left empty`, null);
  const hasCallee = doc.callee.length > 0;
  const examples = exampleLines(doc.caller);
  if (examples.caller.length > 0) {
    caller.exampleLines = examples.caller;
    decisions.push({ field: "caller.exampleLines", lines: [], evidence: `${examples.caller.length} caller line(s) of example conversations` });
  }
  const persona = defaultPersona(caller.customerProfile, profileName);
  // The customer's lines of the example conversations are the default persona's voice.
  persona.style.positive.push(...examples.callee);
  const callee = hasCallee ? buildCallee(doc.callee, profileName, warn) : persona;
  const factLines = doc.caller.flatMap((s) => s.body);
  const scenario: Scenario = {
    schemaVersion: 1,
    id: options.id ?? (options.file === undefined ? "scenario" : basename(options.file, extname(options.file))),
    title: doc.title,
    // A sample decides the language as well as the whole text and keeps big documents fast.
    language: detectLanguage(text.slice(0, 1500)),
    caller,
    callee,
    facts: collectFacts(factLines, (no) => original[no - 1]?.text ?? ""),
    diagnostics,
  };
  return { scenario, decisions, callerLine: doc.sideLine.caller ?? doc.caller[0]?.line ?? 1, hasCaller: doc.caller.length > 0, hasCallee };
}

/** A persona document given on its own (`--persona`): the whole document is the callee. */
export function readPersonaDraft(text: string, warn: Warn, decisions: Decision[]): CalleeSide {
  const { doc } = structure(text, decisions, "callee", warn);
  // "name: Ann Lee" in the front matter, "Customer: Ann Lee" in a header block: named by a field, not a sentence.
  return buildCallee(doc.callee, calleeNameFromFields([...doc.preface, ...doc.callee], ""), warn, titleName(doc.title ?? firstHeading(text)));
}

/** Without a callee side: a customer built from what the caller knows about them. */
export function defaultPersona(profile: readonly string[], name: string): CalleeSide {
  return {
    name,
    role: "",
    background: profile.join("\n"),
    situation: null,
    concerns: [],
    behaviours: [],
    style: { positive: [], negative: [] },
    endConditions: [],
    extraSections: [],
  };
}

const TEMPLATE_VARIABLE = /\{\{[^{}]{0,60}\}\}|\$\{[^{}]{0,60}\}|\{[A-Za-z_][\w.]{0,40}\}|<<?[A-Za-z_][\w.]{0,40}>>?|\[\[[^\]]{0,60}\]\]/;

/**
 * "姓名：某某女士" → "某某女士": the callee's name when its own role paragraph does not give one. The profile is how
 * the caller addresses the customer, so the honorific it writes is kept (a prose phrase is cleaned instead).
 */
function calleeNameFromProfile(profile: readonly string[]): string {
  for (const item of profile) {
    // "患者姓名：…", "学员姓名：…": a person word before 姓名 says whose name it is; a business's ("公司名称") is no person's.
    // A program's variable ("member_name: …") names its person the same way.
    const m = /^(?:(?!公司|单位|企业|机构|门店|店铺)\p{Script=Han}{0,3}(?:姓名|名字|称呼)|客户姓名|联系人|联络人|对接人|contact name|contact person|name|(?!(?:company|business|agent|caller|assistant|bot|brand|shop|store|org[a-z]*|file|user|host)_)[a-z]{2,12}_name)[^:：]{0,6}[:：]\s*([^，,；;。(（]{1,30})/iu.exec(item);
    // "Name: Ann Lee. Phone …": a name ends at a full stop, not at a title's ("Mr. Lee").
    if (m !== null) return nameAsWritten(untilSentenceEnd(m[1] ?? ""));
  }
  // "客户：某某", "Client: Name, …", "学生：某某": a field labelled by a customer word alone names the customer.
  for (const item of profile) {
    const m = /^([^:：]{1,12})[:：]\s*([^，,；;。(（]{1,30})/.exec(item);
    if (m !== null && personSide(m[1] ?? "") === "callee" && namesOnlySide(m[1] ?? "")) return nameAsWritten(untilSentenceEnd(m[2] ?? ""));
  }
  // "主人：某某" / "Owner: Ann Lee" first in the record: a field that holds a name and nothing else, heading the record
  // of the person called, names that person.
  const first = /^([^:：]{1,8})[:：]\s*(\p{Script=Han}{2,4}|[A-Z][\p{Ll}'’-]+ [A-Z][\p{Ll}'’-]+(?:[A-Z][\p{Ll}'’-]+)?)\s*$/u.exec(profile[0] ?? "");
  if (first !== null && personSide(first[1] ?? "") !== "caller") return first[2] ?? "";
  // "订房人某某，订了…": a record opening on a role noun in 人 (booker, applicant, contact) run into the name names them.
  const role = /^\p{Script=Han}{1,3}人\s*[:：]?\s*(\p{Script=Han}{2,3})(?=[，,、；;。（(\s])/u.exec(profile[0] ?? "");
  if (role !== null) return role[1] ?? "";
  return "";
}

/** The text before a full stop that ends a sentence ("Ann Lee. Phone 0400" → "Ann Lee"); "Mr. Lee" is kept whole. */
function untilSentenceEnd(text: string): string {
  const m = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|Mx))\.\s/u.exec(text);
  return m === null ? text : text.slice(0, m.index);
}

/**
 * A script found in one paragraph's prose: read from its rewriting, line numbers put back to the source's, with a
 * warning that says how the steps were found and what text after them was set aside.
 */
function proseScript(draft: Draft, told: SequenceRewrite): Draft {
  const aside = told.setAside === "" ? "" : `; set aside after it: '${excerpt(told.setAside)}'`;
  draft.scenario.diagnostics.push({ severity: "warning", message: `no script in the document's markup; ${told.steps} steps found in prose by ${told.how}${aside} (check the steps with --explain)`, line: null });
  return atSourceLines(draft, told.lineOf, `one paragraph tells the script inline: ${told.steps} steps by ${told.how}, each sentence under its step; the text after the script set apart`);
}

const TAB_TABLES_EVIDENCE = "runs of tab-separated lines (a spreadsheet pasted in the document) read as tables, each run's first row its header";
const SHEET_EVIDENCE = "tab- or comma-separated rows: the column whose values come in runs read as sections, each row as an item 'label: content (notes)'";

/** A reading of a rewritten document (spreadsheet rows, a prose script), its line numbers put back to the source's. */
function atSourceLines(draft: Draft, lineOf: readonly number[], evidence: string): Draft {
  const at = (no: number): number => lineOf[no - 1] ?? no;
  const scenario = draft.scenario;
  scenario.diagnostics = scenario.diagnostics.map((d) => (d.line === null ? d : { ...d, line: at(d.line) }));
  scenario.facts = scenario.facts.map((f) => ({ ...f, line: at(f.line) }));
  const decisions = draft.decisions.map((d) => ({ ...d, lines: d.lines.map(at) }));
  decisions.unshift({ field: evidence === SHEET_EVIDENCE ? "block spreadsheet-rows" : evidence === TAB_TABLES_EVIDENCE ? "block tab-tables" : "block prose-script", lines: [1], evidence });
  return { ...draft, scenario, decisions, callerLine: at(draft.callerLine) };
}

/** The document's first line when it is a Markdown heading ("# Persona: Ann Lee"), else null. */
function firstHeading(text: string): string | null {
  const first = /^\s*(#{1,3}[ \t][^\n]{1,80})$/mu.exec(text.slice(0, 400));
  return first === null || text.slice(0, first.index).trim() !== "" ? null : (first[1] ?? null);
}
