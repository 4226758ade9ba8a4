// Tables typed as plain text with bars between columns and no bars at the edges, as printed sheets and database
// shells lay them out: "AGENT SAYS | IF CUSTOMER SAYS", a rule of dashes crossed by "+" under the header, rows whose
// cells wrap over several lines. Rewritten as Markdown tables on the same run of lines, each row's wrapped lines
// joined per column. A table without a rule ("WHO | …" over "    | …") is a list of labelled items, line for line.

import { markdownRow, markdownRule } from "./markdown-table.js";
import { joinWrapped } from "./grid-tables.js";

/** A rule: runs of dashes crossed by "+" (no "+" at either edge: that is a grid table's border). */
const RULE = /^\s*-{3,}(?:\+-{3,})+\s*$/;
/** A row line: text, a bar with a space on a side, more text; no bar at the line's start (a Markdown table). */
const ROW = /^\s*[^|\s][^|]*?\s\|(?:\s|$)/;
/** A table without a rule needs this many lines, one at least going on under the line above (a blank first cell). */
const MIN_UNRULED_LINES = 3;
const CONTINUED = /^\s+\|/;
/** A GFM table's delimiter row: the lines are a Markdown table already. */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

interface Run { start: number; end: number; ruled: boolean }

/** A line of the table: a rule, or a line with as many bars (counted, not placed: a CJK character is two columns wide). */
function belongs(line: string, bars: number): boolean {
  return RULE.test(line) || (barCount(line) === bars && !/^\s*\|.*\|\s*$/.test(line));
}

const barCount = (line: string): number => line.split("|").length - 1;

function runsOf(lines: readonly string[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!ROW.test(line)) continue;
    const bars = barCount(line);
    let end = i;
    while (end + 1 < lines.length && belongs(lines[end + 1] ?? "", bars)) end++;
    const ruled = RULE.test(lines[i + 1] ?? "");
    const run = lines.slice(i, end + 1);
    const unruled = end - i + 1 >= MIN_UNRULED_LINES && run.some((l) => CONTINUED.test(l));
    if (!run.some((l) => TABLE_RULE.test(l)) && (ruled ? end > i + 1 : unruled)) {
      runs.push({ start: i, end, ruled });
      i = end;
    }
  }
  return runs;
}

export function hasBarTable(lines: readonly string[]): boolean {
  return runsOf(lines).length > 0;
}

/** The lines with each bar table rewritten as a Markdown table; any other line is kept. */
export function barTableLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (const run of runsOf(lines)) {
    const block = lines.slice(run.start, run.end + 1);
    const table = run.ruled ? markdownTable(block) : itemLines(block);
    for (let k = run.start; k <= run.end; k++) out[k] = table[k - run.start] ?? "";
  }
  return out;
}

const cellsOf = (line: string, width: number): string[] => {
  const parts = line.split("|").map((c) => c.trim());
  return Array.from({ length: width }, (_, c) => parts[c] ?? "");
};

/** "KEY | value" lines: an item "- KEY: value" each; a line whose first cell is blank goes on under the item above. */
function itemLines(block: readonly string[]): string[] {
  return block.map((line) => {
    const [key = "", ...rest] = line.split("|").map((c) => c.trim());
    const value = rest.filter((c) => c !== "").join("; ");
    return key === "" ? `  ${value}` : `- ${key}: ${value}`;
  });
}

/** Rules between rows: each stretch between two rules is one row; without them each line is one, a blank first cell
 * going on with the row above. */
function markdownTable(block: readonly string[]): string[] {
  const width = barCount(block[0] ?? "") + 1;
  const body = block.slice(2);
  const byRules = body.some((line) => RULE.test(line));
  const rows: string[][][] = [];
  for (const line of body) {
    if (RULE.test(line)) { rows.push([]); continue; }
    const cells = cellsOf(line, width);
    const last = rows[rows.length - 1];
    if (last === undefined || (!byRules && cells[0] !== "")) rows.push([cells]);
    else last.push(cells);
  }
  const joined = rows.filter((r) => r.length > 0).map((r) => Array.from({ length: width }, (_, c) => joinWrapped(r.map((cells) => cells[c] ?? "").filter((t) => t !== ""))));
  const table = [markdownRow(cellsOf(block[0] ?? "", width)), markdownRule(width), ...joined.map(markdownRow)];
  while (table.length < block.length) table.push("");
  return table;
}
