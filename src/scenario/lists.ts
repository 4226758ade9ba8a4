// A section body as list items: marked items at the outermost indent, with deeper or unmarked lines folded in.

import { indentOf, isBlank, isListItem, stripEmphasis, stripListMarker, type SourceLine } from "./lines.js";
import { quotedSpans } from "./quotes.js";

export interface ListItem {
  /** Item text without its marker or emphasis. */
  text: string;
  line: number;
  /** The lines written under the item (deeper items, continuation lines), as written. */
  children: SourceLine[];
}

/** Top-level items; when nothing is marked, every non-blank line is an item. */
export function listItems(body: readonly SourceLine[]): ListItem[] {
  const lines = tableRowsAsLines(body.filter((l) => !isBlank(l.text)));
  const marked = lines.filter((l) => isListItem(l.text));
  if (marked.length === 0) return lines.map((l) => ({ text: clean(l.text), line: l.no, children: [] }));
  const top = Math.min(...marked.map((l) => indentOf(l.text)));
  const items: ListItem[] = [];
  for (const l of lines) {
    const isTop = isListItem(l.text) && indentOf(l.text) <= top;
    const last = items[items.length - 1];
    if (isTop || last === undefined) items.push({ text: clean(l.text), line: l.no, children: [] });
    else last.children.push(l);
  }
  return items.filter((item) => item.text !== "" || item.children.length > 0);
}

/** "label：value" with a short label. */
const FIELD_ITEM = /^[^:：“”"「」]{1,16}[:：]\s*\S/u;

/**
 * A record's fields: "- 基本信息" over indented "- 姓名：…" / "- 年龄：…" is a group title, its fields the items; any
 * other item is one field with its lines.
 */
export function fieldItems(body: readonly SourceLine[]): string[] {
  // "(Values below fill the {{…}} slots.)": a remark wholly in brackets is about the record, no field of it.
  return listItems(body).filter((item) => !REMARK.test(item.text) || item.children.length > 0).flatMap((given) => {
    const item = { ...given, children: given.children.filter((c) => !REMARK.test(c.text)) };
    const fields = item.children.filter((c) => !isBlank(c.text));
    const grouped = !FIELD_ITEM.test(item.text) && fields.length >= 2 && fields.every((c) => isListItem(c.text) && FIELD_ITEM.test(clean(c.text)));
    return grouped ? fields.map((c) => clean(c.text)) : joinedFields(itemFullText(item));
  });
}

const REMARK = /^\s*(?:\([^()]{1,300}\)|（[^（）]{1,300}）)\s*$/u;

/** What joins fields written on one line: a semicolon, or a bar with space around it. */
const JOINED_MIN = 3;
const FIELD_JOIN = /\s*[；;]\s*|\s+[|｜]\s+/u;

/**
 * "姓名：甲；电话：…；地址：…", "Name: A; Plan: B | Due: C": labelled fields written on one line are each a
 * field. Split only when three or more parts each are "label: value", so a value holding a semicolon ("paper: matt;
 * finish: gloss") stays whole.
 */
export function joinedFields(text: string): string[] {
  const parts = text.split(FIELD_JOIN).map((p) => p.replace(/[；;。.]+$/u, "").trim()).filter((p) => p !== "");
  return parts.length >= JOINED_MIN && parts.every((p) => FIELD_ITEM.test(p)) ? parts : [text];
}

/** Item text including its children, joined with spaces. */
export function itemFullText(item: ListItem): string {
  return [item.text, ...item.children.map((c) => clean(c.text))].filter((t) => t !== "").join(" ");
}

export function clean(text: string): string {
  return stripEmphasis(stripListMarker(text)).trim();
}

/** Body lines as one paragraph text (lines joined by newlines, markers kept off). */
export function bodyText(body: readonly SourceLine[]): string {
  return body.map((l) => clean(l.text)).filter((t) => t !== "").join("\n");
}

/**
 * A list written as one run-on line ("甲同意；乙想再想想；丙不在", "①…②…③…"): its parts are the items.
 * Only a lone item is split, so a listed condition with a semicolon inside stays whole.
 */
export function splitRunOn(items: readonly string[]): string[] {
  if (items.length !== 1) return [...items];
  const only = items[0] ?? "";
  const parts = only
    .split(/\s*[；;]\s*|\s*(?=[①②③④⑤⑥⑦⑧⑨⑩])/u)
    .map((p) => p.replace(/^[①②③④⑤⑥⑦⑧⑨⑩]\s*/u, "").replace(/[；;，,、。]+$/u, "").trim())
    .filter((p) => p !== "");
  return parts.length >= 2 ? parts : [...items];
}

const CELL_RULE = /^:?-{2,}:?$/;

/**
 * Markdown table rows as list items: a header row (the one above the |---| rule) and the rule are dropped; a row
 * becomes its quoted cell ("| Satisfied | "Great, talk soon!" |"), else its cells joined as "label：value", without
 * a leading number column.
 */
function tableRowsAsLines(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.trim().startsWith("|"))) return [...lines];
  const out: SourceLine[] = [];
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (!text.startsWith("|")) { out.push(line); return; }
    const cells = splitCells(text);
    if (cells.every((c) => CELL_RULE.test(c) || c === "")) return;
    const next = lines[i + 1]?.text.trim() ?? "";
    if (next.startsWith("|") && splitCells(next).every((c) => CELL_RULE.test(c) || c === "")) return;
    const quoted = cells.find((c) => quotedSpans(c).length > 0);
    const content = cells.filter((c, k) => c !== "" && !(k === 0 && /^(?:\d{1,3}|[a-h①-⑳])[.、)）]?$/iu.test(c)));
    out.push({ no: line.no, text: quoted ?? content.join("：") });
  });
  return out;
}

function splitCells(row: string): string[] {
  return row.replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => stripEmphasis(c).trim());
}
