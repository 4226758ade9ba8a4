// A script the document never heads as one: stage headings ("## 阶段一：破冰", "**II. Stage: Setup**", "### [GREETING]")
// or a labelled list of quoted lines ("Questions to ask, in order:"). Found by evidence, turned into a steps section.

import { longestNumberedRun } from "./numbered-run.js";
import { quotedSpans } from "./quotes.js";
import { indentOf, isListItem, stripEmphasis, type SourceLine } from "./lines.js";
import { classifyContent } from "./step-content.js";
import { classifyHeading } from "./section-names.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** Words that name a stage of a call, per language (data, not logic). */
const STAGE_WORDS = ["阶段", "环节", "步骤", "stage", "phase", "step"];
const WORDS = STAGE_WORDS.join("|");
const NUMERAL = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[IVX]{1,4})`;
/** "[GREETING]", "II. Stage: Setup", "一、阶段：开场", "阶段一：破冰", "Stage 2 - Discovery", "00:30–01:30 Pricing" (a time line). */
const STAGE_TITLE = new RegExp(String.raw`^(?:\[([^\]]{1,40})\]\s*$|\d{1,2}:\d{2}(?:\s*[–—~-]\s*\d{1,2}:\d{2})?\s+([^“”"「」]{1,40})$|${NUMERAL}\s*[.、．:：]\s*(?:${WORDS})\s*[:：\-—–]?\s*(.*)$|(?:${WORDS})\s*${NUMERAL}(?![A-Za-z])\s*[:：.、\-—–]?\s*(.*)$|第\s*${NUMERAL}\s*(?:${WORDS})\s*[:：.、\-—–]?\s*(.*)$)`, "iu");
/** A plain line that is nothing but a stage title with its stage word ("第二阶段：说明", "Stage 2: Pricing"). */
const PLAIN_STAGE = new RegExp(String.raw`^(?:${NUMERAL}\s*[.、．:：]\s*(?:${WORDS})|(?:${WORDS})\s*${NUMERAL}(?![A-Za-z])|第\s*${NUMERAL}\s*(?:${WORDS}))\s*[:：.、\-—–]?\s*[^“”"「」]{0,40}$`, "iu");
/** A lead-in naming the order of what follows (generic words of both languages). */
const ORDER_LEAD = /\b(?:in (?:this|that|the following) order|step[- ]by[- ]step|in order|steps|call flow|the flow)\b|按(?:以下|如下)?顺序|依次|流程|步骤/iu;
/** A line that heads a stage inside a body: a Markdown heading or a line that is all bold. */
const HEAD_LINE = /^\s*(?:#{1,6}\s+(.{1,100})|(?:\*\*|__)([^*_]{1,100})(?:\*\*|__)\s*[:：]?)\s*$/;

export function stageTitle(text: string): string | null {
  const m = STAGE_TITLE.exec(stripEmphasis(text).trim());
  if (m === null) return null;
  return (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "").trim();
}

function stageHead(line: SourceLine): string | null {
  const m = HEAD_LINE.exec(line.text);
  if (m !== null) return stageTitle(m[1] ?? m[2] ?? "");
  return !isListItem(line.text) && PLAIN_STAGE.test(line.text.trim()) ? stageTitle(line.text) : null;
}

/** The caller's sections with a steps section built from stages, when the document heads no script itself. */
export function findStages(sections: readonly RawSection[], decisions: Decision[]): RawSection[] {
  if (sections.some((s) => s.kind === "steps")) return [...sections];
  const runs = stageSections(sections);
  if (runs !== null) {
    decisions.push({ field: "caller.steps", lines: runs.map((s) => s.line), evidence: `${runs.length} sibling stage headings (${runs.map((s) => `'${s.title}'`).join(", ")})` });
    const body = runs.flatMap((s, i) => [{ no: s.line, text: `### ${i + 1}. ${stageTitle(s.title) ?? s.title}` }, ...s.body]);
    const first = runs[0] as RawSection;
    const steps: RawSection = { kind: "steps", title: "", line: first.line, level: first.level, body, intro: false, number: null };
    return sections.filter((s) => !runs.includes(s)).concat(steps).sort((a, b) => a.line - b.line);
  }
  for (const section of sections) {
    // A section a lead-in line opened ("Questions to ask, in order:") offers that line as a list's label; so does the
    // heading of a section the reader does not know ("## Points to make"), for a numbered list only.
    const titled = section.leadIn !== true && section.kind === null && !section.intro && section.title !== "";
    const label = section.leadIn === true || titled ? { no: section.line, text: `${section.title}:` } : null;
    const body = label === null ? section.body : [label, ...section.body];
    const found = stagesInBody(body) ?? quotedList(body, titled) ?? taughtItems(body) ?? orderedParagraphs(body) ?? (titled ? titledLines(section.body) : null);
    if (found === null) continue;
    const { carved, ends } = endSlots(found, sections, decisions);
    decisions.push({ field: "caller.steps", lines: [carved.lines[0]?.no ?? section.line], evidence: carved.evidence });
    const kept = { ...section, body: section.body.filter((l) => !carved.taken.has(l)) };
    const steps: RawSection = { kind: "steps", title: "", line: carved.lines[0]?.no ?? section.line, level: section.level, body: carved.lines, intro: false, number: null };
    // Its label taken with the list, a lead-in section left empty is gone.
    const rest = label !== null && carved.taken.has(label) && kept.body.every((l) => l.text.trim() === "") ? [] : [kept];
    return sections.flatMap((s) => (s === section ? rest : [s])).concat(steps, ends).sort((a, b) => a.line - b.line);
  }
  // Nothing else: the longest list numbered in order under an unknown heading is the script (numbered-run.ts).
  const numbered = longestNumberedRun(sections);
  if (numbered === null) return [...sections];
  const taken = new Set(numbered.lines);
  decisions.push({ field: "caller.steps", lines: [numbered.lines[0]?.no ?? numbered.section.line], evidence: `'${numbered.section.title}' holds a list numbered 1 to ${numbered.count} in order, and nothing else reads as the script` });
  const steps: RawSection = { kind: "steps", title: "", line: numbered.lines[0]?.no ?? numbered.section.line, level: numbered.section.level, body: numbered.lines, intro: false, number: null };
  const kept = { ...numbered.section, body: numbered.section.body.filter((l) => !taken.has(l)) };
  return sections.map((s) => (s === numbered.section ? kept : s)).concat(steps).sort((a, b) => a.line - b.line);
}

/**
 * Two or more sections in a row whose headings are stage titles; or, with no stage word, headings numbered 1, 2, 3…
 * at one level over sections the reader does not know, each holding a quoted line ("###### 一、问候" over "「…」"):
 * numbered parts that each say something are the call's steps.
 */
function stageSections(sections: readonly RawSection[]): RawSection[] | null {
  let best: RawSection[] = [];
  let run: RawSection[] = [];
  for (const s of sections) {
    if (stageTitle(s.title) !== null && (run.length === 0 || run[0]?.level === s.level)) run.push(s);
    else run = stageTitle(s.title) !== null ? [s] : [];
    if (run.length > best.length) best = [...run];
  }
  if (best.length >= 2) return best;
  run = [];
  for (const s of sections) {
    const next = s.kind === null && !s.intro && s.number !== undefined && s.number !== null && s.body.some((l) => quotedSpans(l.text).length > 0);
    if (next && run.length > 0 && run[0]?.level === s.level && s.number === (run[run.length - 1]?.number ?? 0) + 1) run.push(s);
    else run = next && s.number === 1 ? [s] : [];
    if (run.length > best.length) best = [...run];
  }
  return best.length >= 2 ? best : null;
}

interface Carved { lines: SourceLine[]; taken: Set<SourceLine>; evidence: string; slots?: boolean }

/** "00:00–00:30", "0:30-1:30": a time slot of a call's time line. */
const TIME_SLOT = /^\s*(?:\*\*|__)?\s*\d{1,2}:\d{2}\s*[–—~-]\s*\d{1,2}:\d{2}/u;

/**
 * A time line's first slot named as the opening ("00:00–00:30 开场") is the opening, its last named as the close
 * ("03:30–04:00 Wrap-up") the closing: a label on the clock, not a numbered step. Only when the document has no
 * opening or closing part of its own.
 */
function endSlots(carved: Carved, sections: readonly RawSection[], decisions: Decision[]): { carved: Carved; ends: RawSection[] } {
  if (carved.slots !== true) return { carved, ends: [] };
  const heads = carved.lines.map((l, i) => ({ i, m: /^### \d+\. (.*)$/.exec(l.text) })).filter((h) => h.m !== null);
  if (heads.length < 3) return { carved, ends: [] };
  const ends: RawSection[] = [];
  let from = 0;
  let to = carved.lines.length;
  const part = (kind: "opening" | "closingLines", a: number, b: number, title: string): RawSection => {
    const body = carved.lines.slice(a + 1, b);
    decisions.push({ field: `caller.${kind}`, lines: [carved.lines[a]?.no ?? 0], evidence: `the time line's ${kind === "opening" ? "first" : "last"} slot '${title}' names it` });
    return { kind, title, line: carved.lines[a]?.no ?? 0, level: INNER_LEVEL, body, intro: false, number: null };
  };
  const first = heads[0];
  const last = heads[heads.length - 1];
  const firstTitle = first?.m?.[1] ?? "";
  const lastTitle = last?.m?.[1] ?? "";
  if (first !== undefined && !sections.some((s) => s.kind === "opening") && classifyHeading(firstTitle, true).kind === "opening") {
    from = heads[1]?.i ?? from;
    ends.push(part("opening", first.i, from, firstTitle));
  }
  const closes = classifyHeading(lastTitle, true).kind;
  if (last !== undefined && !sections.some((s) => s.kind === "closingLines" || s.kind === "endAndClosing") && (closes === "closingLines" || closes === "endAndClosing")) {
    to = last.i;
    ends.push(part("closingLines", last.i, carved.lines.length, lastTitle));
  }
  if (ends.length === 0) return { carved, ends };
  let n = 0;
  const lines = carved.lines.slice(from, to).map((l) => (/^### \d+\. /.test(l.text) ? { no: l.no, text: l.text.replace(/^### \d+\./, `### ${++n}.`) } : l));
  return { carved: { ...carved, lines }, ends };
}

/** Depth given to a part carved from a time line: deeper than any heading, so nothing nests under it. */
const INNER_LEVEL = 9;

/** Stage heads inside one body: from the first head on, each head and what follows it is a step. */
function stagesInBody(body: readonly SourceLine[]): Carved | null {
  const heads = body.map(stageHead);
  const count = heads.filter((h) => h !== null).length;
  if (count < 2) return null;
  const from = heads.findIndex((h) => h !== null);
  const taken = new Set(body.slice(from));
  let n = 0;
  const lines = body.slice(from).map((line, i) => {
    const title = heads[from + i];
    return title === null || title === undefined ? line : { no: line.no, text: `### ${++n}. ${title}` };
  });
  const slots = body.filter((l, i) => heads[i] !== null && heads[i] !== undefined).every((l) => TIME_SLOT.test(l.text));
  return { lines, taken, evidence: `${count} stage heads written as headings or bold lines`, slots };
}

/**
 * "Questions to ask, in order:" then a list whose items are all quoted lines: the list is the script. A numbered list
 * of quoted lines is the script with no lead-in at all ("Follow these steps." above it): its numbers are the call's
 * order. Lines indented under an item (a condition, a note) go with it. `ordered`: only a numbered list counts.
 */
function quotedList(body: readonly SourceLine[], ordered = false): Carved | null {
  let previous = "";
  for (let i = 0; i < body.length; i++) {
    const text = (body[i] as SourceLine).text;
    const label = text.trim();
    const after = previous;
    if (label !== "") previous = text;
    const labelled = /[:：]$/.test(label) && quotedSpans(label).length === 0 && label.length <= 80;
    const bare = !labelled && ORDERED_ITEM.test(text) && !isListItem(after) && quotedSpans(text).length > 0;
    if (!labelled && !bare) continue;
    const quoted = listRun(body, labelled ? i + 1 : i, ordered || bare);
    // Under a lead-in ("The call, step by step:"), a numbered list goes on through items that quote nothing themselves
    // ("4. Options, one to pick:") while most of its items are quoted: its numbers are the call's order.
    // So does a numbered list of quoted lines with no lead-in: a last direction ("5. Log the outcome.") is a step.
    const numbered = listRun(body, labelled ? i + 1 : i, true, true);
    // A lead-in that names an order ("Go through these in order:", "按以下顺序：") makes the numbers the call's order
    // even when most items are directions with nothing quoted.
    const ordered3 = labelled && ORDER_LEAD.test(label) && numbered.count >= 3;
    const run = numbered.count > quoted.count && (2 * numbered.said > numbered.count || ordered3) ? numbered : quoted;
    if (run.count < 2) continue;
    const taken = new Set(labelled ? [body[i] as SourceLine, ...run.items] : run.items);
    return { lines: run.items, taken, evidence: labelled ? `'${label}' followed by ${run.count} quoted list items` : `a numbered list of ${run.count} quoted lines` };
  }
  return null;
}

/** The list from `from` on whose top-level items all hold a quoted line, with the lines indented under them. */
function listRun(body: readonly SourceLine[], from: number, ordered: boolean, unquoted = false): { items: SourceLine[]; count: number; said: number } {
  const items: SourceLine[] = [];
  let top = -1;
  let count = 0;
  let said = 0;
  for (let k = from; k < body.length; k++) {
    const text = (body[k] as SourceLine).text;
    if (text.trim() === "") {
      // A blank line inside a list: the list goes on when the next written line is an item or indented under one.
      let next = k + 1;
      while (next < body.length && (body[next] as SourceLine).text.trim() === "") next++;
      const after = body[next]?.text;
      if (items.length > 0 && (after === undefined || !(indentOf(after) > top || (isListItem(after) && indentOf(after) === top)))) break;
      k = next - 1;
      continue;
    }
    if (top >= 0 && indentOf(text) > top) { items.push(body[k] as SourceLine); continue; }
    // The quoted line may be the item's own or on the line indented under it ("A. Check the door" / '   "How is…?"').
    if (!isListItem(text) || (!unquoted && quotedSpans(text).length === 0 && !quotedBelow(body, k)) || (ordered && !ORDERED_ITEM.test(text))) break;
    // Counting through unquoted items, a number out of order ends the list.
    if (unquoted && Number(/\d{1,2}/.exec(text)?.[0] ?? -1) !== count + 1) break;
    top = indentOf(text);
    count++;
    if (quotedSpans(text).length > 0 || quotedBelow(body, k)) said++;
    items.push(body[k] as SourceLine);
  }
  return { items, count, said };
}

/** "1. …", "(2) …", and the same number under a bullet or in bold ("- **3. 标题**：…", a task list's item). */
/** The next written line is indented under the item at `at` and holds a quoted line. */
function quotedBelow(body: readonly SourceLine[], at: number): boolean {
  const next = body.slice(at + 1).find((l) => l.text.trim() !== "");
  return next !== undefined && indentOf(next.text) > indentOf((body[at] as SourceLine).text) && quotedSpans(next.text).length > 0;
}

const ORDERED_ITEM = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:\d{1,2}\s*[.、)）]|[（(]\d{1,2}[）)]|[A-H][.)](?=\s)|[甲乙丙丁戊己庚辛]、)/;

/**
 * "■ 确认开工日：…" items, each taught by an example exchange under it ("示范：客户说“…” → “…”"): the items are the
 * script even without a heading (they sit under the opening, or under nothing).
 */
function taughtItems(body: readonly SourceLine[]): Carved | null {
  const items = body.filter((l) => isListItem(l.text));
  if (items.length < 2) return null;
  const top = Math.min(...items.map((l) => indentOf(l.text)));
  const starts = body.map((l, i) => (isListItem(l.text) && indentOf(l.text) <= top ? i : -1)).filter((i) => i >= 0);
  const taught = starts.filter((start, k) => body.slice(start, starts[k + 1] ?? body.length).some((l) => classifyContent(l.text).exchange === true));
  if (taught.length < 2) return null;
  const from = taught[0] as number;
  const last = taught[taught.length - 1] as number;
  const to = starts[starts.indexOf(last) + 1] ?? body.length;
  const lines = body.slice(from, to);
  return { lines, taken: new Set(lines), evidence: `${taught.length} list items each taught by an example exchange` };
}

/** Words that open the paragraphs of a sequence told in prose, first to last (data, per language). */
const SEQUENCE_WORDS = ["first", "firstly", "to begin", "next", "then", "after that", "second", "third", "finally", "lastly", "首先", "第一", "然后", "接着", "其次", "再", "最后"];
const SEQUENCE_OPENER = new RegExp(String.raw`^(?:${SEQUENCE_WORDS.join("|")})(?:\s*[,，、:：]\s*|\s+)(.+)$`, "iu");
/** The first paragraph of a sequence opens it with one of these. */
const SEQUENCE_START = /^(?:first|firstly|to begin|首先|第一)/iu;

/**
 * "First, check the shoes. Ask her: “…”" / "Next, offer a time: “…”" / "Finally, …": paragraphs that open with the
 * words of a sequence, each holding a quoted line, are the script's steps, told in prose.
 */
function orderedParagraphs(body: readonly SourceLine[]): Carved | null {
  const opens = body.filter((line, i) => (i === 0 || (body[i - 1] as SourceLine).text.trim() === "") && !isListItem(line.text) && SEQUENCE_OPENER.test(line.text.trim()) && quotedSpans(line.text).length > 0);
  if (opens.length < 2 || !SEQUENCE_START.test((opens[0] as SourceLine).text.trim())) return null;
  const lines = opens.flatMap((line, i) => {
    const said = SEQUENCE_OPENER.exec(line.text.trim())?.[1] ?? line.text;
    // The title is what the paragraph says to do before its first sentence ends or its quote begins.
    const title = said.split(/[.。:：“"「]/u)[0]?.trim() ?? "";
    // The quote on a line of its own, what comes after it ("If she has none, then …") on another: a branch is told apart.
    const close = Math.max(said.lastIndexOf("”"), said.lastIndexOf("\""), said.lastIndexOf("」"));
    const parts = close > 0 && close < said.length - 1 ? [said.slice(0, close + 1), said.slice(close + 1).trim()] : [said];
    return [{ no: line.no, text: `### ${i + 1}. ${title}` }, ...parts.filter((p) => p !== "").map((text) => ({ no: line.no, text }))];
  });
  return { lines, taken: new Set(opens), evidence: `${opens.length} paragraphs told in sequence (first, next, finally), each with a quoted line` };
}


/** A title before a quotation, set off by a mark ("**Apologise** → “…”", "问候——“…”", "Offer: “…”"). */
const TITLED_LINE = /^\s*(?:\*\*|__)?[^“”"「」\s][^“”"「」]{0,40}?(?:\*\*|__)?\s*(?:→|->|=>|—|–|:|：|——)\s*[“"「]/u;
/** A run of titled lines this long is a script; two could be a pair of remarks. */
const MIN_TITLED_LINES = 3;

/**
 * Under a heading the reader does not know, lines that each put a title before a quotation, and nothing else at
 * their depth but what is indented under them: a script by its shape, each line a step.
 */
function titledLines(body: readonly SourceLine[]): Carved | null {
  const written = body.filter((l) => l.text.trim() !== "");
  const top = Math.min(...written.map((l) => indentOf(l.text)));
  const heads = written.filter((l) => indentOf(l.text) === top);
  if (heads.length < MIN_TITLED_LINES || !heads.every((l) => TITLED_LINE.test(l.text) && !isListItem(l.text))) return null;
  return { lines: written, taken: new Set(written), evidence: `${heads.length} lines, each a title before a quoted line` };
}
