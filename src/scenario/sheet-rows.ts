// A spreadsheet exported as tab-separated rows (one record a line, no fence) → Markdown: a column whose values come in
// runs (a side, a section) is the outline, each run a heading; each row an item "label: content (note)". The same for
// comma-separated rows (csv-records.ts), whose quoted cells may run over several lines: those stay lines of the item.

import { csvRecords } from "./csv-records.js";

/** Most non-empty lines hold a tab, and there are enough of them to be a table rather than a stray indent. */
const MIN_ROWS = 6;
const MIN_TABBED_SHARE = 0.8;
const MIN_CELLS = 3;
/** A grouping column has few values, each in one run: at most this share of the rows are distinct. */
const MAX_GROUP_SHARE = 0.5;
/** A code column (row numbers, "Q3", "2.1a", "R1", "A2") is an identifier, not content. */
const CODE_CELL = /^(?:\p{L}{0,2}\d{1,3}(?:\.\d{1,3})*\p{Ll}?|\p{Lu}\d?)$/u;

export interface SheetReading {
  /** The rows as Markdown: headings inserted, so lines are not the source's. */
  text: string;
  /** For each line of `text`, the source line it came from (1-based). */
  lineOf: number[];
}

/** A row: its first line, its cells, and the source line each cell starts on (a quoted CSV cell may hold breaks). */
interface Row { no: number; cells: string[]; lines: number[] }

function tabRows(text: string): { rows: Row[]; nonEmpty: number } {
  const rows: Row[] = [];
  let nonEmpty = 0;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    nonEmpty++;
    if (line.includes("\t")) rows.push({ no: i + 1, cells: line.split("\t").map((c) => c.trim()), lines: line.split("\t").map(() => i + 1) });
  });
  return { rows, nonEmpty };
}

/** Comma-separated records count as rows only when most have one and the same number of cells (prose does not). */
function commaRows(text: string): { rows: Row[]; nonEmpty: number } | null {
  const records = csvRecords(text);
  if (records === null) return null;
  const rows = records.map((r) => ({ no: r.line, cells: r.cells.map((c) => c.text.trim()), lines: r.cells.map((c) => c.line) }));
  const width = medianWidth(rows);
  if (rows.filter((r) => r.cells.length === width).length < rows.length * MIN_TABBED_SHARE) return null;
  return { rows, nonEmpty: rows.length };
}

function rowsOf(text: string): { rows: Row[]; nonEmpty: number } {
  const tabbed = tabRows(text);
  if (tabbed.rows.length >= tabbed.nonEmpty * MIN_TABBED_SHARE) return tabbed;
  return commaRows(text) ?? tabbed;
}

function medianWidth(rows: readonly Row[]): number {
  const widths = rows.map((r) => r.cells.length).sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 0;
}

/** The first column whose values, among the data rows, come in few runs with no value returning after another. */
function groupColumn(rows: readonly Row[], width: number): number | null {
  for (let c = 0; c < width - 2; c++) {
    const runs: string[] = [];
    for (const row of rows) {
      const value = row.cells[c] ?? "";
      if (value !== "" && value !== runs[runs.length - 1]) runs.push(value);
    }
    if (runs.length < 2 || runs.length > rows.length * MAX_GROUP_SHARE) continue;
    if (new Set(runs).size === runs.length) return c;
  }
  return null;
}

function isCodeColumn(rows: readonly Row[], c: number): boolean {
  const filled = rows.map((r) => r.cells[c] ?? "").filter((v) => v !== "");
  return filled.length > 0 && filled.every((v) => CODE_CELL.test(v));
}

/** The header row names the columns: its cell in the grouping column is not one of that column's values. */
function hasHeader(rows: readonly Row[], group: number): boolean {
  const head = rows[0]?.cells[group] ?? "";
  return head !== "" && rows.slice(1).every((r) => (r.cells[group] ?? "") !== head);
}

/** The document read as spreadsheet rows, or null when it is not one. */
export function sheetRows(text: string): SheetReading | null {
  const { rows, nonEmpty } = rowsOf(text);
  if (rows.length < MIN_ROWS || rows.length < nonEmpty * MIN_TABBED_SHARE) return null;
  const width = medianWidth(rows);
  if (width < MIN_CELLS) return null;
  const group = groupColumn(rows.slice(1), width);
  if (group === null) return null;
  const data = hasHeader(rows, group) ? rows.slice(1) : rows;
  const content = Array.from({ length: width }, (_, c) => c).filter((c) => c !== group && !isCodeColumn(data, c));
  if (content.length === 0) return null;
  const out: string[] = [];
  const lineOf: number[] = [];
  const push = (line: string, no: number): void => { out.push(line); lineOf.push(no); };
  let current = "";
  for (const row of data) {
    const value = row.cells[group] ?? "";
    // An empty cell in the grouping column is a merged cell: the row belongs to the run above.
    if (value !== "" && value !== current) {
      if (out.length > 0) push("", row.no);
      push(`## ${value}`, row.no);
      current = value;
    }
    itemOf(content.map((c) => ({ text: row.cells[c] ?? "", line: row.lines[c] ?? row.no }))).forEach((l) => push(l.text, l.line));
  }
  return { text: out.join("\n"), lineOf };
}

/**
 * "label: content (note, note)": the first filled cell labels the row when others follow it. A cell's further lines
 * follow the item's first line, indented under it, each at its own source line.
 */
function itemOf(cells: readonly { text: string; line: number }[]): { text: string; line: number }[] {
  const filled = cells.filter((c) => c.text !== "");
  const [label, body, ...notes] = filled;
  if (label === undefined) return [{ text: "", line: cells[0]?.line ?? 1 }];
  const flat = (c: { text: string }): string => c.text.split("\n").map((l) => l.trim()).filter((l) => l !== "").join(" ");
  if (body === undefined) return [{ text: `- ${flat(label)}`, line: label.line }];
  const noted = notes.length > 0 ? ` (${notes.map(flat).join("; ")})` : "";
  const lines = body.text.split("\n").map((text, k) => ({ text: text.trim(), line: body.line + k })).filter((l) => l.text !== "");
  const [first, ...rest] = lines;
  const out = [{ text: `- ${flat(label)}: ${first?.text ?? ""}${rest.length === 0 ? noted : ""}`, line: label.line }];
  rest.forEach((l, k) => out.push({ text: `  ${l.text}${k === rest.length - 1 ? noted : ""}`, line: l.line }));
  return out;
}
