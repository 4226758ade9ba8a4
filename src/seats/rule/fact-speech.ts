// What the caller reads out of its record or knowledge base, said as a sentence: a record line "Fee: none" is
// never read with its key, a field name ("contact_by", "lastVisit") is said in words, a note's key is left off, a
// line that names how the caller checks who answered is not said at all, and an answer's written label ("A:",
// "答复：") is never read aloud.
import { fill, type LanguagePack } from "../../lang/index.js";
import { extractFigures } from "../../text/figures.js";

/** "key: value" with a short key before the first colon (a sentence with a colon in its middle has a long "key"). */
const RECORD_LINE = /^\s*([^:：。.!?！？\n]{1,40}?)\s*[:：]\s*(\S.*)$/su;
/** Marks left at a line's end by the layout it was cut from ("…in the morning;"). */
const TRAILING_MARKS = /[\s;；,，:：、]+$/u;

/** A sentence ends in a full stop or another end mark. */
export function ended(text: string, pack: LanguagePack): string {
  const plain = text.trim().replace(TRAILING_MARKS, "");
  return plain === "" || /[。！？.!?…]$/u.test(plain) ? plain : `${plain}${pack.speech.fullStop}`;
}

/** A field name in words: "contact_by" → "contact by", "lastVisit" → "last visit", "**Fee**" → "fee". */
function keyWords(key: string): string {
  return key
    .replace(/[*_`#]+/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/-/g, " ")
    .replace(/\b([A-Z])([a-z]+)\b/g, (_, first: string, rest: string) => `${first.toLowerCase()}${rest}`)
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** A key that is a date or a time ("3 May", "5月3日"): the line tells what happened then. */
function isWhen(key: string): boolean {
  const figures = extractFigures(key);
  return figures.length > 0 && figures.every((f) => f.unit === "date" || f.unit === "time");
}

/** A record line as the caller says it: `sentence` the words, `framed` when they already open with the pack's frame for
 *  a record line (no "to be clear" before them); null when the line only tells the caller how to check who answered. */
export function spokenFact(text: string, pack: LanguagePack): { sentence: string; framed: boolean } | null {
  const written = text.replace(pack.document.answerLabel, "").trim();
  const addressed = pack.grammar.toListener(written);
  // "The customer prefers …" said to them opens the sentence as it did ("You prefer …").
  const plain = /^\p{Lu}/u.test(written) ? `${addressed.charAt(0).toUpperCase()}${addressed.slice(1)}` : addressed;
  const match = RECORD_LINE.exec(plain);
  const rawKey = match?.[1];
  const value = match?.[2];
  if (rawKey === undefined || value === undefined || pack.speech.units(rawKey) > pack.speech.labelUnits) return { sentence: ended(plain, pack), framed: false };
  const key = keyWords(rawKey);
  if (key === "") return { sentence: ended(value, pack), framed: false };
  if (pack.document.verifyKey.test(key)) return null;
  if (pack.document.noteKey.test(key)) return { sentence: ended(`${value.charAt(0).toUpperCase()}${value.slice(1)}`, pack), framed: false };
  const when = isWhen(rawKey);
  const sentence = fill(when ? pack.caller.recordLine.on : pack.caller.recordLine.about, { key: when ? rawKey.replace(/[*_`#]+/g, "").trim() : key, value: value.trim().replace(TRAILING_MARKS, "") });
  return { sentence: ended(sentence, pack), framed: true };
}

/** A knowledge-base answer as said: its written label off, its last sentence ended. */
export function spokenAnswer(answer: string, pack: LanguagePack): string {
  return ended(answer.replace(pack.document.answerLabel, ""), pack);
}
