// A fenced ```csv / ```tsv block (a spreadsheet pasted as it was exported) as a Markdown table on the same lines:
// the header row goes on the opening fence's line, the rule on the header's, each record on its own line.

import { markdownRow, markdownRule } from "./markdown-table.js";

const CSV_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*(csv|tsv)\b/i;

export function hasCsvFence(lines: readonly string[]): boolean {
  return lines.some((line) => (line.includes("```") || line.includes("~~~")) && CSV_FENCE.test(line));
}

export function csvFenceLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const open = CSV_FENCE.exec(lines[i] ?? "");
    if (open === null) continue;
    const fence = open[1] ?? "```";
    const separator = (open[2] ?? "").toLowerCase() === "tsv" ? "\t" : ",";
    let end = i + 1;
    while (end < lines.length && !(lines[end] ?? "").trimStart().startsWith(fence)) end++;
    const records = lines.slice(i + 1, end).map((line) => (line.trim() === "" ? null : cellsOf(line, separator)));
    const header = records[0];
    if (header === null || header === undefined) continue;
    out[i] = markdownRow(header);
    out[i + 1] = markdownRule(header.length);
    for (let k = 1; k < records.length; k++) {
      const cells = records[k];
      out[i + 1 + k] = cells === null || cells === undefined ? "" : markdownRow(header.map((_, c) => cells[c] ?? ""));
    }
    if (end < lines.length) out[end] = "";
    i = end;
  }
  return out;
}

/** One CSV record on one line: quoted cells may hold the separator, and "" inside quotes is a quote. */
function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? "";
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") { quoted = true; cell = ""; }
    else if (ch === separator) { cells.push(cell.trim()); cell = ""; }
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
