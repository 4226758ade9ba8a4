// Every figure the caller side states, with the line it comes from: what engines and the evaluator treat as grounded.

import type { Fact } from "../schema/scenario.js";
import { extractFigures } from "../text/figures.js";
import type { SourceLine } from "./lines.js";

/**
 * Figures of the given lines in reading order, one per distinct text (the first occurrence keeps its line).
 * `sourceOf` gives the whole written line: a body line may be only the part after a label ("Task: …").
 */
export function collectFacts(lines: readonly SourceLine[], sourceOf: (lineNo: number) => string): Fact[] {
  const seen = new Set<string>();
  const facts: Fact[] = [];
  // One extraction over all lines is several times faster than one per line; a "。" line between them keeps a figure
  // at the end of one line from joining a figure on the next into a range.
  const kept = lines.filter((line) => MAY_HOLD_FIGURE.test(line.text));
  const starts: number[] = [];
  let joined = "";
  for (const line of kept) {
    starts.push(joined.length);
    joined += `${withoutRowNumber(line.text)}${SEPARATOR}`;
  }
  let at = 0;
  for (const figure of extractFigures(joined)) {
    while (at + 1 < kept.length && (starts[at + 1] ?? Infinity) <= figure.start) at++;
    const line = kept[at];
    const written = figure.text.trim();
    if (line === undefined || written === "" || written.includes("\n") || seen.has(written)) continue;
    seen.add(written);
    facts.push({ text: written, value: figure.value, unit: figure.unit, line: line.no, source: sourceOf(line.no).trim() });
  }
  return facts;
}

const SEPARATOR = "\n。\n";
/** Cheap pre-check mirroring the figure rules' anchors: a digit, 百分之, a Chinese numeral before a unit, a number word, a month. */
const MAY_HOLD_FIGURE = new RegExp(
  [
    "[0-9０-９]",
    "百分之",
    "[零〇一二两三四五六七八九十百千万](?:个工作日|个百分点|个小时|工作日|个月|分钟|小时|公里|块钱|天|周|年|元|块|次|期|倍|折)",
    "\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b",
  ].join("|"),
  "i",
);

/** Structure numbers are not figures: a table's row number ("| 1 | …"), "（1）" list marks, label numbers ("问题1：", "Q2:"). */
function withoutRowNumber(text: string): string {
  // Each replace runs only when the character it needs is there: most lines need none of them (profiled).
  let out = text;
  if (out.includes("|")) out = out.replace(ROW_NUMBER, (_, a: string, n: string, b: string) => `${a}${" ".repeat(n.length)}${b}`);
  if (out.includes("(") || out.includes("（")) out = out.replace(PAREN_NUMBER, (_, lead: string, open: string, n: string) => `${lead}${open}${" ".repeat(n.length)}`);
  if (LABEL_WORD.test(out)) out = out.replace(LABEL_NUMBER, (_, label: string, n: string) => `${label}${" ".repeat(n.length)}`);
  if (out.includes("#")) out = out.replace(HEADING_NUMBER, (_, lead: string, n: string) => `${lead}${" ".repeat(n.length)}`);
  return out;
}

const ROW_NUMBER = /^(\s*\|\s*)(\d{1,3})(\s*\|)/;
/** The end of every LABEL_NUMBER label and its number: without one, that replace cannot match ("A" alone is common). */
const LABEL_WORD = /(?:[问答题案QA]|uestion|nswer)\s?\d/;

/** "#### 4.1 开场", "### 2.3. Offer": a Markdown heading's section number. */
const HEADING_NUMBER = /^(\s*#{1,6}\s*)(\d{1,2}(?:\.\d{1,2})+\.?)(?=\s)/;

const PAREN_NUMBER = /^(\s*(?:[-*+>]\s*)?(?:\*\*)?)([（(])(\d{1,2})(?=[）)])/;
// Case-sensitive on purpose: a sentence opening with "A" before a clock time must keep its time.
const LABEL_NUMBER = /(问题|答案|回答|问|答|(?<![A-Za-z])Q|(?<![A-Za-z])A|Question|Answer|question|answer)\s?(\d{1,2})(?=\s*(?:\*\*)?\s*[:：.．)）])/g;
