// A team's own JSON (no platform's keys, no schemaVersion) written out as the Markdown outline it spells: each key a
// heading, text under it, lists as lists, an array of records as numbered sub-sections; the reader then reads it.

import { classifyHeading } from "../scenario/section-names.js";
import { keyHeading, keyWords, SIMULATED_HEADING } from "./key-words.js";
import { withBranchesInSteps } from "./branch-lists.js";
import { nestedText, shapedRecord } from "./outline-values.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is string | number | boolean => typeof v === "string" || typeof v === "number" || typeof v === "boolean";

/** A record marked off ("disabled": true, "enabled": false, "active": false, "archived": true) is retired, as a struck-through item is. */
function retired(record: Json): boolean {
  // Keys as a plist or a form writes them ("Disabled", "isDeleted", "is_live") mark it off too; a 0/1 flag is a boolean.
  // A flag a config wrote as text (TOML read loosely: `active = "false"`, `live: "no"`) is the boolean it spells.
  const flags = new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase().replace(/^is_?/u, ""), asFlag(v)]));
  if (OFF_WHEN_TRUE.some((k) => flags.get(k) === true) || ON_WHEN_TRUE.some((k) => flags.get(k) === false)) return true;
  // A status naming the record's end ("status": "retired", "state": "disabled").
  return [...flags].some(([k, v]) => STATUS_KEY.test(k) && typeof v === "string" && RETIRED_STATUS.test(v.trim()));
}

/** 0/1 and the words "true"/"false", "yes"/"no" as booleans; any other value as it is. */
function asFlag(v: unknown): unknown {
  if (v === 0 || v === 1) return v === 1;
  if (typeof v !== "string") return v;
  const word = v.trim().toLowerCase();
  return word === "true" || word === "yes" ? true : word === "false" || word === "no" ? false : v;
}

/** Flags that take a record out when true ("hidden: true", "retired = True", "skip 1") or when false ("live = false", "on: false"). */
const OFF_WHEN_TRUE = ["disabled", "archived", "deleted", "retired", "hidden", "skip", "skipped", "deprecated", "removed", "obsolete", "off", "inactive", "commented"];
const ON_WHEN_TRUE = ["enabled", "active", "live", "on", "visible", "use", "used", "include", "included", "shown"];
const STATUS_KEY = /^(?:status|state|lifecycle)$/u;
const RETIRED_STATUS = /^(?:retired|disabled|inactive|deleted|archived|deprecated|removed|obsolete|off|停用|作废|废弃|已删除|下线)$/iu;

/** "intro", "step_2": a machine's key for the record, not its name. */
const IDENTIFIER = /^[a-z0-9_-]+$|^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

/** A record's title: its first short one-line text that ends no sentence (a step's name, not its line). */
function titleOf(record: Json): string | undefined {
  // A condition or a line to say is never the record's title, however short.
  const named = Object.entries(record).filter(([k]) => branchKey(k) !== "if" && !SAY_KEY.test(k)).map(([, v]) => v);
  return named.find((v): v is string => typeof v === "string" && v.length > 0 && v.length <= 40 && !/[。.!！?？"“”「」]/.test(v) && !IDENTIFIER.test(v));
}

/** A record of scalars with short keys (a condition and its action, a question and its answer): one line of its keys and values. */
/** Keys naming a record's title: a titled record is a section of its own, never one line. */
const TITLE_KEY = /^(?:title|name|label|heading|标题|名称|名字)$/iu;

/** Keys holding a record's machine id. */
const ID_KEY = /^(?:id|key|code|slug|msgid)$/iu;

/** Keys holding a line to say: a record with one is a step (numbered sub-section), never a one-line pair. */
const SAY_KEY = /^(?:say|says|speak|line|script|utterance|话术|台词)$/iu;

/** A line in quotation marks, unless it already is in some. */
const quoted = (line: string): string => (/^\s*["“「'‘]/u.test(line) ? line : `“${line.trim()}”`);

function inline(record: Json): string | null {
  const entries = Object.entries(record);
  if (entries.some(([k]) => TITLE_KEY.test(k)) && entries.length > 1) return null;
  if (entries.some(([k]) => SAY_KEY.test(k)) && entries.length > 1) return null;
  // An entry with its own id ("id": "STEP_2_ASK") is a record in its own right, as a titled one is.
  if (entries.some(([k, v]) => ID_KEY.test(k) && typeof v === "string" && IDENTIFIER.test(v))) return null;
  if (entries.length === 0 || entries.length > 3 || !entries.every(([k, v]) => isScalar(v) && k.length <= 6)) return null;
  return entries.map(([k, v]) => `${k}: ${String(v)}`).join(" / ");
}

/** Keys naming what the customer asks, what they say against, and the reply: a record of them is one Q&A entry. */
const ASKED_KEY = /^(?:q|question|ask|asked|query|问|问题|提问)$/iu;
const SAID_KEY = /^(?:objection|said|says|customer_?says|customer|they_?say|pushback|push_?back|客户|客户说|异议|顾虑)$/iu;
const REPLY_KEY = /^(?:a|answer|reply|response|rebuttal|respond|then_?say|text|答|回答|回应|回复|应答|应对)$/iu;
/** A record's type field ("kind": "objection", "type": "pushback"). */
const KIND_KEY = /^(?:kind|type|category|class|tag)$/iu;
/** "Objection: …", "异议：…": a question labelled as something the customer says against. */
const OBJECTION_LABEL = /^(?:objection|push_?back|rebuttal|异议|拒绝理由)\s*[:：]\s*/iu;
/** A parent key naming objections: its question/answer records are objections however they are keyed. */
const OBJECTION_PARENT = /objection|push_?back|异议/iu;

/** "Q: … A: …" for a question, '"…" → …' for a saying (an objection), or null when the record is no such pair. */
function pairLine(record: Json, parent: string): string | null {
  const entries = Object.entries(record).filter((e): e is [string, string] => typeof e[1] === "string");
  // Under a key naming objections, the record's line to say ("say", "line") is what the customer says against.
  // Under a key naming objections, `{when: "<what they say>", say: "<reply>"}`: the condition is what is said against.
  const heard = OBJECTION_PARENT.test(parent) && !entries.some(([k]) => REPLY_KEY.test(k)) ? entries.find(([k]) => branchKey(k) === "if") : undefined;
  const said = heard ?? entries.find(([k]) => SAID_KEY.test(k)) ?? entries.find(([k]) => ASKED_KEY.test(k)) ?? (OBJECTION_PARENT.test(parent) ? entries.find(([k]) => SAY_KEY.test(k)) : undefined);
  const reply = heard === undefined ? entries.find(([k]) => REPLY_KEY.test(k)) : entries.find(([k]) => SAY_KEY.test(k));
  if (said === undefined || reply === undefined || said[1].trim() === "" || reply[1].trim() === "") return null;
  // A record typed as one ("kind": "objection") or a question written as one ("Objection: …") is an objection too.
  const typed = entries.some(([k, v]) => KIND_KEY.test(k) && OBJECTION_PARENT.test(v));
  const labelled = OBJECTION_LABEL.exec(said[1].trim());
  const text = (labelled === null ? said[1] : said[1].trim().slice(labelled[0].length)).trim().replace(/^["“「](.*)["”」]$/su, "$1");
  const objection = SAID_KEY.test(said[0]) || OBJECTION_PARENT.test(parent) || typed || labelled !== null;
  return objection ? `“${text}” → ${reply[1].trim()}` : `Q: ${said[1].trim()} A: ${reply[1].trim()}`;
}

/**
 * A record keyed by what the customer asks or says against, each value its reply (`faq = {"…?": "…"}`, a list of
 * `("…", "…")` pairs read as one), under a key naming the knowledge base or objections: one pair line each.
 */
function askedPairs(record: Json, key: string, title: string): string | null {
  if (classifyHeading(title, true).kind !== "knowledgeBase") return null;
  const entries = Object.entries(record);
  // Keys that are words a person asks, not a program's field names ("q", "answer", "hours").
  const asked = entries.length > 0 && entries.every(([k, v]) => typeof v === "string" && v.trim() !== "" && k.trim() !== "" && !IDENTIFIER.test(k) && !ASKED_KEY.test(k) && !REPLY_KEY.test(k) && !SAID_KEY.test(k));
  if (!asked) return null;
  const objection = OBJECTION_PARENT.test(key) || OBJECTION_PARENT.test(title);
  return entries.map(([k, v]) => `- ${objection ? `“${k.trim()}” → ${String(v).trim()}` : `Q: ${k.trim()} A: ${String(v).trim()}`}`).join("\n");
}

/** "if_cond", "whenCustomer", "then_do", "action": a condition's key and its action's, as the reader reads them ("if" / "then"). */
function branchKey(key: string): string {
  const words = keyWords(key);
  if (words.some((w) => /^(?:if|cond|condition|when|trigger)$/u.test(w))) return "if";
  if (words.length <= 2 && words.some((w) => /^(?:then|action)$/u.test(w))) return "then";
  return key;
}

/** Keys naming a branch whose value is the whole conditional sentence. */
const BRANCH_KEY = /^(?:branch|branching|分支|条件分支)$/iu;

/** Keys of what the caller is told to do, never says ("do", "note", "action", "instruction"). */
const NOTE_KEY = /^(?:do|note|notes|action|instruction|instructions|todo|internal)$/iu;

/** Field keys a program shortens, as written out. */
const ABBREVIATED: Readonly<Record<string, string>> = { org: "organization", orgname: "organization", org_name: "organization" };

/** "student_name", "customerName": a program's field key written as the words a person would label it with. */
function fieldLabel(key: string, parent = ""): string {
  // A program's short form of a field a person spells out ("org" for the organisation).
  const spelled = ABBREVIATED[key.toLowerCase()];
  if (spelled !== undefined) return spelled;
  // "PROFILE_NAME" under "profile": the parent's words are not repeated in the label.
  const words = keyWords(key);
  const inherited = keyWords(parent);
  if (/^[A-Za-z]+(?:[_-][A-Za-z]+)+$/u.test(key) && inherited.length > 0 && inherited.every((w, i) => words[i] === w) && words.length > inherited.length) return words.slice(inherited.length).join(" ");
  return /^[A-Za-z]+(?:[_-][A-Za-z]+)+$|^[a-z]+(?:[A-Z][a-z]+)+$/u.test(key) ? keyWords(key).join(" ") : key;
}

/** A record's kind or title naming the end of the call. */
const FAREWELL = /^(?:exit|end|end_?call|end_?session|goodbye|farewell|closing|hang_?up|sign_?off|bye)$|挂机|道别|告别|结束语/iu;

/** The one text of a record whose kind or title names the call's end, or null. */
function farewellOf(record: Json): string | null {
  const labels = Object.entries(record).filter(([k, v]) => typeof v === "string" && (KIND_KEY.test(k) || /^(?:title|name|label)$/iu.test(k))).map(([, v]) => String(v).trim());
  if (!labels.some((l) => FAREWELL.test(l))) return null;
  const texts = Object.values(record).filter((v): v is string => typeof v === "string" && /[。.!！?？]\s*$/u.test(v.trim()) && !labels.includes(v.trim()));
  return texts.length === 1 ? texts[0] ?? null : null;
}

/** A short value that ends no sentence (a name, a year): a field of a record, not a text to read. */
function isField(value: unknown): boolean {
  return isScalar(value) && String(value).length <= 40 && !/[。.!！?？]\s*$/.test(String(value));
}

/** A one-line value of up to 80 characters that ends no sentence. */
function isLongField(value: unknown): boolean {
  return typeof value === "string" && value.length <= 80 && !value.includes("\n") && !/[。.!！?？]\s*$/u.test(value);
}

export function jsonOutline(data: Json): string {
  const out: string[] = [];
  const aside: string[] = [];
  write(data, 2, out, aside);
  // The parts raised to the top are the caller's: written before the part that holds a simulated customer a key named
  // ("testSuite" → "simulatedCustomer"), so they stay on the caller's side.
  const callee = out.findIndex((line) => line.startsWith("#") && line.replace(/^#+\s*/u, "") === SIMULATED_HEADING);
  const top = callee < 0 ? -1 : out.slice(0, callee + 1).findLastIndex((line) => /^##?\s/u.test(line));
  if (top < 0 || aside.length === 0) return [...out, "", ...aside].join("\n");
  return [...out.slice(0, top), ...aside, "", ...out.slice(top)].join("\n");
}

/** A key in the singular ("step", "objection") names the part its plural names: written as that plural. */
function headingOf(key: string): string {
  const known = classifyHeading(key, true);
  if (known.kind !== null) return key;
  // A program's compound key ("end_message", "QandA") as the part its words name; a side's own key stays.
  const named = known.side === null ? keyHeading(key) : null;
  if (named !== null) return named;
  if (!/^[a-z_]+$/iu.test(key)) return key;
  const plural = `${key}s`;
  return classifyHeading(plural, true).kind !== null ? plural : key;
}

/**
 * `caller: {…}` beside `profile: {name: …, phone: …}` and no block of the other side: the caller's own description is
 * inside its block, so a bare profile of short fields beside it is the record of the person called. With a customer's
 * block too the profile may be either's, and it stays as it was read.
 */
const CUSTOMER_RECORD_HEADING = "customer profile";

function callerBeside(record: Json): boolean {
  const sides = Object.entries(record).filter(([, v]) => isObject(v)).map(([k]) => classifyHeading(k, true));
  return sides.some((c) => c.kind === null && c.side === "caller") && !sides.some((c) => c.side === "callee");
}

function recordOfFields(value: unknown): boolean {
  if (!isObject(value)) return false;
  const values = Object.values(value);
  return values.length >= 2 && values.every((v) => isField(v) || isLongField(v));
}

/** `aside`: parts a program nested deep, written at the top after the rest of the outline. */
function write(whole: Json, depth: number, out: string[], aside: string[], parent = ""): void {
  const record = withBranchesInSteps(shapedRecord(whole));
  const heading = "#".repeat(Math.min(6, depth));
  // Among two or more short fields, a longer value that still ends no sentence (a quote's summary) is a field too.
  const short = Object.entries(record).filter(([, v]) => isField(v));
  // A record of one-line values only (a customer's name, business and job) is all fields, however few are short.
  const scalars = Object.values(record).filter(isScalar);
  const allFields = scalars.length >= 2 && scalars.length === Object.keys(record).length && scalars.every((v) => isField(v) || isLongField(v));
  const fields = short.length >= 2 || (short.length >= 1 && allFields) ? Object.entries(record).filter(([, v]) => isField(v) || isLongField(v)) : short;
  // Short fields read as a record ("- name: …"); longer texts, lists and records each under a heading of their key.
  for (const [key, value] of fields) out.push(`- ${fieldLabel(key, parent)}: ${String(value)}`);
  if (fields.length > 0) out.push("");
  const besideCaller = depth === 2 && callerBeside(record);
  for (const [key, value] of Object.entries(record)) {
    if (fields.some(([k]) => k === key)) continue;
    // A part the reader knows (a closing, an opening, the FAQ) stands at the top however deep a program nested it.
    // Written apart and put after the outline, so the sections nested after it stay where they were.
    const title = besideCaller && recordOfFields(value) && classifyHeading(headingOf(key), true).kind === "role" ? CUSTOMER_RECORD_HEADING : headingOf(key);
    const part = depth > 2 && keyHeading(key) !== null && classifyHeading(title, true).kind !== null;
    const at = part ? 2 : depth;
    const into = part ? [] as string[] : out;
    into.push(`${part ? "##" : heading} ${title}`, "");
    const pair = isObject(value) ? pairLine(value, key) ?? askedPairs(value, key, title) : null;
    // A record holding one sentence under a key naming no part ("closing": { "say": "…" }) is that sentence.
    const only = isObject(value) ? Object.entries(value) : [];
    if (isScalar(value)) into.push(nestedText(String(value), at), "");
    else if (pair !== null) into.push(pair, "");
    else if (only.length === 1 && typeof only[0]?.[1] === "string" && !isField(only[0][1]) && keyHeading(only[0][0]) === null) into.push(only[0][1], "");
    else if (isObject(value)) write(value, at + 1, into, aside, key);
    else if (Array.isArray(value)) items(value, at + 1, into, key, aside);
    if (part) aside.push(...into);
  }
}

/** `{if: "<situation>", say: "<line>"}` in a step's list: the branch line "if: … / then: …", as the reader reads one. */
function conditionLine(record: Json): string | null {
  const texts = Object.entries(record).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "");
  const cond = texts.find(([k]) => branchKey(k) === "if");
  const then = texts.find(([k]) => SAY_KEY.test(k) || branchKey(k) === "then");
  return texts.length === 2 && cond !== undefined && then !== undefined ? `if: ${cond[1].trim()} / then: ${then[1].trim()}` : null;
}

/** Headings of the call's end, whose records are closings by outcome. */
const CLOSING_KINDS = new Set(["endAndClosing", "closingLines"]);

/** A record of an outcome's short label and the line to say then: "label: line", or null. */
function outcomeLine(item: unknown): string | null {
  if (!isObject(item) || retired(item)) return null;
  const texts = Object.entries(item).filter((e): e is [string, string] => typeof e[1] === "string");
  // '<closing id="no_answer">"…"</closing>': an id or a name labels the other text, whatever key holds it.
  const keyed = texts.find(([k]) => ID_KEY.test(k) || TITLE_KEY.test(k));
  const said = texts.find(([k]) => SAY_KEY.test(k)) ?? (keyed === undefined ? undefined : texts.find((e) => e !== keyed));
  const label = texts.find(([k, v]) => notSaidKey(k, said) && v.trim() !== "" && [...v.trim()].length <= 16 && !/[。.!！?？]$/u.test(v.trim()));
  return texts.length === 2 && said !== undefined && label !== undefined && said[1].trim() !== "" ? `${label[1].trim().replace(/(?<=\p{L})_(?=\p{L})/gu, " ")}: ${said[1].trim()}` : null;
}

/** The key is not the one holding the line said. */
function notSaidKey(key: string, said: [string, string] | undefined): boolean {
  return said === undefined ? !SAY_KEY.test(key) : key !== said[0];
}

function items(given: readonly unknown[], depth: number, out: string[], parent = "", aside: string[] = out): void {
  let n = 0;
  // Under a key naming the knowledge base, `("…", "…")` pairs are a question (or a saying) and its reply.
  const twoTexts = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string" && x.trim() !== "");
  const list = given.length > 0 && given.every(twoTexts) && classifyHeading(headingOf(parent), true).kind === "knowledgeBase" ? given.map(([q, a]) => ({ q, a })) : given;
  // Question/answer (or saying/reply) records are the entries of a knowledge base, one line each.
  const pairs = list.map((item) => (isObject(item) && !retired(item) ? pairLine(item, parent) : null));
  if (list.length > 0 && pairs.every((p) => p !== null)) {
    // Objections among questions go under a heading of their own, as a person writing the outline would put them.
    const asked = pairs.filter((p) => p?.startsWith("Q: ") === true);
    const against = pairs.filter((p) => p?.startsWith("Q: ") !== true);
    for (const p of asked.length > 0 ? asked : against) out.push(`- ${p ?? ""}`);
    out.push("");
    if (asked.length > 0 && against.length > 0) out.push(`${"#".repeat(Math.min(6, Math.max(2, depth - 1)))} Objections`, "", ...against.map((p) => `- ${p ?? ""}`), "");
    return;
  }
  // Closing lines each keyed by the outcome they end ({"key": "约好", "say": "…"}): one "outcome: line" each, as a
  // person lists closings by outcome.
  if (CLOSING_KINDS.has(classifyHeading(headingOf(parent), true).kind ?? "") && list.length > 0 && list.every((item) => outcomeLine(item) !== null)) {
    for (const item of list) out.push(`- ${outcomeLine(item) ?? ""}`);
    out.push("");
    return;
  }
  // A list reads as one kind: either every record is a line of its own, or every record is a sub-section.
  const lined = list.every((item) => !isObject(item) || inline(item) !== null);
  for (const item of list) {
    if (isScalar(item)) out.push(`- ${String(item)}`);
    else if (isObject(item) && !retired(item)) {
      // A flow's last node (type "exit", titled "Goodbye" / "挂机语") says the closing, not a step.
      const farewell = farewellOf(item);
      if (farewell !== null) { aside.push("## Closing lines", "", farewell, ""); continue; }
      const line = lined ? inline(item) : null;
      if (line !== null) { out.push(`- ${line}`); continue; }
      n++;
      out.push("", `${"#".repeat(Math.min(6, depth))} ${n}. ${titleOf(item) ?? ""}`.trimEnd(), "");
      const title = titleOf(item);
      const texts = Object.entries(item).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== title && !IDENTIFIER.test(e[1]));
      const lists = Object.values(item).filter(Array.isArray);
      // The record's words: a list of texts, or else its first text (even empty: a step with nothing to say).
      // A text keyed as a note ("note", "do") is told, never said: the first other text is the line.
      // A condition or its action ("when", "then") is never the line: it stays on the branch line below.
      const saidAt = texts.findIndex(([k]) => !NOTE_KEY.test(k) && !["if", "then"].includes(branchKey(k)));
      // A step keyed with its line and a list beside it (`say: …`, `branches: […]`) still says the line.
      const sayAt = texts.findIndex(([k]) => SAY_KEY.test(k));
      const said = lists.length > 0 ? (sayAt < 0 ? null : texts.splice(sayAt, 1)[0]) : saidAt < 0 && texts.length > 0 ? ["", ""] as const : texts.splice(Math.max(0, saidAt), 1)[0];
      // A text under a key for the line to say ("say", "话术") is spoken, even one opening with "If…"/"如果…": quoted.
      if (said !== undefined && said !== null && said[1] !== "") out.push(SAY_KEY.test(said[0]) && !said[1].includes("\n") ? quoted(said[1]) : said[1]);
      // Pairs in a record named for objections ("异议处理", "Pushback") are objections, as under such a key.
      for (const list of lists) for (const inner of list) out.push(isObject(inner) ? `- ${(OBJECTION_PARENT.test(title ?? "") ? pairLine(inner, title ?? "") : null) ?? inline(inner) ?? conditionLine(inner) ?? JSON.stringify(inner)}` : `- ${String(inner)}`);
      // A record inside the record (a branch's condition and action): one line of its fields.
      // A record holding only a note (`line: .silent("…")` read as { do: "…" }) is told, never said.
      for (const inner of Object.values(item)) {
        const only = isObject(inner) ? Object.entries(inner) : [];
        if (only.length === 1 && NOTE_KEY.test(only[0]?.[0] ?? "") && typeof only[0]?.[1] === "string") out.push(`Note: ${only[0][1]}`);
        else if (isObject(inner) && inline(inner) !== null) out.push(inline(inner) ?? "");
      }
      // Its other texts on one line, as a record of short fields is ("if: … / then: …"): a condition stays whole.
      const rest = texts.filter(([, v]) => v !== "");
      // An action with no condition ("then_do" alone, "do", "action") is told, not said: a note, as the reader reads one.
      const keyed = rest.map(([k, v]) => [branchKey(k), v] as const);
      const conditioned = keyed.some(([k]) => k === "if");
      const told = keyed.filter(([k]) => (k === "then" && !conditioned) || NOTE_KEY.test(k));
      const other = keyed.filter((e) => !told.includes(e));
      for (const [, v] of told) out.push(`Note: ${v}`);
      // A text keyed as a branch ("分支": "如果…就…") is the conditional line itself, written as the person wrote it.
      const branches = other.filter(([k]) => BRANCH_KEY.test(k));
      for (const [, v] of branches) out.push(v);
      other.splice(0, other.length, ...other.filter((e) => !branches.includes(e)));
      if (other.length > 0) out.push(other.map(([k, v]) => `${k}: ${v}`).join(" / "));
    }
  }
  out.push("");
}
