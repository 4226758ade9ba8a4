// A section body as list items: marked items at the outermost indent, with deeper or unmarked lines folded in.

import { indentOf, isBlank, isListItem, stripEmphasis, stripListMarker, type SourceLine } from "./lines.js";

export interface ListItem {
  /** Item text without its marker or emphasis. */
  text: string;
  line: number;
  /** The lines written under the item (deeper items, continuation lines), as written. */
  children: SourceLine[];
}

/** Top-level items; when nothing is marked, every non-blank line is an item. */
export function listItems(body: readonly SourceLine[]): ListItem[] {
  const lines = body.filter((l) => !isBlank(l.text));
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
 * A list written as one run-on line ("客户同意续保；客户表示再考虑；接电话的不是本人", "①…②…③…"): its parts are the items.
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
