// Source lines with their 1-based numbers, and the small text cleanups every section reader shares.

import { plainStepNumber } from "./number-glyphs.js";

export interface SourceLine {
  /** 1-based line number in the document. */
  no: number;
  /** The line as written (no line terminator). */
  text: string;
  /** Inside fenced code: read as text, never as a heading. */
  code?: boolean;
  /** Written by the reader from a fenced configuration: its headings are top-level sections, never nested. */
  config?: boolean;
  /** A row of a table of fields, written out as "label：value". */
  field?: boolean;
  /** A row of a table of template values (a placeholder and its value): a field of the call's record. */
  values?: true;
}

/** Splits on LF, CRLF or lone CR and drops a leading BOM. */
export function toLines(text: string): SourceLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((line, i) => ({ no: i + 1, text: plainStepNumber(unleader(unquoteStructure(line))) }));
}

/** "Label ........ value", "字段………值": a dotted leader joins a field to its value as a colon does. */
// The label holds no quote or sentence mark: "“190……行" is an ellipsis in a spoken line, not a leader.
const LEADER = /^(\s*[^\s.…·:：“”"「」‘’'，,。！？!?][^.…·:：“”"「」‘’，,。！？!?]{0,39}?)\s*(?:\.{4,}|…{3,}|·{4,})\s*(\S.*)$/u;

function unleader(line: string): string {
  if (!line.includes("....") && !line.includes("………") && !line.includes("····")) return line;
  const m = LEADER.exec(line);
  return m === null ? line : `${m[1] ?? ""}: ${m[2] ?? ""}`;
}

/**
 * A blockquote wrapping structure ("> **Label**：…", "> - item", "> 1、…", "> Label：…", a bare ">") is read as that
 * structure; a blockquote holding a plain sentence stays a quoted line.
 */
function unquoteStructure(line: string): string {
  if (!line.startsWith(">") && !/^\s{1,3}>/.test(line)) return line;
  const m = /^\s*(?:>\s?)+(.*)$/.exec(line);
  if (m === null) return line;
  const rest = m[1] ?? "";
  // ">> 3) How the call should go": a doubled marker before a short numbered title marks a section of a plain memo.
  const marked = /^\s*>>\s*\(?\d{1,2}[.)）]\s+([^.。!?！？]{2,60})$/u.exec(line);
  if (marked !== null) return `## ${(marked[1] ?? "").trim()}`;
  // "> CALLER BRIEF": a quoted title in capitals marks a section as a banner does.
  if (/^\s*[A-Z][A-Z0-9 &/'()-]{1,38}[A-Z0-9)]\s*$/.test(rest) && /[A-Z]{3}/.test(rest)) return rest;
  if (rest.trim() === "" || /^\s*(?:\*\*|__|#|[-*+•]\s|\d{1,2}[.、)）]|[①-⑳]|[^\s:：“”"「」]{1,12}[:：])/.test(rest)) return rest;
  return line;
}

const BULLET = /^\s*(?:[-*+•·▪●○◦]\s+|>\s+|[■□◆◇▶►➤✓✔]\s*)/;
// "一、" / "（一）" lines are headings unless they hold a spoken line; then they are numbered items like "1.".
// "A. …" / "B) …" and "甲、…" order items as numbers do.
// "1.4.2 …": an outline number is one marker, never "1." before text starting "4.2".
const NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|\(?\d{1,3}[.、)）]|（\d{1,3}）|[①-⑳]|\(?[a-p]\)|（[a-p]）|\([A-H]\)|[A-H][.)](?=\s)|[一二三四五六七八九十]{1,3}、|[甲乙丙丁戊己庚辛]、|（[一二三四五六七八九十]{1,3}）)\s*/;

/** Text without a leading bullet ("- ", "* ", "• "). */
export function stripBullet(text: string): string {
  return text.replace(BULLET, "");
}

/** True when the line starts with a bullet or a list number. */
export function isListItem(text: string): boolean {
  return BULLET.test(text) || NUMBER.test(text);
}

/** Text without a leading bullet or list number ("1.", "2）", "（3）", "④"). */
export function stripListMarker(text: string): string {
  let out = text.replace(BULLET, "");
  out = out.replace(NUMBER, "");
  return out.trim();
}

/** Emoji and pictographs before a label ("⚠️ 客户：", "✅ Reply:"): decoration, not part of the label's name. */
const LABEL_DECORATION = /^\s*(?:[\p{Extended_Pictographic}\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff]\ufe0f?\u200d?)+\s*/u;

/** The text without leading emoji or pictographs. */
export function stripLabelMark(text: string): string {
  return LABEL_DECORATION.test(text) ? text.replace(LABEL_DECORATION, "") : text;
}

/** Removes Markdown emphasis and inline code marks. */
export function stripEmphasis(text: string): string {
  if (!/[*_`]/.test(text)) return text;
  const masks: string[] = [];
  // A phone with its middle digits starred, a card number starred before its last digits: stars that mask a number's
  // digits are part of the number, not emphasis.
  const kept = text.replace(MASKED_DIGITS, (run) => `${MASK_MARK}${masks.push(run) - 1}${MASK_MARK}`);
  const plain = kept.replace(/\*\*|__|`/g, "").replace(/(^|[^*])\*(?!\s)([^*]+)\*(?!\*)/g, "$1$2");
  return masks.length === 0 ? plain : plain.replace(MASK_BACK, (_, i: string) => masks[Number(i)] ?? "");
}

/** Stars between digits, three or more after one, or three or more before digits that end the number (not "***3.1 …"). */
const MASKED_DIGITS = /(?<=\d)\*{2,}(?=\d)|(?<=\d)\*{3,}|\*{3,}(?=\d{1,12}(?![\d.*]))/gu;
const MASK_MARK = "\uE000";
const MASK_BACK = /\uE000(\d{1,4})\uE000/gu;

/** Leading indentation width (tab = 4). */
export function indentOf(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === " " || char === "\u3000") width++;
    else if (char === "\t") width += 4;
    else break;
  }
  return width;
}

/** Drops list punctuation left at the end of an item ("；", ";", "，"). */
export function trimItemEnd(text: string): string {
  return text.trim().replace(/[；;，,、]+$/u, "").trim();
}

export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Horizontal rules and table separators carry no content. */
export function isRule(text: string): boolean {
  return /^\s*(?:[-*_=]\s*){3,}$/.test(text);
}
