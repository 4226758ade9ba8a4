// A plain-text document pasted from a word processor indents every body under its titles by a margin ("一、开场白" at the
// left, its lines two spaces in). Up to three spaces of indent change no block's meaning, so a run of lines that all
// stand that far in under a title framed by rules of "=" is read at the left: its lines are each other's siblings, not one
// item's continuation. Line for line; what is indented deeper keeps its depth under them.

import { indentOf } from "./lines.js";

/** A rule of "=" or "═" (at least three) framing a title. */
const FRAME = /^([=═])\1{2,}\s*$/u;

/**
 * The line above a body is a rule of "=" or "═" under a title framed by two ("=====" / "一、开场白" / "====="): the
 * frame is the word processor's, and so is the margin.
 */
function framesBody(lines: readonly string[], at: number): boolean {
  const rule = FRAME.exec(lines[at] ?? "");
  if (rule === null) return false;
  const title = lines[at - 1];
  const above = lines[at - 2];
  return title !== undefined && title.trim() !== "" && indentOf(title) === 0 && above !== undefined && FRAME.exec(above)?.[1] === rule[1];
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
    const before = previousLine(lines, at);
    if (margin <= MAX_MARGIN && before >= 0 && framesBody(lines, before)) {
      for (let k = at; k <= end; k++) lines[k] = dedent(lines[k] as string, margin);
      changed = true;
    }
    at = end + 1;
  }
  return changed ? lines.join("\n") : text;
}

function previousLine(lines: readonly string[], at: number): number {
  for (let k = at - 1; k >= 0; k--) if ((lines[k] as string).trim() !== "") return k;
  return -1;
}

/** The line with up to `width` leading spaces taken off (a tab, wider than any margin, stops it). */
function dedent(line: string, width: number): string {
  let k = 0;
  while (k < width && (line[k] === " " || line[k] === "\u3000")) k++;
  return line.slice(k);
}
