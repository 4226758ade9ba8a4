// A closing section whose items each pair a condition with its line ("客户同意：“…”", "- She renews → “…”",
// "1. 客户要求返工：“…”", "【已约好】 “…”"): the conditions are end conditions, the lines closing lines.

import { stripEmphasis, type SourceLine } from "./lines.js";
import { itemFullText, listItems } from "./lists.js";
import { CLOSING_LABEL } from "./end-pairs.js";
import { sampleLines } from "./quotes.js";
import { keyedClosings } from "./keyed-closings.js";

/** A condition, a colon, dash or arrow, then the quoted line. */
const PAIR = /^([^“”"「」『』:：]{2,80}?)\s*(?:[:：]|——|—|–|→|->|=>|⇒)\s*(?=[“"「『])/u;
/** "【已约好】 “…”", "[Booked] “…”": a bracketed name of the ending, then its line (a colon or not). */
const BRACKET_PAIR = /^[【[]([^】\]“”"「」]{1,40})[】\]]\s*[:：]?\s*(?=[“"「『])/u;
/** Who says the line, not when: "Agent:", "客服：". */
const SPEAKER = /^(?:agent|caller|rep|you|ai|assistant|bot|坐席|客服|我方|机器人|助手|line|lines?\s*\d*)$/i;

/**
 * "If she agrees: confirm the date, close → “Great, bye.”": an arrow before a quote parts a condition from its line
 * whatever the condition holds (a colon, a quoted word, a long sentence); the last such arrow, found by a scan.
 */
export function arrowPair(text: string): { condition: string; said: string } | null {
  let cut = -1;
  let width = 0;
  for (const m of text.matchAll(/→|->|=>|⇒/gu)) {
    const after = text.slice(m.index + m[0].length).trimStart();
    if (/^[“"「『]/u.test(after)) {
      cut = m.index;
      width = m[0].length;
    }
  }
  if (cut < 2) return null;
  const condition = text.slice(0, cut).trim();
  return condition === "" ? null : { condition, said: text.slice(cut + width) };
}

export interface ClosingPairs {
  endConditions: string[];
  closingLines: string[];
}

/** The section's closing lines, and the condition each names (when an item names one). */
export function closingPairs(body: readonly SourceLine[]): ClosingPairs {
  // "### booked" over its line, as a program's keyed closings outline: the key is the ending, never a line.
  const keyed = keyedClosings(body);
  if (keyed !== null) return keyed;
  const rows = labelledRows(body);
  if (rows !== null) return rows;
  const out: ClosingPairs = { endConditions: [], closingLines: [] };
  for (const item of listItems(body)) {
    const text = stripEmphasis(itemFullText(item)).trim();
    const arrow = arrowPair(text);
    if (arrow !== null && !SPEAKER.test(arrow.condition)) {
      out.endConditions.push(arrow.condition.replace(/[；;，,、。]+$/u, ""));
      out.closingLines.push(...sampleLines(arrow.said));
      continue;
    }
    const m = BRACKET_PAIR.exec(text) ?? PAIR.exec(text);
    const label = (m?.[1] ?? "").trim();
    if (m !== null && !CLOSING_LABEL.test(label) && !SPEAKER.test(label)) {
      out.endConditions.push(label.replace(/[；;，,、。]+$/u, ""));
      out.closingLines.push(...sampleLines(text.slice(m[0].length)));
    } else out.closingLines.push(...sampleLines(text));
  }
  return out;
}

/** "成功：好的，回头见！", "Booked: Lovely, see you then.": a short label, a colon, then the unquoted line. */
const LABEL_ROW = /^([^“”"「」『』:：。！？.!?，,【】[\]]{1,16}?)\s*[:：]\s*([^\s“"「『:：].*)$/u;
/** "【成功】好的…回头见！", "[Booked] Lovely…": the label in brackets, a colon or not. */
const BRACKET_ROW = /^[【[]([^】\]“”"「」]{1,16})[】\]]\s*[:：]?\s*([^\s“"「『:：].*)$/u;

/**
 * Every item (two or more) a short label before an unquoted line: the labels are the endings, the lines their closings
 * (the label is never said with the line).
 */
function labelledRows(body: readonly SourceLine[]): ClosingPairs | null {
  const items = listItems(body).map((item) => stripEmphasis(itemFullText(item)).trim()).map((text) => BRACKET_ROW.exec(text) ?? LABEL_ROW.exec(text));
  if (items.length < 2) return null;
  const out: ClosingPairs = { endConditions: [], closingLines: [] };
  for (const m of items) {
    const label = (m?.[1] ?? "").trim();
    if (m === null || CLOSING_LABEL.test(label) || SPEAKER.test(label)) return null;
    out.endConditions.push(label);
    out.closingLines.push((m[2] ?? "").trim());
  }
  return out;
}
