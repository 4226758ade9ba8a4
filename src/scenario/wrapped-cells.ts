// A cell of a space-aligned table written over several lines: which of its line ends were wraps (the text ran to
// the column's edge and went on below) and which were the writer's own (a list of times, a branch on its own line).
// Wraps are joined; the writer's breaks are kept as "<br>", the break a Markdown table cell knows.

import { joinWrapped } from "./grid-tables.js";

export const wide = (ch: string): boolean => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000]/u.test(ch);
export const widthOf = (text: string): number => [...text].reduce((n, ch) => n + (wide(ch) ? 2 : 1), 0);

/** A line ending a sentence or leading into what follows ("可选的日子：", "Options:") ends where the writer ended it. */
const ENDED = /[.!?。！？:：;；]["”’」)）]?$/u;
/** A line opening as a list item or a branch ("- …", "1. …", "→ …", "If …") starts a line of its own. */
const OPENS_LINE = /^(?:[-*•·▪◦☐□◻✓→➜]\s|\d{1,2}[.)、]\s?|(?:if|when|otherwise|else)\b|(?:如果|若|否则))/iu;
/** "没空 → 改天再打", "busy -> ring back later": a condition and what to do, one to a line. */
const ARROW = /→|->|=>|➜/u;
/** Room a line leaves at its column's edge before its break is read as the writer's own: hand-typed cells drift. */
const EDGE_SLACK = 3;

/** The first word of a line: up to a space for spaced scripts, one character for CJK ones (they break anywhere). */
function firstWordWidth(text: string): number {
  const first = [...text][0] ?? "";
  if (wide(first)) return 2;
  return widthOf(text.split(" ")[0] ?? "");
}

/** An opening quote not yet closed: the quoted sentence goes on in the next line. */
function openQuote(text: string): boolean {
  const opened = (text.match(/[“「『]/gu) ?? []).length;
  const closed = (text.match(/[”」』]/gu) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opened > closed || straight % 2 === 1;
}

/**
 * The cell's lines (top to bottom) as one cell's text. `width`: the widest line written in the column, its edge.
 * A line that stops short of the edge by more than the next line's first word was ended by the writer.
 */
export function joinCellLines(parts: readonly string[], width: number): string {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    const apart = last !== undefined && !openQuote(last) && (ENDED.test(last) || OPENS_LINE.test(part) || (ARROW.test(last) && ARROW.test(part)) || widthOf(last) + 1 + firstWordWidth(part) + EDGE_SLACK <= width);
    if (last === undefined || apart) lines.push(part);
    else lines[lines.length - 1] = joinWrapped([last, part]);
  }
  return lines.join("<br>");
}
