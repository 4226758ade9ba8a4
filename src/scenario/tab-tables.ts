// Tables pasted from a spreadsheet inside a document (a workbook copied sheet by sheet, a profile copied from a CRM
// grid): runs of lines whose cells are split by tabs → Markdown pipe tables, the run's first row the header, so the
// table readers take them as they take any table. The rest of the document is left as written.

import type { SheetReading } from "./sheet-rows.js";
import { retiredCell } from "./retired-marks.js";

/** A run of tabbed lines is a table from this many rows (header and one row). */
const MIN_RUN = 2;
/** …and from this many columns. */
const MIN_COLUMNS = 2;

interface Run { from: number; rows: string[][] }

function cellsOf(line: string): string[] {
  const cells = line.split("\t").map((c) => c.trim());
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** Maximal runs of consecutive lines holding a tab with text on either side of some tab. */
function runs(lines: readonly string[]): Run[] {
  const found: Run[] = [];
  let current: Run | null = null;
  lines.forEach((line, i) => {
    const cells = line.includes("\t") ? cellsOf(line) : [];
    if (cells.filter((c) => c !== "").length >= 1 && cells.length >= MIN_COLUMNS) {
      if (current === null) current = { from: i, rows: [] };
      current.rows.push(cells);
      return;
    }
    if (current !== null) found.push(current);
    current = null;
  });
  if (current !== null) found.push(current);
  return found.filter((r) => r.rows.length >= MIN_RUN && (r.rows[0]?.filter((c) => c !== "").length ?? 0) >= MIN_COLUMNS);
}

const pipeCell = (cell: string): string => cell.replace(/\|/gu, "\\|");
const pipeRow = (cells: readonly string[], width: number): string =>
  `| ${Array.from({ length: width }, (_, k) => pipeCell(cells[k] ?? "")).join(" | ")} |`;

/** The document with its tabbed runs as pipe tables, or null when it holds none. */
export function tabTables(text: string): (SheetReading & { retired: { line: number; text: string }[] }) | null {
  const lines = text.split(/\r\n|\r|\n/u);
  const found = runs(lines);
  if (found.length === 0) return null;
  const startOf = new Map(found.map((r) => [r.from, r]));
  const out: string[] = [];
  const lineOf: number[] = [];
  const retired: { line: number; text: string }[] = [];
  const push = (line: string, index: number): void => { out.push(line); lineOf.push(index + 1); };
  for (let i = 0; i < lines.length; i++) {
    const run = startOf.get(i);
    if (run === undefined) { push(lines[i] ?? "", i); continue; }
    const width = Math.max(...run.rows.map((r) => r.length));
    // A table needs a blank line above it to be one.
    if (out.length > 0 && (out[out.length - 1] ?? "").trim() !== "") push("", i);
    // A row whose status cell retires it is set aside, with the rows continuing it (their first cell empty).
    let retiring = false;
    run.rows.forEach((row, k) => {
      if (k > 0 && (row[0] ?? "") !== "") retiring = row.some(retiredCell);
      if (retiring) { retired.push({ line: i + k + 1, text: row.filter((c) => c !== "").join(" ") }); return; }
      push(pipeRow(row, width), i + k);
      if (k === 0) push(`| ${Array.from({ length: width }, () => "---").join(" | ")} |`, i);
    });
    i += run.rows.length - 1;
    if ((lines[i + 1] ?? "").trim() !== "") push("", i);
  }
  return { text: out.join("\n"), lineOf, retired };
}
