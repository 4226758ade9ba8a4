// Streams the "utterance" field of a JSON reply as it arrives, one finished sentence at a time, and stops
// before any sentence that fails the check (an invented figure is never shown, even for a moment).

/** The (possibly unfinished) string value of "utterance" in partial JSON text, or null if not started. */
export function partialUtterance(raw: string): string | null {
  const match = /"utterance"\s*:\s*"/.exec(raw);
  if (match === null) return null;
  let out = "";
  for (let i = match.index + match[0].length; i < raw.length; i++) {
    const char = raw[i] as string;
    if (char === '"') return out;
    if (char !== "\\") {
      out += char;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) return out;
    if (next === "u") {
      const hex = raw.slice(i + 2, i + 6);
      if (hex.length < 4) return out;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += next === "n" ? "\n" : next === "t" ? "\t" : next === "r" ? "\r" : next === "b" || next === "f" ? "" : next;
    i++;
  }
  return out;
}

const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s)/g;

export class UtteranceStream {
  private raw = "";
  private emitted = "";
  private stopped = false;

  constructor(
    private readonly onDelta: ((delta: string) => void) | undefined,
    private readonly isSafe: (sentence: string) => boolean,
  ) {}

  /** A new attempt (retry or regeneration) starts a fresh raw buffer; what was shown stays shown. */
  restart(): void {
    this.raw = "";
  }

  feed(rawDelta: string): void {
    if (this.onDelta === undefined || this.stopped) return;
    this.raw += rawDelta;
    const utterance = partialUtterance(this.raw);
    if (utterance === null || !utterance.startsWith(this.emitted)) return;
    let end = -1;
    for (const m of utterance.slice(this.emitted.length).matchAll(SENTENCE_END)) end = this.emitted.length + m.index + m[0].length;
    if (end < 0) return;
    const sentences = utterance.slice(this.emitted.length, end);
    if (!this.isSafe(sentences)) {
      this.stopped = true;
      return;
    }
    this.emit(sentences);
  }

  /** The final text as spoken: show whatever of it was not shown yet (when it continues what was shown). */
  finish(text: string): void {
    if (this.onDelta === undefined) return;
    if (text.startsWith(this.emitted) && text.length > this.emitted.length) this.emit(text.slice(this.emitted.length));
  }

  private emit(delta: string): void {
    this.emitted += delta;
    this.onDelta?.(delta);
  }
}
