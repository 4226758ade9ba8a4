// A word processor's document saved as plain text (a shared doc downloaded as .txt): its headings lose their marks
// and stand as short lines set apart by blank lines, each over the text it titles. Read as Markdown headings, line for
// line, when the document has no heading marks of its own and enough such lines to be its outline.

/** A title is short and ends on no sentence mark; a list item, a quotation or a label with its value is none. */
const MAX_TITLE_CHARS = 60;
const SENTENCE_END = /[.。!！?？;；,，:：…]$/u;
const LIST_ITEM = /^\s*(?:[-*•+·▪●○■□◆]\s|\(?\d{1,3}[.)、）]\s?|\(?[a-z][.)]\s|[①-⑳])/u;
const QUOTED = /^\s*[“"「『'‘]/u;
const MARKED_HEADING = /^\s{0,3}#{1,6}\s|^\s{0,3}(?:=+|-+)\s*$/mu;
import { headingOf } from "./headings.js";

/** So many titles make an outline; fewer may be a stray short line. */
const MIN_TITLES = 4;

function blank(line: string | undefined): boolean {
  return line === undefined || line.trim() === "";
}

/** A remark in brackets closing a title ("Goodbyes (say one, as written)") is no part of its length. */
const REMARK = /\s*[（(][^（）()]{1,80}[）)]$/u;

function titleLike(line: string): boolean {
  const text = line.trim();
  return text !== "" && text.replace(REMARK, "").length <= MAX_TITLE_CHARS && !SENTENCE_END.test(text) && !LIST_ITEM.test(line) && !QUOTED.test(text) && /\p{L}/u.test(text);
}

/**
 * Indices of the lines standing as titles: a title-like line after `gap` blank lines with text right under it. The
 * widest gap that finds enough titles is the writer's (two blank lines before each heading, one between paragraphs).
 */
function titlesAt(lines: readonly string[], gap: number): number[] {
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (!titleLike(line) || blank(lines[i + 1]) || i < gap) return;
    for (let k = 1; k <= gap; k++) if (!blank(lines[i - k])) return;
    found.push(i);
  });
  return found;
}

/** The document with its bare title lines as "## title", or null when it has heading marks or too few titles. */
export function plainTitles(text: string): string | null {
  if (MARKED_HEADING.test(text)) return null;
  const lines = text.split(/\r\n|\r|\n/u);
  // A document whose headings are marked some other way (a banner, a title in capitals, "一、…") has its outline.
  if (lines.some((line) => { const heading = headingOf(line); return heading !== null && !heading.weak && heading.level === 1; })) return null;
  const titles = [2, 1].map((gap) => titlesAt(lines, gap)).find((found) => found.length >= MIN_TITLES);
  if (titles === undefined) return null;
  const at = new Set(titles);
  return lines.map((line, i) => (at.has(i) ? `## ${line.trim()}` : line)).join("\n");
}
