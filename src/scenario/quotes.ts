// Sample lines are usually quoted: pull the quoted spans out of a line (“ ”, " ", 「 」, 『 』).

const PAIRS: Record<string, string> = { "“": "”", "「": "」", "『": "』", "\"": "\"", "＂": "＂" };

/** The quoted spans of a line, trimmed, in order; an unclosed quote runs to the end of the line. */
export function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text[i] as string;
    const close = PAIRS[open];
    if (close === undefined) { i++; continue; }
    const end = text.indexOf(close, i + 1);
    const inner = end < 0 ? text.slice(i + 1) : text.slice(i + 1, end);
    const trimmed = inner.trim();
    if (trimmed !== "") spans.push(trimmed);
    i = end < 0 ? text.length : end + 1;
  }
  return spans;
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
