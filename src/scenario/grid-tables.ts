// Grid tables ("+----+----+" borders, "| cell |" rows wrapped over several lines, "+====+" under the header) as
// Markdown tables on the same run of lines: each bordered row becomes one row, its wrapped lines joined per column.

import { blankHeader, markdownRow, markdownRule } from "./markdown-table.js";
import { boxedNoteLines, isBoxedNote } from "./boxed-notes.js";

/** A border line: "+", then runs of "-" or "=" (or ":" alignment marks) each closed by "+". */
const BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

export function hasGridTable(lines: readonly string[]): boolean {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trimStart()[0] === "+" && BORDER.test(line) && (lines[i + 1] ?? "").trimStart().startsWith("|")) return true;
  }
  return false;
}

/** The lines with each grid table rewritten; any other line is kept. */
export function gridTableLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trimStart()[0] !== "+" || !BORDER.test(line)) continue;
    let end = i;
    while (end + 1 < lines.length && (BORDER.test(lines[end + 1] ?? "") || (lines[end + 1] ?? "").trimStart().startsWith("|"))) end++;
    if (end === i) continue;
    const block = lines.slice(i, end + 1);
    // A box one column wide is a note in prose, not a table.
    const table = isBoxedNote(block) ? boxedNoteLines(block) : markdownTable(block);
    for (let k = i; k <= end; k++) out[k] = table[k - i] ?? "";
    i = end;
  }
  return out;
}

/** The columns are the border's "+" runs; a row is the lines between two borders. */
function markdownTable(block: readonly string[]): string[] {
  const top = block[0] ?? "";
  const edges: number[] = [];
  for (let c = 0; c < top.length; c++) if (top[c] === "+") edges.push(c);
  const rows: string[][] = [];
  let headerRows = 0;
  let current: string[][] = [];
  const flush = (): void => {
    if (current.length > 0) rows.push(edges.slice(0, -1).map((_, col) => joinWrapped(current.map((parts) => parts[col] ?? "").filter((t) => t !== ""))));
    current = [];
  };
  for (const line of block.slice(1)) {
    if (BORDER.test(line)) {
      flush();
      if (line.includes("=")) headerRows = rows.length;
      continue;
    }
    // Split on the bars, not the border's columns: a CJK character is one code unit wide but takes two columns.
    const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    current.push(body.split("|").map((cell) => cell.trim()));
  }
  flush();
  const width = Math.max(1, edges.length - 1);
  const head = headerRows > 0 ? rows.slice(0, headerRows).map(markdownRow).slice(0, 1) : [blankHeader(width)];
  const table = [...head, markdownRule(width), ...rows.slice(headerRows > 0 ? headerRows : 0).map(markdownRow)];
  while (table.length < block.length) table.push("");
  return table.slice(0, block.length);
}

/** A CJK character on both sides of a wrap: the text was cut mid-sentence with no space to put back. */
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’]/u;

export function joinWrapped(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) out += out === "" ? part : `${CJK_END.test(out) && CJK_START.test(part) ? "" : " "}${part}`;
  return out;
}
