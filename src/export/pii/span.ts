// A found piece of personal data: where it is in the text, what kind, and the value that identifies it
// (the same person's number written two ways gets one placeholder).

export type PiiKind = "NAME" | "PHONE" | "EMAIL" | "ID" | "CARD" | "ADDRESS" | "PLATE";

export interface PiiSpan {
  start: number;
  end: number;
  kind: PiiKind;
  /** Normalised value: digits only for numbers, lower case for e-mails. */
  key: string;
}

/** Full-width digits, letters and signs become ASCII one character for one, so offsets stay valid. */
export function asciiView(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Keeps the earliest, then longest, of overlapping spans. */
export function dropOverlaps(spans: readonly PiiSpan[]): PiiSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PiiSpan[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && span.start < last.end) {
      if (span.end - span.start > last.end - last.start && span.start === last.start) kept[kept.length - 1] = span;
      continue;
    }
    kept.push(span);
  }
  return kept;
}
