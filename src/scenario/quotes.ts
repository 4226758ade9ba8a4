// Sample lines are usually quoted: pull the quoted spans out of a line (“ ”, " ", 「 」, 『 』).

const PAIRS: Record<string, string> = { "“": "”", "「": "」", "『": "』", "\"": "\"", "＂": "＂" };

/** Any opening quote: the engine's scan finds the next one far faster than a loop over every character (profiled). */
const OPENER = /[“「『"＂]/g;

/** The quoted spans of a line, trimmed, in order; an unclosed quote runs to the end of the line. */
export function quotedSpans(text: string): string[] {
  OPENER.lastIndex = 0;
  if (!OPENER.test(text)) return [];
  const spans: string[] = [];
  let i = OPENER.lastIndex - 1;
  // "6'1\"", "a 12\" pipe": a straight quote right after a figure is an inch mark, not an opening quote.
  while (i >= 0 && text[i] === "\"" && isInchMark(text, i)) {
    OPENER.lastIndex = i + 1;
    i = OPENER.test(text) ? OPENER.lastIndex - 1 : -1;
  }
  while (i >= 0 && i < text.length) {
    const close = PAIRS[text[i] as string] as string;
    const end = text.indexOf(close, i + 1);
    const inner = end < 0 ? text.slice(i + 1) : text.slice(i + 1, end);
    const trimmed = inner.trim();
    if (trimmed !== "") spans.push(trimmed);
    if (end < 0) break;
    OPENER.lastIndex = end + 1;
    i = OPENER.test(text) ? OPENER.lastIndex - 1 : -1;
  }
  return spans;
}

/** The straight quote at `at` follows a figure ("12\"", "6'1\""): an inch mark. */
export function isInchMark(text: string, at: number): boolean {
  return /\d'?$/.test(text.slice(Math.max(0, at - 2), at));
}

/** A sample line's text: the quoted spans when the line has quotes, else the line itself. */
export function sampleLines(text: string): string[] {
  const spans = quotedSpans(text);
  if (spans.length > 0) return spans;
  const plain = text.trim();
  return plain === "" ? [] : [plain];
}

/** The line without one pair of quotes wrapped around all of it. */
export function unquote(text: string): string {
  const t = text.trim();
  const first = t[0];
  if (first === undefined) return t;
  const close = PAIRS[first];
  if (close !== undefined && t.length >= 2 && t.endsWith(close) && t.indexOf(close, 1) === t.length - 1) return t.slice(1, -1).trim();
  return t;
}
