// A paragraph's sentences, quotes kept whole: a sentence ends at a stop outside quotes ("。", "!", ". " but not after
// "Mr."), and after a closing quote when what follows opens a condition or a new sentence ("…” If she declines, …").

const CLOSE: Record<string, string> = { "“": "”", "「": "」", "『": "』", "\"": "\"" };
const STOPS = new Set(["。", "！", "？", "!", "?", "；", ";"]);
/** Titles whose full stop ends no sentence. */
const TITLE_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|St|No|vs|etc|e\.g|i\.e)$/u;
/** After a closing quote: a condition or a capital opens the next sentence (commas and stops between dropped). */
const OPENS_AFTER_QUOTE = /^[\s,，、。.;；]*(?=若|如果|假如|要是|[A-Z])/u;

export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let close: string | null = null;
  const cut = (end: number, next: number): void => {
    const piece = text.slice(start, end).trim();
    if (piece !== "") out.push(piece);
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (close !== null) {
      if (c !== close) continue;
      close = null;
      const gap = OPENS_AFTER_QUOTE.exec(text.slice(i + 1, i + 12));
      // A stop right after the quote belongs to its sentence; a comma before a condition is dropped.
      if (gap !== null) {
        const stop = /^[。.!！?？]/u.test(text[i + 1] ?? "") ? 1 : 0;
        cut(i + 1 + stop, i + 1 + gap[0].length);
        i = start - 1;
      } else if (/[。！？!?]/u.test(text[i - 1] ?? "") && /\p{Script=Han}/u.test(text[i + 1] ?? "")) cut(i + 1, i + 1);
      // "…说“再见。”用户可能会问…": a quote that ends on its own stop, Chinese text straight after it, ends its sentence.
      continue;
    }
    if (CLOSE[c] !== undefined) close = CLOSE[c] as string;
    else if (STOPS.has(c)) cut(i + 1, i + 1);
    else if (c === "." && /\s/.test(text[i + 1] ?? " ") && !TITLE_BEFORE.test(text.slice(Math.max(0, i - 6), i))) cut(i + 1, i + 1);
  }
  cut(text.length, text.length);
  return out;
}
