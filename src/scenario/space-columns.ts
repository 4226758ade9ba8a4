// Sheets typed in plain text with their columns lined up by spaces, no bars: a table under a header of short titles
// ("STEP   SAY   IF THEY …") becomes a Markdown table, its wrapped lines joined per cell; a run of "LABEL   value"
// lines (the value going on under itself) becomes "LABEL: value" lines. Line numbers are kept (the lines a rewrite
// frees are left blank).

import { joinWrapped } from "./grid-tables.js";
import { markdownRow, markdownRule } from "./markdown-table.js";
import { joinCellLines, wide, widthOf } from "./wrapped-cells.js";

interface Cell { at: number; text: string }

/** Whitespace this wide (in columns) between two pieces of text is a gutter, not a space between words. */
const GUTTER = 3;
/** Between a header's short titles, two spaces part two columns ("#  Part", "得分  话术"). */
const HEADER_GUTTER = 2;
/** A header ruled off above or below ("----" under "Item   Pts   Wording") is one in any case, given this many titles. */
const MIN_RULED_TITLES = 3;
/** A cell starting this close to a column's start is in that column (hand-typed sheets drift by a space). */
const SLACK = 1;
const RULE = /^\s*[-=─━_]{5,}\s*$/;
/** A header's title is short and says no sentence: no figure, no clause punctuation, no quote. */
const MAX_TITLE_WIDTH = 28;
const NOT_A_TITLE = /[,，。;；:："“”「」『』\d!?！？]/u;
/** A label of a "LABEL   value" line: a few words. */
const MAX_LABEL_WIDTH = 24;
const MIN_FIELD_LINES = 2;


/** The line's pieces of text between gutters, each with the column it starts at. */
function cellsOf(line: string, gutter = GUTTER): Cell[] {
  const cells: Cell[] = [];
  let col = 0;
  let gap = 0;
  let current: Cell | null = null;
  for (const ch of line) {
    const w = ch === "\t" ? 4 : wide(ch) ? 2 : 1;
    if (ch === " " || ch === "\t" || ch === "\u3000") {
      gap += w;
    } else {
      if (current === null || gap >= gutter) {
        current = { at: col, text: ch };
        cells.push(current);
      } else current.text += `${" ".repeat(gap > 0 ? 1 : 0)}${ch}`;
      gap = 0;
    }
    col += w;
  }
  return cells;
}

const isTitle = (cell: Cell): boolean => widthOf(cell.text) <= MAX_TITLE_WIDTH && !NOT_A_TITLE.test(cell.text);
/** Titles in capitals (a printed sheet's header), or in Han characters. */
const headerLike = (cells: readonly Cell[]): boolean => cells.length >= 2 && cells.every((c) => isTitle(c) && (c.text === c.text.toUpperCase() || /^\p{Script=Han}/u.test(c.text)));

/** The line as one character per visual column (a wide character fills its second column with ""). */
function columnsOf(line: string): string[] {
  const out: string[] = [];
  for (const ch of line) {
    if (ch === "\t") out.push(" ", " ", " ", " ");
    else if (wide(ch)) out.push(ch === "\u3000" ? " " : ch, ch === "\u3000" ? " " : "");
    else out.push(ch);
  }
  return out;
}

const blankAt = (cols: readonly string[], at: number): boolean => at < 0 || at >= cols.length || cols[at] === " ";

/**
 * The line cut at the columns' starts, or null when its text runs across a start (it is no row of the table). A piece
 * may start a column early by the slack (hand-typed sheets drift); the cut is then at the space before it.
 */
function splitAt(line: string, starts: readonly number[]): string[] | null {
  const cols = columnsOf(line);
  const cuts: number[] = [];
  for (const start of starts) {
    if (start === 0) { cuts.push(0); continue; }
    let cut = -1;
    for (let k = start; k >= start - SLACK; k--) {
      if (blankAt(cols, k - 1)) { cut = k; break; }
    }
    if (cut < 0) return null;
    cuts.push(cut);
  }
  return cuts.map((from, k) => cols.slice(from, cuts[k + 1] ?? cols.length).join("").replace(/\s+/g, " ").trim());
}

/** The table headed at `at`: its last line and its rows (cells joined per column), or null. */
function tableAt(lines: readonly string[], at: number): { end: number; rows: string[][]; header: string[] } | null {
  const header = headerAt(lines, at);
  if (header === null) return null;
  const starts = header.map((c) => c.at);
  const groups: string[][][] = [[]];
  let end = at;
  let blanks = 0;
  let apart = false;
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (line.trim() === "" || RULE.test(line)) {
      if (line.trim() === "" && ++blanks > 1) break;
      if ((groups[groups.length - 1] ?? []).length > 0) groups.push([]);
      apart = true;
      continue;
    }
    blanks = 0;
    const cells = line.includes("|") ? null : splitAt(line, starts) ?? spilledAt(line, starts);
    // After a blank line or a rule, a line written in its first column only is the next part's title, not a row.
    // So is a line of titles (the next table's header).
    const next = apart && (groups[0] ?? []).length > 0 && (cells?.slice(1).every((c) => c === "") === true || headerLike(cellsOf(line)));
    if (cells === null || next) break;
    apart = false;
    (groups[groups.length - 1] as string[][]).push(cells);
    end = k;
  }
  while (groups.length > 1 && (groups[groups.length - 1] ?? []).length === 0) groups.pop();
  const parted = groups.length > 1;
  const written = groups.flat();
  if (written.length < 2 || !written.some((cells) => cells.filter((c) => c !== "").length >= 2)) return null;
  // Rows apart by blank lines or rules are one row each; otherwise a row starts where its first cell is written.
  const rows: string[][][] = [];
  for (const group of groups) {
    for (const cells of group) {
      const last = rows[rows.length - 1];
      if (last === undefined || (!parted && cells[0] !== "")) rows.push([cells]);
      else last.push(cells);
    }
    if (parted) rows.push([]);
  }
  // A column's edge: its widest line. A cell's line that stops well short of it was ended by the writer.
  const widths = starts.map((_, c) => Math.max(0, ...written.map((cells) => widthOf(cells[c] ?? ""))));
  // The first column labels the row: its lines are one label wrapped ("Step 1" over "Greeting").
  const joined = rows.filter((r) => r.length > 0).map((r) => starts.map((_, c) => {
    const parts = r.map((cells) => cells[c] ?? "").filter((t) => t !== "");
    return c === 0 ? joinWrapped(parts) : joinCellLines(parts, widths[c] ?? 0);
  }));
  return { end, rows: joined, header: header.map((c) => c.text) };
}

/**
 * The header at `at`: titles from the left edge, in capitals or Han characters, or in any case when a rule runs
 * right above or below them. Titles may be parted by two spaces only.
 */
function headerAt(lines: readonly string[], at: number): Cell[] | null {
  const ruled = RULE.test(lines[at - 1] ?? "") || RULE.test(lines[at + 1] ?? "");
  for (const gutter of [HEADER_GUTTER, GUTTER]) {
    const header = cellsOf(lines[at] ?? "", gutter);
    if (header[0]?.at !== 0) return null;
    if (headerLike(header) || (ruled && header.length >= MIN_RULED_TITLES && header.every(isTitle))) return header;
  }
  return null;
}

/**
 * A line whose text runs across a column's start (a wide cell spills past its edge, or its characters are measured
 * wider than typed): its pieces between gutters, each in the column it starts in. A single piece at the left edge
 * stays no row (it is the next part's text).
 */
function spilledAt(line: string, starts: readonly number[]): string[] | null {
  const pieces = cellsOf(line);
  if (pieces.length === 0 || (pieces.length === 1 && (pieces[0]?.at ?? 0) <= SLACK)) return null;
  const cells = starts.map(() => "");
  for (const piece of pieces) {
    let column = 0;
    starts.forEach((start, c) => { if (start <= piece.at + SLACK) column = c; });
    cells[column] = joinWrapped([cells[column] ?? "", piece.text].filter((t) => t !== ""));
  }
  return cells;
}

const SENTENCE_END = /[.!?。！？]["”’」)）]?$/u;
const LIST_ITEM = /^(?:[-*•·▪◦]\s|\d{1,2}[.)、]\s?)/u;

/** A "LABEL   value" line: two pieces, the first a short label at the left edge. */
function fieldLine(line: string, column: number): { label: string; value: string; at: number } | null {
  if (line.includes("|")) return null;
  const [first, second, ...more] = cellsOf(line);
  if (first === undefined || second === undefined || more.length > 0 || first.at > SLACK) return null;
  if (widthOf(first.text) > MAX_LABEL_WIDTH || NOT_A_TITLE.test(first.text)) return null;
  if (column >= 0 && Math.abs(second.at - column) > SLACK) return null;
  // "联系人      ：某某": the colon lined up after padding makes it a "label: value" line, read as one.
  if (/^[:：]/u.test(second.text)) return null;
  return { label: first.text, value: second.text, at: second.at };
}

/**
 * A run of "LABEL   value" lines from `at`, the values starting in one column and going on under themselves (a blank
 * line may part two fields): its last line and each field's lines, wrapped text joined, list items kept apart.
 */
function fieldsAt(lines: readonly string[], at: number): { end: number; fields: { line: number; label: string; values: string[] }[] } | null {
  const fields: { line: number; label: string; values: string[] }[] = [];
  let column = -1;
  let end = at;
  for (let k = at; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (line.trim() === "") {
      // A blank line parts two fields of the run, or ends it.
      if (column >= 0 && fieldLine(lines[k + 1] ?? "", column) !== null) continue;
      break;
    }
    const field = fieldLine(line, column);
    const cells = field === null ? cellsOf(line) : [];
    if (field !== null) {
      column = field.at;
      fields.push({ line: k, label: field.label, values: [field.value] });
    } else if (cells.length === 1 && column >= 0 && Math.abs((cells[0]?.at ?? 0) - column) <= SLACK + 2 && fields.length > 0) {
      const values = (fields[fields.length - 1] as { values: string[] }).values;
      const text = cells[0]?.text ?? "";
      // A list item, or a line after a finished sentence, is a line of its own; a wrapped line goes on the one above.
      const last = values[values.length - 1] ?? "";
      if (LIST_ITEM.test(text) || SENTENCE_END.test(last)) values.push(text);
      else values[values.length - 1] = joinWrapped([last, text]);
    } else break;
    end = k;
  }
  return fields.length < MIN_FIELD_LINES ? null : { end, fields };
}

const CODE_FENCE = /^\s*(?:```|~~~)/;

/** The lines with each space-aligned table or field run rewritten; any other line is kept (the same array if none). */
export function spaceColumnLines(lines: string[]): string[] {
  let out: string[] | null = null;
  let fenced = false;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? "";
    if (CODE_FENCE.test(line)) fenced = !fenced;
    if (fenced || line.includes("|") || cellsOf(line).length < 2) continue;
    const table = tableAt(lines, at);
    if (table !== null) {
      const written = [markdownRow(table.header), markdownRule(table.header.length), ...table.rows.map(markdownRow)];
      // The header's rule needs a line of its own: a blank line next to the table gives it, else the table stays as typed.
      const from = written.length <= table.end - at + 1 ? at : at > 0 && (lines[at - 1] ?? "").trim() === "" ? at - 1 : at;
      const to = written.length <= table.end - from + 1 ? table.end : (lines[table.end + 1] ?? "x").trim() === "" ? table.end + 1 : table.end;
      if (written.length <= to - from + 1) {
        out ??= [...lines];
        for (let k = from; k <= to; k++) out[k] = written[k - from] ?? "";
        at = to;
        continue;
      }
    }
    const run = fieldsAt(lines, at);
    if (run !== null) {
      out ??= [...lines];
      for (let k = at; k <= run.end; k++) out[k] = "";
      for (const field of run.fields) field.values.forEach((value, k) => { (out as string[])[field.line + k] = k === 0 ? `${field.label}: ${value}` : value; });
      at = run.end;
    }
  }
  return out ?? lines;
}
