// A plain-text document pasted from a word processor indents every body under its titles by a margin ("一、开场白" at the
// left, its lines two spaces in). Up to three spaces of indent change no block's meaning, so a run of lines that all
// stand that far in under a title (or the rule framing it) is read at the left: its lines are each other's siblings, not one
// item's continuation. Line for line; what is indented deeper keeps its depth under them.

import { headingOf } from "./headings.js";
import { indentOf, isListItem } from "./lines.js";

/** A rule of one mark ("=====", "-----", "═════") framing a title. */
const RULE = /^\s*([=\-*_~─━═])\1{2,}\s*$/u;

/** The line above a body: a rule framing its title, or a title a reader knows for one ("一、开场白", "【开场】", "## 开场"). */
function framesBody(line: string): boolean {
  if (RULE.test(line)) return true;
  if (isListItem(line) || /^\s*(?:```|~~~)/u.test(line)) return false;
  const heading = headingOf(line);
  return heading !== null && !heading.weak;
}

/** More than this is an indented code block or an item's nested content, never a margin. */
const MAX_MARGIN = 3;

export function withoutBodyMargins(text: string): string {
  if (!/\n[ \t]/u.test(text)) return text;
  const lines = text.split("\n");
  let changed = false;
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] as string;
    if (line.trim() === "" || indentOf(line) === 0) {
      at++;
      continue;
    }
    // The run: lines indented at least one space, blank lines inside it included.
    let end = at;
    let margin = Infinity;
    for (let k = at; k < lines.length; k++) {
      const text = lines[k] as string;
      if (text.trim() === "") continue;
      if (indentOf(text) === 0) break;
      margin = Math.min(margin, indentOf(text));
      end = k;
    }
    const before = previousText(lines, at);
    if (margin <= MAX_MARGIN && before !== null && framesBody(before)) {
      for (let k = at; k <= end; k++) lines[k] = dedent(lines[k] as string, margin);
      changed = true;
    }
    at = end + 1;
  }
  return changed ? lines.join("\n") : text;
}

function previousText(lines: readonly string[], at: number): string | null {
  for (let k = at - 1; k >= 0; k--) if ((lines[k] as string).trim() !== "") return lines[k] as string;
  return null;
}

/** The line with up to `width` leading spaces taken off (a tab, wider than any margin, stops it). */
function dedent(line: string, width: number): string {
  let k = 0;
  while (k < width && (line[k] === " " || line[k] === "\u3000")) k++;
  return line.slice(k);
}
