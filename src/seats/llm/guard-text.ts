// Text as the role guard compares it: what an attacker can vary without changing what a listener hears (width,
// case, zero-width characters, spaced-out letters, punctuation) is removed, so "s y s t e m  p r o m p t",
// "ｓｙｓｔｅｍ prompt" and "sys\u200btem prompt" all read "systemprompt".

const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** NFKC, lower case, invisible characters removed. */
export function normalizeGuardText(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").toLowerCase();
}

/** Letters and digits only, in order: spacing and punctuation tricks disappear. */
export function compactGuardText(text: string): string {
  return normalizeGuardText(text).replace(NOT_LETTER_OR_DIGIT, "");
}

/** How long a shared run must be to count as quoting: a run of CJK characters carries more per character. */
export interface QuoteLength {
  latin: number;
  cjk: number;
}

/** A UTF-16 unit of a CJK ideograph (a surrogate is never one, so a window of such units is all CJK characters). */
const isCjkUnit = (unit: number): boolean => (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);

/** Every window of a compact text that is long enough to be a quote (CJK-only windows are shorter). */
export function quoteWindows(compact: string, length: QuoteLength): string[] {
  const windows: string[] = [];
  for (let at = 0; at + length.latin <= compact.length; at++) windows.push(compact.slice(at, at + length.latin));
  // A window is all CJK when the run of CJK units ending at its last unit is at least as long as the window.
  let run = 0;
  for (let end = 0; end < compact.length; end++) {
    run = isCjkUnit(compact.charCodeAt(end)) ? run + 1 : 0;
    if (end + 1 >= length.cjk && run >= length.cjk) windows.push(compact.slice(end + 1 - length.cjk, end + 1));
  }
  return windows;
}

/** The windows of a source, as a set to test a spoken line against. */
export function quoteIndex(source: string, length: QuoteLength): ReadonlySet<string> {
  return new Set(quoteWindows(compactGuardText(source), length));
}

/** The first of a line's windows (quoteWindows) the index holds: windows made once serve every index. */
export function firstQuoted(windows: readonly string[], index: ReadonlySet<string>): string | null {
  for (const window of windows) if (index.has(window)) return window;
  return null;
}

export function sharesQuote(compactLine: string, index: ReadonlySet<string>, length: QuoteLength): string | null {
  return firstQuoted(quoteWindows(compactLine, length), index);
}
