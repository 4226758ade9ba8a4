// A FAQ jotted as list items "问题 → 答案" / "question -> answer", no question mark, no quotes: each item's text before
// the arrow is what is asked, after it the answer (a line indented under the item goes on with the answer). Items
// without an arrow (a rule among them) are no entries.

import { joinWrapped } from "./grid-tables.js";
import { indentOf, isBlank, isListItem, stripListMarker, type SourceLine } from "./lines.js";

/** "要不要另收费 → 不收", "is parking free -> yes": text, an arrow, text. */
const ARROW_ITEM = /^([^→“”"「」]{1,80}?)\s*(?:→|->|=>|➜)\s*(\S.*)$/u;
/** Fewer arrow items could be one direction ("busy → offer Friday"), not a FAQ. */
const MIN_ENTRIES = 2;

export function arrowEntries(body: readonly SourceLine[]): { question: string; answer: string }[] {
  const entries: { question: string; answer: string }[] = [];
  let last: { question: string; answer: string } | null = null;
  for (const line of body) {
    if (isBlank(line.text)) continue;
    const m = isListItem(line.text) ? ARROW_ITEM.exec(stripListMarker(line.text)) : null;
    if (m !== null) {
      last = { question: (m[1] ?? "").trim(), answer: (m[2] ?? "").trim() };
      entries.push(last);
    } else if (last !== null && !isListItem(line.text) && indentOf(line.text) >= 2) {
      last.answer = joinWrapped([last.answer, line.text.trim()]);
    } else last = null;
  }
  return entries.length < MIN_ENTRIES ? [] : entries;
}
