// Tables of fields ("| 字段 | 内容 |", "| Field | Detail |", or two columns with no header names): each row reads as
// a "label：value" line, as if written out. Shared by the tree block pass and the line pass for huge documents.

import { isListItem, type SourceLine } from "./lines.js";

const KEY_HEADER = /^(?:项目|字段|属性|名称|类别|条目|key|field|item|attribute|property)$/i;
const VALUE_HEADER = /^(?:内容|值|说明|信息|详情|描述|value|details?|content|description|info)$/i;

/**
 * Header cells of a table of fields: two columns, a key or a value column named ("| Trait | Detail |" too), or no
 * names at all ("| | |"): a two-column table without column names pairs labels with values.
 */
/** A third column of remarks beside a key and a value column ("| 字段 | 值 | 备注 |", "| Field | Value | Notes |"). */
const NOTE_HEADER = /^(?:备注|注释|附注|说明|注意|notes?|remarks?|comments?)$/i;

export function isFieldHeader(cells: readonly string[]): boolean {
  if (cells.length === 3) return KEY_HEADER.test(cells[0] ?? "") && VALUE_HEADER.test(cells[1] ?? "") && NOTE_HEADER.test(cells[2] ?? "");
  if (cells.length !== 2) return false;
  return KEY_HEADER.test(cells[0] ?? "") || VALUE_HEADER.test(cells[1] ?? "") || cells.every((cell) => cell === "");
}

/** A row of a table of fields as the line it stands for. */
export function fieldLine(no: number, cells: readonly string[]): SourceLine {
  return { no, text: `${cells[0] ?? ""}：${cells[1] ?? ""}`, field: true };
}

/** A line break inside a cell ("<br>", "<br/>"): the cell holds a list, one item a line. */
const CELL_BREAK = /\s*<br\s*\/?>\s*/i;

/**
 * A row as its lines: "| 你担心的 | 1. …<br>2. … |" is the label over its items, as if written as a list; a value
 * with no break is one "label：value" line.
 */
export function fieldRowLines(no: number, cells: readonly string[]): SourceLine[] {
  // A remark beside the value stays with it, in brackets.
  const note = (cells[2] ?? "").trim();
  if (note !== "") return fieldRowLines(no, [cells[0] ?? "", `${cells[1] ?? ""}${/\p{Script=Han}/u.test(note) ? `（${note}）` : ` (${note})`}`]);
  const parts = (cells[1] ?? "").split(CELL_BREAK).map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < 2) return [fieldLine(no, [cells[0] ?? "", parts[0] ?? ""])];
  return [fieldLine(no, [cells[0] ?? "", ""]), ...parts.map((part) => ({ no, text: isListItem(part) ? part : `- ${part}` }))];
}

function cellsOf(trimmed: string): string[] {
  return trimmed.replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => cell.replace(/\*\*|__/g, "").trim());
}

/** The line pass (documents too big for the tree): rows after a field header, until the first line not a row. */
export function fieldTables(lines: SourceLine[]): SourceLine[] {
  let inFields = false;
  return lines.map((line) => {
    const trimmed = line.text.trim();
    if (!trimmed.startsWith("|")) {
      inFields = false;
      return line;
    }
    const cells = cellsOf(trimmed);
    if (!inFields) {
      inFields = isFieldHeader(cells) && cells.some((cell) => cell !== "");
      return inFields ? { no: line.no, text: "" } : line;
    }
    if (cells.every((cell) => /^:?-{2,}:?$/.test(cell) || cell === "")) return { no: line.no, text: "" };
    return cells.length === 2 || cells.length === 3 ? (fieldRowLines(line.no, cells)[0] as SourceLine) : line;
  });
}
