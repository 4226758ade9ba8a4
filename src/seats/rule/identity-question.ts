// What a caller line asks of the person on the phone: who they are ("Hi, is this <name>?") and which verification
// data ("your birth date", "the last four digits"), read with the language pack.
import type { LanguagePack, VerifyKind } from "../../lang/index.js";
import { byTextAndObject } from "./memo.js";

export function asksIdentity(text: string, customerName: string, pack: LanguagePack): boolean {
  if (!pack.document.identityQuestion.test(text)) return false;
  // "Is that Mrs <family name>?" asks for the customer: any part of a spaced name (given or family name) names them.
  const parts = customerName.trim().split(/[\s·]+/).filter((part) => part.length >= 2);
  // With no name to pin it, "请问您是来馆还，还是续借？" / "Are you coming in person, or online?" lays out a choice: it asks who
  // answered only in the pack's words for that ("请问是", "本人", "is this").
  if (customerName.trim() === "") return !pack.document.offersAlternative.test(text) || pack.document.identityCheck.test(text);
  return text.includes(customerName) || parts.some((part) => text.includes(part)) || pack.document.identityCheck.test(text);
}

/** A question that asks who answered, naming the customer or the pack's words for identity ("本人", "is this"): stricter
 *  than asksIdentity where the customer's name is unknown ("您是想约周四还是周五？" asks for a pick, not a person). */
export function asksWhoAnswered(text: string, customerName: string, pack: LanguagePack): boolean {
  if (!pack.document.identityQuestion.test(text)) return false;
  const parts = customerName.trim().split(/[\s·]+/).filter((part) => part.length >= 2);
  return pack.document.identityCheck.test(text) || parts.some((part) => text.includes(part));
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

/** Share of a quoted span the data's own name must fill for the quote to name that data ('last four digits'), not
 *  mention its word among others (a cake inscribed '…birthday…'). */
const QUOTED_NAME_SHARE = 0.5;

/** The line without the quoted words that only mention a kind of data (what a card or a label says). */
export function withoutMentions(text: string, pack: LanguagePack): string {
  const whole = text.trim();
  const names = [pack.document.asksVerification, ...pack.document.verifyKinds.map((k) => k.asked)];
  return text.replace(pack.document.quoted, (span) => {
    if (span.trim() === whole) return span;
    const inner = span.slice(1, -1);
    const named = Math.max(0, ...names.map((name) => inner.match(name)?.[0]?.length ?? 0));
    return named >= QUOTED_NAME_SHARE * inner.length ? span : "";
  });
}

/** The line asks for verification data (a quoted mention of it asks nothing). Remembered: both seats ask it of every line. */
export const asksForData = byTextAndObject(readsAsAskingForData);

function readsAsAskingForData(text: string, pack: LanguagePack): boolean {
  const line = withoutMentions(text, pack);
  // Any kind of the pack's verification table asks too ("the first line of your address"), not only the general words.
  return pack.document.asksVerification.test(line);
}

/**
 * Said while asking who answered (the opening, its follow-up), a request for any kind of the pack's verification table
 * ("the first line of your address") is verification too; elsewhere only the general words are (a removal firm asking
 * for the new address is doing its task).
 */
export function asksForDataAtIdentity(text: string, pack: LanguagePack): boolean {
  const line = withoutMentions(text, pack);
  return asksForData(text, pack) || pack.document.verifyKinds.some((kind) => kind.asked.test(line));
}

/** The data the line's last asking sentence wants (the first kind of the pack's ordered table that matches). A
 *  sentence that requests (a question mark, "please") goes before one that only names data ("no match: say no
 *  address"), which is a direction about the data, not the request. Remembered. */
export const askedData = byTextAndObject(readAskedData);

function readAskedData(text: string, pack: LanguagePack): AskedData | null {
  const naming = text.split(/(?<=[。！!.？?])\s*/).filter((s) => asksForData(s, pack) || pack.document.verifyKinds.some((k) => k.asked.test(withoutMentions(s, pack)))).reverse();
  const requests = (s: string): boolean => pack.document.request.test(s);
  const sentences = [...naming.filter(requests), ...naming.filter((s) => !requests(s))];
  for (const sentence of sentences) {
    for (const kind of pack.document.verifyKinds) {
      const m = kind.asked.exec(withoutMentions(sentence, pack));
      if (m === null) continue;
      const word = m[1];
      const count = word === undefined ? (kind.name === "lastDigits" ? LAST_DIGITS_DEFAULT : null) : Number(word) || (pack.document.countWords[word.toLowerCase()] ?? LAST_DIGITS_DEFAULT);
      return { kind, count, sentence };
    }
  }
  return null;
}
