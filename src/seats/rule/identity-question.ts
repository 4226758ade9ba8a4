// What a caller line asks of the person on the phone: who they are ("Hi, is this <name>?") and which verification
// data ("your birth date", "the last four digits"), read with the language pack.
import type { LanguagePack, VerifyKind } from "../../lang/index.js";

export function asksIdentity(text: string, customerName: string, pack: LanguagePack): boolean {
  if (!pack.document.identityQuestion.test(text)) return false;
  const first = customerName.trim().split(/[\s·]/)[0] ?? "";
  return customerName === "" || text.includes(customerName) || (first.length >= 2 && text.includes(first)) || pack.document.identityCheck.test(text);
}

/** The kind of verification data a caller line asks for, and for "the last N digits" how many. */
export interface AskedData {
  kind: VerifyKind;
  /** Digits asked for (lastDigits), else null. */
  count: number | null;
  /** The sentence that asks (its words pick the matching item of a profile). */
  sentence: string;
}

/** Default length of "the last digits" when the line names no count. */
const LAST_DIGITS_DEFAULT = 4;

/** The data the line's last asking sentence wants (the first kind of the pack's ordered table that matches). */
export function askedData(text: string, pack: LanguagePack): AskedData | null {
  const sentences = text.split(/(?<=[。！!.？?])\s*/).filter((s) => pack.document.asksVerification.test(s) || pack.document.verifyKinds.some((k) => k.asked.test(s)));
  for (const sentence of sentences.reverse()) {
    for (const kind of pack.document.verifyKinds) {
      const m = kind.asked.exec(sentence);
      if (m === null) continue;
      const word = m[1];
      const count = word === undefined ? (kind.name === "lastDigits" ? LAST_DIGITS_DEFAULT : null) : Number(word) || (pack.document.countWords[word.toLowerCase()] ?? LAST_DIGITS_DEFAULT);
      return { kind, count, sentence };
    }
  }
  return null;
}
