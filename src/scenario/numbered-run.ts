// The last way to find a script the document never heads as one: under a heading the reader does not know (or, with
// none, under the goal or task heading), a list numbered 1, 2, 3… in order at one depth ("## 打法" over "1) 开场…" … "7) 复述…"), the longest such run in the
// document. Its items need not quote anything: the numbers are the call's order. Lines indented under an item go with it.

import { indentOf, isBlank, type SourceLine } from "./lines.js";
import type { RawSection } from "./sections.js";

/** "1)", "2.", "3、", "（4）": an item's number at the start of the line. */
const ITEM = /^\s*(?:[（(]\s*(\d{1,2}|[一二三四五六七八九十])\s*[）)]|(\d{1,2})\s*[.、)）](?!\d))\s*\S/u;
/** "（三）": a bracketed Chinese numeral counts as its number. */
const HAN_DIGITS = "一二三四五六七八九十";
/** Fewer items could be any short list (two reminders, a pair of options). */
const MIN_ITEMS = 3;

export interface NumberedRun { section: RawSection; lines: SourceLine[]; count: number }

/**
 * The longest numbered run under an unknown heading, or null. With none there, a goal or task section's own numbered
 * list ("## Goal" — "Book a visit, in this order:" over "1. Greet…" … "8. Close…") is the script: a prompt that
 * heads no script states the call's order where it states its aim. What else the section says stays its task.
 */
export function longestNumberedRun(sections: readonly RawSection[]): NumberedRun | null {
  const unknown = (s: RawSection): boolean => s.kind === null && !s.intro && s.title !== "";
  return longestIn(sections.filter(unknown)) ?? longestIn(sections.filter((s) => s.kind === "task"));
}

function longestIn(sections: readonly RawSection[]): NumberedRun | null {
  let best: NumberedRun | null = null;
  for (const section of sections) {
    const run = runIn(section.body);
    if (run !== null && run.count >= MIN_ITEMS && !asksMostly(run.lines) && (best === null || run.count > best.count)) best = { section, ...run };
  }
  return best;
}

function runIn(body: readonly SourceLine[]): { lines: SourceLine[]; count: number } | null {
  const start = body.findIndex((l) => numberOf(l.text) === 1);
  if (start < 0) return null;
  const top = indentOf((body[start] as SourceLine).text);
  const lines: SourceLine[] = [];
  let count = 0;
  for (let k = start; k < body.length; k++) {
    const line = body[k] as SourceLine;
    if (isBlank(line.text)) continue;
    const n = indentOf(line.text) === top ? numberOf(line.text) : null;
    if (n === count + 1) count++;
    else if (indentOf(line.text) <= top) break;
    lines.push(line);
  }
  return { lines, count };
}

/** "1) Can I pause? - Yes, …": items that each ask a question outside any quote are a FAQ, not the call's steps. */
function asksMostly(lines: readonly SourceLine[]): boolean {
  const items = lines.filter((l) => numberOf(l.text) !== null);
  const asking = items.filter((l) => /^[^“”"「」]*[?？]/u.test(l.text));
  return asking.length * 2 > items.length;
}

function numberOf(text: string): number | null {
  const m = ITEM.exec(text);
  if (m === null) return null;
  const written = m[1] ?? m[2] ?? "";
  const han = HAN_DIGITS.indexOf(written);
  return han >= 0 ? han + 1 : Number(written);
}

/**
 * "6. 收尾（见下文）" after items 1–5 at its depth: the next item of that list, whatever section its words
 * name. The body's items at the line's depth must run 1, 2, … up to the one before it.
 */
export function continuesNumbering(body: readonly SourceLine[], text: string, opener?: string): boolean {
  const n = numberOf(text);
  if (n === null || n < 2) return false;
  const depth = indentOf(text);
  // "2. 话术流程" opened this section and "3. 结束语" follows: the sections are the numbered run, not the list inside.
  if (opener !== undefined && indentOf(opener) === depth && numberOf(opener) === n - 1) return false;
  const numbers = body.filter((l) => indentOf(l.text) === depth).map((l) => numberOf(l.text)).filter((k): k is number => k !== null);
  return numbers.length === n - 1 && numbers.every((k, i) => k === i + 1);
}
