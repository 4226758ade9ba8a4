// An enumerated offer ("有两种：一是换新，…；二是维修，…", "first, renew; second, …"): its options are
// the words after each marker up to the first clause break, read the same way by the caller and the customer.
import type { LanguagePack } from "../../lang/index.js";
import { byTextAndObject } from "./memo.js";

/** Markers an offer needs before it counts as a list of options (one "first," is a sentence, not a list). */
const ITEMS_MIN = 2;

/** The options an enumerated sentence lists, each its item's first clause; empty when it lists fewer than two. */
export function enumeratedOptions(sentence: string, pack: LanguagePack): string[] {
  const pieces = sentence.split(pack.document.enumeration);
  if (pieces.length - 1 < ITEMS_MIN) return [];
  return pieces
    .slice(1)
    .map((item) => (item.split(pack.speech.clauseBreak).find((clause) => clause.trim() !== "") ?? "").replace(/[，,、；;：:。.？?！!\s]+$/u, "").trim())
    .filter((item) => item !== "");
}

/** Does the sentence list options by enumeration? */
export const enumerates = (sentence: string, pack: LanguagePack): boolean => enumeratedOptions(sentence, pack).length >= ITEMS_MIN;

/** The times and dates a text names, in order ("11 月 12 日", "上午", "Tuesday morning"). */
export const timesIn = (text: string, pack: LanguagePack): string[] => [...text.matchAll(pack.document.timePhrase)].map((m) => m[0].trim()).filter((t) => t !== "");

/** Times a sentence must name to lay out the slots a yes/no question before it offers. */
const LAID_OUT_TIMES_MIN = 2;

/** "Shall I book the next visit? There's Monday at 9, or Thursday at two.": the sentence after a question
 *  that lays out two or more slots, as the caller and the customer both hear it (undefined: none does). */
export function slotsLaidOut(after: readonly string[], pack: LanguagePack): string | undefined {
  const sentence = after.find((s) => pack.document.offersAlternative.test(s) && timesIn(s, pack).length >= LAID_OUT_TIMES_MIN);
  // The slots from the first time on: "There's" is the lead-in, not part of an option.
  const first = sentence === undefined ? -1 : sentence.search(pack.document.timePhrase);
  return sentence === undefined ? undefined : sentence.slice(Math.max(0, first));
}

/** A question that itself names two or more times as alternatives ("<day one>, or <day two> -- …?") asks for one of
 *  them, whatever words it asks with. Read the same way by both seats. */
export const offersTimes: (question: string, pack: LanguagePack) => boolean = byTextAndObject(timesOffered);

// Remembered above: both seats ask it of the same step lines at every turn.
function timesOffered(question: string, pack: LanguagePack): boolean {
  const times = [...question.matchAll(pack.document.timePhrase)].filter((m) => m[0].trim() !== "");
  if (times.length < LAID_OUT_TIMES_MIN) return false;
  // The alternative joins two times ("<A>, or <B>", "<A>，或者<B>"), not a clause after them ("…at 9, still with the
  // same nurse, today…"): the next time follows it within a short word ("or on <B>").
  return times.slice(1).some((next, i) => {
    const prev = times[i];
    if (prev === undefined) return false;
    const between = question.slice(prev.index + prev[0].length, next.index);
    const alternative = [...between.matchAll(new RegExp(pack.document.offersAlternative.source, "giu"))].at(-1);
    return alternative !== undefined && between.length - (alternative.index + alternative[0].length) <= JOINED_GAP_CHARS;
  });
}

/** Characters an alternative may stand before the time it offers ("or on <B>"). */
const JOINED_GAP_CHARS = 4;
