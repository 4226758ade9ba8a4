// Lines → an outline: the document title, and per side the sections in order, each with its kind and body lines.

import { headingOf, type HeadingLine } from "./headings.js";
import { BOLD_LABEL, outlineTop, setextHeading, siblingLabel, wrapsHeadings } from "./heading-context.js";
import { documentTitle } from "./document-title.js";
import { stageTitle } from "./stages.js";
import {
  CALLEE_CONTEXT, EXPLICIT_STEP, HANGS_UP, INTRO_LEVEL, LEAD_IN, QUESTION_LABEL, RULES_LABEL, SPEAKER_LABEL, STEPS_TABLE_HEADER,
  exampleLabel, headingNumber, nextInOutline, numberedSibling, otherSpeakerNear, sameStyle, speakerLineNext,
} from "./section-cues.js";
import { indentOf, isListItem, isRule, type SourceLine } from "./lines.js";
import { opensSpeakerPair } from "./speaker-pairs.js";
import { headsNumberedTable, headsQuestionTable } from "./script-table.js";
import { continuesNumbering } from "./numbered-run.js";
import { partMeaning } from "./part-headings.js";
import { CALLEE_KINDS, CALLER_KINDS, classifyHeading, namesOnlySide, namesTheCustomer, sideOf, type HeadingMeaning, type SectionKind, type Side } from "./section-names.js";

/** A bold line that asks: "**Is there parking?**". */
const BOLD_QUESTION_LINE = /[?？]\s*(?:\*\*|__)\s*$/u;
/** A value, a wide gap, and a document's own field ("Last updated:", "Version:", "更新时间："): a line of its metadata. */
const FIELDS_SIDE_BY_SIDE = /\S(?: {2,}|\t|\s*[|·]\s*)(?:last\s+)?(?:updated|edited|modified|reviewed|created|author|version|shared with|status|最后更新|更新时间|更新|修改时间|创建时间|作者|版本)\s*[:：]\s*\S/iu;

/** Sections a numbered table under their heading belongs to (its rows are endings, closings or questions, not steps). */
const TABLE_OWNERS: ReadonlySet<SectionKind> = new Set<SectionKind>(["endAndClosing", "endConditions", "closingLines", "knowledgeBase"]);

/** Sections whose deeper headings are their own items (steps, questions, examples), not new sections. */
const CONTAINER_KINDS: ReadonlySet<SectionKind> = new Set(["steps", "knowledgeBase", "style", "stylePositive", "styleNegative", "endAndClosing"]);
/** The kinds only the other side has, per side. */
const OTHER_SIDE_KINDS: Record<Side, ReadonlySet<SectionKind>> = { caller: CALLEE_KINDS, callee: CALLER_KINDS };
/** Caller-only sections that bring an implied callee side back to the caller. */
const SCRIPT_KINDS: ReadonlySet<SectionKind> = new Set(["steps", "opening", "knowledgeBase", "task"]);

export interface RawSection {
  /** The known kind, or null for a section the reader does not know (kept as an extra section). */
  kind: SectionKind | null;
  title: string;
  /** Line of the heading (or of the first body line for implicit sections). */
  line: number;
  /** Heading depth; deeper headings inside the section are body lines. */
  level: number;
  body: SourceLine[];
  /** True for the text written right under a side heading, before its first section. */
  intro: boolean;
  /** The number written before the heading ("### 4. 通话流程" → 4), when there is one. */
  number?: number | null;
  /** Opened by a line leading into a block ("Rules you follow:"), not by a heading. */
  leadIn?: true;
}


export interface Outline {
  title: string | null;
  titleLine: number | null;
  /** Text before the first side or section heading. */
  preface: RawSection[];
  caller: RawSection[];
  callee: RawSection[];
  /** Line of the heading that opened each side explicitly, null when the side was only implied. */
  sideLine: Record<Side, number | null>;
  /** Lines that divide the document into blocks: a horizontal rule after a blank line, a level-1 heading or banner. */
  dividers: number[];
}

/** The next two lines are "label：value" fields (a record follows the line at `at`). */
function fieldsNext(lines: readonly SourceLine[], at: number): boolean {
  const next = lines.slice(at + 1, at + 3);
  return next.length === 2 && next.every((l) => /^\s*(?:[-*+•·]\s*)?[^:：“”"「」\s][^:：“”"「」]{0,11}[:：]\s*\S/u.test(l.text));
}

/** A "label：value" field line (a bullet allowed), its label short and unquoted. */
const FIELD_LINE = /^\s*(?:[-*+•·]\s*)?[^:：“”"「」\s][^:：“”"「」]{0,11}[:：]\s*\S/u;

/** A customer-naming label with a value, on the line right after another field: a field of a header record. */
function recordField(lines: readonly SourceLine[], at: number, heading: HeadingLine, meaning: HeadingMeaning): boolean {
  // Only the customer's: a caller-word field ("Caller: Name, …") still names the caller's side, as it did.
  if (!heading.weak || heading.rest.trim() === "" || meaning.side !== "callee" || meaning.kind !== null || /^[“"「『]/u.test(heading.rest.trim())) return false;
  const above = lines[at - 1];
  return above !== undefined && FIELD_LINE.test(above.text);
}

/** `locked`: the whole document is that side (a persona given with --persona); headings never switch it. */
/** "identity_fail", "no_answer": a key a program writes, words joined by underscores. */
const PROGRAM_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/u;

export function outline(lines: readonly SourceLine[], locked: Side | null = null): Outline {
  const out: Outline = { title: null, titleLine: null, preface: [], caller: [], callee: [], sideLine: { caller: null, callee: null }, dividers: [] };
  let side: Side | null = locked;
  let explicitSide = locked !== null;
  if (locked !== null) out.sideLine[locked] = lines[0]?.no ?? 1;
  const state: { current: RawSection | null } = { current: null };
  let seenKnown = false;
  /** The current side is the caller's by a real heading ("## Instructions for the agent"), not a label. */
  let headedCaller = false;
  /** Depth of the real heading that named the caller's side: a deeper heading is inside that side's part. */
  let callerLevel = 0;
  /** Depth of the real heading that named the current side outright; 0 when no real heading did. */
  let sideLevel = 0;
  /** A part opened by a label holding its quoted line ("Start by saying: “…”"): it is that paragraph, no more. */
  let quotedLabel: RawSection | null = null;

  const open = (section: RawSection): void => {
    state.current = section;
    if (side === null && !seenKnown && section.kind === null) out.preface.push(section);
    else out[side ?? "caller"].push(section);
  };

  const titleLine = locked === null ? documentTitle(lines) : null;
  const openers = new Map(lines.map((l) => [l.no, l.text]));
  let afterBlank = true;
  let previous: SourceLine | null = null;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] as SourceLine;
    const blankBefore = afterBlank;
    afterBlank = line.text.trim() === "";
    if (isRule(line.text)) {
      // Right under a line of text it underlines a heading (setext), dividing nothing; under a list it ends the list.
      if (blankBefore || (previous !== null && (isListItem(previous.text) || indentOf(previous.text) >= 2))) out.dividers.push(line.no);
      continue;
    }
    // "| 步骤 | 话术 |" with no heading above it, or a table with its rows numbered 1, 2, 3: the table is the script.
    // A customer's field ("客户：某某") over it says whose record comes first, not whose the table is: no real heading
    // named the callee's side, so the numbered table is the caller's script.
    // A numbered table under a heading that names the endings, closings or FAQ is that section's table.
    const labelledCallee = side === "callee" && sideLevel === 0 && locked === null;
    const ownedKind = state.current?.kind ?? null;
    // …and so is one under a heading naming the call's rules ("Red lines", "注意事项"): its rows are rules.
    const ownedTable = (ownedKind !== null && TABLE_OWNERS.has(ownedKind)) || (ownedKind === null && RULES_LABEL.test(state.current?.title.trim() ?? ""));
    if (state.current?.kind !== "steps" && (STEPS_TABLE_HEADER.test(line.text) || (!ownedTable && (side !== "callee" || labelledCallee) && headsNumberedTable(lines, at)))) {
      if (labelledCallee) side = "caller";
      open({ kind: "steps", title: "", line: line.no, level: INTRO_LEVEL - 1, body: [line], intro: false, number: null });
      seenKnown = true;
      continue;
    }
    // A table of questions and answers under no heading of its own (or right after an unheaded script): the FAQ.
    const unnamed = state.current === null || state.current.kind === null || state.current.title === "";
    if (unnamed && side !== "callee" && state.current?.kind !== "knowledgeBase" && headsQuestionTable(lines, at)) {
      open({ kind: "knowledgeBase", title: "", line: line.no, level: INTRO_LEVEL - 1, body: [line], intro: false, number: null });
      seenKnown = true;
      continue;
    }
    // A line indented under a list item continues that item ("- 条件: …" over "  结束语: …"): never a heading.
    const continuesItem = previous !== null && indentOf(line.text) >= 2 && (isListItem(previous.text) || indentOf(previous.text) >= 2);
    if (line.text.trim() !== "") previous = line;
    const heading = line.code === true || continuesItem ? null : setextHeading(lines, at) ?? outlineTop(lines, at) ?? headingOf(line.text);
    if (heading !== null && !heading.weak && (heading.level === 1 || wrapsHeadings(lines, at))) out.dividers.push(line.no);
    const here = state.current;
    // "6. 收尾" after the items 1–5 of this section: the list's last item, not the section its word names.
    if (heading !== null && heading.weak && here !== null && continuesNumbering(here.body, line.text, lines.find((l) => l.no === here.line)?.text)) {
      here.body.push(line);
      continue;
    }
    // "Step 1: …" / "Phase 2 – …" / "**Q:** …" outside any script or FAQ: the script or FAQ starts there, unheaded.
    // A step line too long to be read as a label ('Step 1 — Greeting. "Hello, is that …?"') starts it all the same.
    const longStep = heading === null && line.code !== true && !continuesItem && side !== "callee" && !isListItem(line.text) && EXPLICIT_STEP.test(line.text) && /["“「]/u.test(line.text);
    const unheaded = longStep ? "steps" : heading === null || side === "callee" ? null : heading.stepLike && EXPLICIT_STEP.test(heading.text) ? "steps" : heading.weak && heading.rest.trim() !== "" && QUESTION_LABEL.test(heading.text.trim()) ? "knowledgeBase" : null;
    if (unheaded !== null && !out[side ?? "caller"].some((section) => section.kind === unheaded) && here?.kind !== "knowledgeBase") {
      open({ kind: unheaded, title: "", line: line.no, level: INTRO_LEVEL - 1, body: [line], intro: false, number: null });
      seenKnown = true;
      continue;
    }
    // "Agent: “…”", "客户：“…”" inside a section: a speaker-labelled sample line, not a side or a section.
    // In any section, known or not: "**User:** “…”" in an example conversation names no side.
    // Unquoted too when a line of another speaker is next to it ("用户：喂，哪位？" / "助手：您好…"): a conversation.
    if (heading !== null && heading.weak && here !== null && heading.rest.trim() !== "" && ((SPEAKER_LABEL.test(heading.text.trim()) && (/^[“"「『]/.test(heading.rest.trim()) || otherSpeakerNear(lines, at, heading.text.trim()))) || opensSpeakerPair(lines, at))) {
      here.body.push(line);
      continue;
    }
    // "# 售后回访话术" over "角色：你是…": the document's title, though it holds a section's name.
    if (heading !== null && line.no === titleLine) {
      out.title = heading.text.trim();
      out.titleLine = line.no;
      open({ kind: null, title: heading.text.trim(), line: line.no, level: heading.level, body: [], intro: false });
      continue;
    }
    if (heading !== null) {
      // Inside a known section a deeper heading is part of it (a step, a sub-label) unless it opens a side;
      // unknown sections never swallow. Classify lazily: most deeper lines name no side, and classifying is the cost.
      // Only a container (the script, the FAQ, the style examples) holds deeper headings as its items; a deeper
      // heading under "# Role：…" that names another section starts that section (an H1 must not swallow the document).
      // "注意：" / "Rules:" as a paragraph of its own after the script's items: the rules that follow are not more steps.
      // So does "Example conversation:" (or "Example:" after the FAQ or style examples) over speaker lines.
      const setApart = heading.weak && heading.rest.trim() === "" && blankBefore && here !== null && here.kind !== null && CONTAINER_KINDS.has(here.kind);
      const rulesAfter = setApart && (RULES_LABEL.test(heading.text.trim()) || (exampleLabel(heading.text.trim(), here.kind) && speakerLineNext(lines, at)));
      // A "Label:" paragraph of its own naming another known part, under a section that holds no items ("PERSONA" then
      // "Concerns:"), is that part's start, a sibling; so is a closing or ending label in the opening, even on the next
      // line: an opening never runs on into the lines that end the call.
      const sibling = heading.weak && here !== null && here.kind !== null && !CONTAINER_KINDS.has(here.kind) && siblingLabel(here.kind, heading.text, blankBefore);
      // "**Why you are calling.** …" as a paragraph of its own: a bold label opens a block, known or not; under a section
      // that holds no items it is never more of that section's text (a field the reader cannot name stays apart).
      // Under a section the reader does not know (the title, a preface) only a bold line alone opens one ("**Site sheet**");
      // under a titled one a bold question stays its text ("## Good to know" over "**Is there parking?**" and its answer).
      const boldBlock = heading.weak && blankBefore && here !== null && (here.kind !== null ? !CONTAINER_KINDS.has(here.kind) : heading.rest.trim() === "" && !heading.stepLike && stageTitle(heading.text) === null && !(here.title !== "" && !here.intro && BOLD_QUESTION_LINE.test(line.text))) && BOLD_LABEL.test(line.text) && !isListItem(line.text);
      // "🛑 **Objections**" as a paragraph of its own after the items of a script a label of the same style opened: the
      // next block, a sibling (a numbered step or a question in bold stays an item).
      // So is a plain "Reference:" after a script "Call plan:" opened.
      // A script begun with no heading ("Step 1 — …") ends at any label set apart after it.
      const unheadedScript = here?.title === "" && here.level === INTRO_LEVEL - 1;
      // "Things they wonder about" after the rows under "Pushback": a plain title like the one that opened this unknown
      // block is the next block, not more of its text.
      const bareSibling = heading.weak && heading.rest.trim() === "" && blankBefore && here !== null && here.kind === null && !here.intro && here.title !== "" && !heading.stepLike && sameStyle(openers.get(here.line) ?? "", line.text);
      const boldSibling = bareSibling || setApart && ((here.level === heading.level && sameStyle(openers.get(here.line) ?? "", line.text)) || unheadedScript) && !isListItem(line.text) && !heading.stepLike && !/[?？]\s*(?:\*\*|__)?\s*$/u.test(line.text);
      // "### identity_fail" under the closings: a program's key naming an ending, whatever part its words recall.
      const endingKey = here !== null && (here.kind === "closingLines" || here.kind === "endAndClosing") && PROGRAM_KEY.test(heading.text.trim());
      const nested = !rulesAfter && !sibling && !boldBlock && !boldSibling && here !== null && here.kind !== null && heading.level > here.level && line.config !== true && (CONTAINER_KINDS.has(here.kind) || heading.weak || endingKey || classifyHeading(heading.text, false).kind === null);
      // A numbered heading inside the script is a step, even at the script heading's level ("### 步骤一：开场").
      // …unless it continues the numbering of the sections around the script ("### 4. 通话流程" → "### 5. 常见问题").
      // A numbered heading naming a side ("二、业主") ends the script too.
      // "##### 步骤7：按客户偏好约定…", "#### Step 3: Ask the customer…": a heading the script numbers with its step word
      // is a step whatever side word its title holds.
      const namedStep = here?.kind === "steps" && heading.stepLike && EXPLICIT_STEP.test(heading.text);
      const stepInScript = here?.kind === "steps" && line.config !== true && heading.stepLike && !numberedSibling(here, line.text, heading.level, heading.text) && (namedStep || classifyHeading(heading.text, false).side === null);
      if ((nested || stepInScript) && (namedStep || sideOf(heading.text) === null)) {
        here.body.push(line);
        continue;
      }
      // "End the call when one of these happens:": a line that only leads into the block below names its section the
      // way a Markdown heading does, by a name it contains.
      // So does a label whose text is only quoted lines ("Sound like this: “…” / “…”").
      const leadIn = heading.weak && !isListItem(line.text) && (heading.rest.trim() === "" ? LEAD_IN.test(line.text) : /^[“"「『]/u.test(heading.rest.trim()));
      // A part heading over sections of its own groups them: it names no section itself (part-headings.ts).
      const meaning = partMeaning(lines, at, heading, classifyHeading(heading.text, heading.weak && !leadIn));
      // "Owner: Ann Lee   Last updated: 1 May": a line of a document's fields side by side names no side of the call.
      if (heading.weak && FIELDS_SIDE_BY_SIDE.test(heading.rest)) meaning.side = null;
      // "### Stage 3: Next steps": a numbered stage is one stage of a script whatever its title's words name.
      if (!heading.weak && meaning.side === null && meaning.kind !== null && stageTitle(heading.text) !== null && /\d|[一二三四五六七八九十]/u.test(heading.text)) meaning.kind = null;
      // "**Situation right now**" as a paragraph of its own: a bold label names its part the way a real heading does
      // (by a name it contains), when that part is this side's.
      if (boldBlock && meaning.kind === null && meaning.side === null) {
        const loose = classifyHeading(heading.text, false);
        if (loose.kind !== null && loose.side === null && !OTHER_SIDE_KINDS[side ?? "caller"].has(loose.kind)) meaning.kind = loose.kind;
      }
      // "| Tone | Friendly… |" among the caller's own fields: a row naming a part only the other side has describes this
      // section's person, it opens no section; nor does a row naming the other side itself ("| 客户 | 钱先生… |": who
      // the customer is, as this side knows it).
      const namesOtherSide = meaning.side !== null && (side === null || meaning.side !== side || here?.kind === "customerProfile");
      // So is "Customer: Mrs …. Plan: …" inside the customer profile: a labelled value of the record, not a side heading.
      const profileField = line.field === true || (heading.weak && heading.rest.trim() !== "" && here?.kind === "customerProfile");
      if (profileField && here !== null && ((meaning.kind !== null && meaning.side === null && OTHER_SIDE_KINDS[side ?? "caller"].has(meaning.kind)) || namesOtherSide)) {
        here.body.push(line);
        continue;
      }
      // "客户：某某先生（…）" right under "公司：…" in a header record of "label：value" lines: one more field of the
      // record (who is called), not the start of that person's side; the side is named by a label on a line of its own.
      if (recordField(lines, at, heading, meaning) && here !== null) {
        here.body.push(line);
        continue;
      }
      // "话术：“您好…”" inside the script, "Q: …" inside the FAQ: a label of the section's own kind with text after it
      // is one of its lines, not a new section.
      // So is a bare label of its own kind inside a container ("话术：" above a step's lines): it labels what follows.
      if (heading.weak && (heading.rest.trim() !== "" || CONTAINER_KINDS.has(meaning.kind ?? "role")) && here !== null && meaning.kind !== null && meaning.kind === here.kind && meaning.side === null) {
        here.body.push(line);
        continue;
      }
      // "客户同意续约：“…”" inside a section: a label over a quoted line is a condition or a speaker, never a side.
      if (heading.weak && here !== null && here.kind !== null && meaning.kind === null && /^[“"「『]/u.test(heading.rest.trim())) {
        here.body.push(line);
        continue;
      }
      if (meaning.kind === null && meaning.side === null && explicitSide && side === "callee" && CALLEE_CONTEXT.test(heading.text.trim())) meaning.kind = "background";
      // "### Questions customers ask" under "## Caller": a real heading deeper than the one that named this side outright
      // is a part of that side; a word of the other side's among its words names a topic, never the other side.
      if (locked === null && sideLevel > 0 && !heading.weak && heading.level > sideLevel && meaning.kind === null && meaning.side !== null && meaning.side !== side && !meaning.strongSide && !namesOnlySide(heading.text)) meaning.side = null;
      const namesSide = meaning.side !== null && (meaning.kind === null || heading.weak === false);
      const deeper = nested && !namesSide;
      if (!deeper && (meaning.kind !== null || meaning.side !== null)) {
        seenKnown = true;
        // A heading that names a section switches sides only when it names the side outright: "客户背景" under the
        // caller is what the caller knows about the customer, not the start of the callee side.
        let kind = meaning.kind;
        // "The customer:" leading into a list, inside a side a real heading named the caller's: what the caller
        // knows about the person it calls, not the start of the callee side (a lead-in is no side heading).
        if (leadIn && kind === null && meaning.side === "callee" && !meaning.strongSide && side === "caller" && headedCaller && locked === null) {
          kind = "customerProfile";
          meaning.side = null;
        }
        // "### About the customer" under "## Agent", "# Customer (from the booking system)" in a prompt that is the caller's alone:
        // a heading inside the caller's part naming only the person called is the caller's record of them.
        const insideCaller = locked === "caller" || (locked === null && side === "caller" && headedCaller && heading.level > callerLevel);
        if (kind === null && meaning.side === "callee" && !meaning.strongSide && heading.rest.trim() === "" && insideCaller && namesTheCustomer(heading.text)) {
          kind = "customerProfile";
          meaning.side = null;
        }
        // "## Caller profile", "## 拨打方角色": a side heading, whose text (or deeper sections) describe that side.
        // "## Agent persona", "## 客服角色": a real heading naming a role and a side word is that side too; so is a label on a
        // line of its own ("4. 客户角色", "Customer role:" over a paragraph): no side describes the other's role.
        if (kind === "role" && meaning.side !== null && (!heading.weak || heading.rest.trim() === "")) {
          kind = null;
          meaning.strongSide = true;
        }
        if (kind !== null && meaning.side !== null && !meaning.strongSide) {
          if ((side ?? "caller") === "caller" && meaning.side === "callee" && (kind === "background" || kind === "situation" || kind === "concerns")) kind = "customerProfile";
          meaning.side = null;
        }
        if (locked !== null) {
          // One side only: a side word names nothing here.
        } else if (meaning.side !== null) {
          if (meaning.side !== side || meaning.kind === null) {
            side = meaning.side;
            headedCaller = side === "caller" && !heading.weak;
            callerLevel = heading.level;
            // "客户引导状态图", "Customer context": a side word among other words is weak evidence; it moves the reader
            // over but does not declare the side (resolveSides weighs it against the whole document).
            sideLevel = 0;
            if (meaning.strongSide || namesOnlySide(heading.text)) {
              explicitSide = true;
              out.sideLine[side] ??= line.no;
              if (!heading.weak) sideLevel = heading.level;
            }
          }
        } else if (!explicitSide && kind !== null && CALLEE_KINDS.has(kind)) {
          side = "callee";
        } else if (!explicitSide && side === "callee" && kind !== null && SCRIPT_KINDS.has(kind)) {
          // A script, FAQ or opening after an implied callee section belongs to the caller again.
          side = "caller";
        }
        if (kind !== null) {
          open({ kind, title: heading.text.trim(), line: line.no, level: heading.level, body: [], intro: false, number: headingNumber(line.text) });
        } else {
          open({ kind: null, title: heading.text.trim(), line: line.no, level: INTRO_LEVEL, body: [], intro: true });
        }
        // "If they ask about cost: “…”" opens the FAQ and is its first entry: a label longer than a section's name is kept whole.
        const whole = kind === "knowledgeBase" && heading.weak && heading.rest.trim() !== "" && classifyHeading(heading.text, true).kind === null;
        if (heading.rest.trim() !== "") state.current?.body.push({ no: line.no, text: whole ? line.text : heading.rest });
        quotedLabel = kind !== null && heading.weak && !CONTAINER_KINDS.has(kind) && /^[“"「『]/u.test(heading.rest.trim()) ? state.current : null;
        continue;
      }
      // "Rules you follow on every call:" as its own paragraph after a field like the profile: a block of its own, kept
      // apart (an extra section, with a warning) rather than read as more of that field.
      // So is "会员信息：" over "label：value" lines in the text under the side: a record of its own, not more of that text.
      const outlineNext = heading.weak && heading.rest.trim() === "" && here !== null && here.title !== "" && nextInOutline(openers.get(here.line) ?? "", line.text);
      const ownBlock = rulesAfter || boldBlock || boldSibling || outlineNext || (leadIn && heading.rest.trim() === "" && blankBefore && here !== null && (here.kind !== null ? !CONTAINER_KINDS.has(here.kind) : here.intro && fieldsNext(lines, at)));
      if (!deeper && ((!heading.weak && heading.rest === "") || ownBlock)) {
        if (out.title === null && !seenKnown && side === null) {
          out.title = heading.text.trim();
          out.titleLine = line.no;
        }
        open({ kind: null, title: heading.text.trim(), line: line.no, level: heading.level, body: [], intro: false, number: headingNumber(line.text), ...(ownBlock ? { leadIn: true as const } : {}) });
        if (heading.rest.trim() !== "") state.current?.body.push({ no: line.no, text: heading.rest });
        continue;
      }
    }
    // "She hangs up when the case is confirmed." as a paragraph of its own on the callee side: when the person ends the call.
    if (side === "callee" && blankBefore && state.current?.kind !== "endConditions" && HANGS_UP.test(line.text.trim())) {
      open({ kind: "endConditions", title: "", line: line.no, level: INTRO_LEVEL - 1, body: [{ no: line.no, text: `- ${line.text.trim()}` }], intro: false, number: null });
      continue;
    }
    if (state.current === null) {
      if (line.text.trim() === "") continue;
      open({ kind: null, title: "", line: line.no, level: INTRO_LEVEL, body: [], intro: true });
    }
    // The next paragraph of prose after "Start by saying: “…”" is no more of the opening.
    if (quotedLabel !== null && state.current === quotedLabel && blankBefore && line.text.trim() !== "" && !isListItem(line.text) && indentOf(line.text) < 2 && !/^[“"「『]/u.test(line.text.trim())) {
      quotedLabel = null;
      open({ kind: null, title: "", line: line.no, level: INTRO_LEVEL, body: [], intro: false });
    }
    state.current?.body.push(line);
  }
  return out;
}
