// "What would that look like?", "养护期是什么意思？": the customer asks what the caller's line means. That is a
// question to explain, never a request to hear the line again (said again word for word, it explains nothing).
import type { LanguagePack } from "../../lang/index.js";
import { tokenize } from "../../text/tokenize.js";
import { cjkBigrams } from "../../text/similarity.js";

/** Whether a customer's line asks what the caller's previous line (or a word of it) means. */
export function asksMeaning(text: string, pack: LanguagePack, prev: string | null): boolean {
  if (pack.hearing.refersBack.test(text) || pack.hearing.meaningTerm.test(text)) return true;
  const cue = pack.hearing.asksDefinition.exec(text);
  if (cue === null || prev === null) return false;
  // The words before the cue name what is asked about ("养护期是…", "what do you mean by …" after it): asked
  // about a word of the caller's own line, it asks what that line meant.
  const before = text.slice(0, cue.index);
  const after = text.slice(cue.index + cue[0].length);
  return namesWordOf(`${before} ${after}`, prev);
}

/** Whether a text holds a content word (or a Chinese character pair) of another. */
export function namesWordOf(text: string, other: string): boolean {
  const words = new Set(tokenize(other).filter((w) => w.length > 2));
  if (tokenize(text).some((w) => w.length > 2 && words.has(w))) return true;
  const pairs = cjkBigrams(other);
  return [...cjkBigrams(text)].some((pair) => pairs.has(pair));
}

/** The caller's line a "what does that mean?" is about: the last one for "that", else the latest that holds a word
 *  of the question; null when the line asks no meaning or names nothing the caller said. */
export function meantLine(text: string, pack: LanguagePack, callerLines: readonly string[]): string | null {
  const last = callerLines.at(-1) ?? null;
  if (!asksMeaning(text, pack, last)) return null;
  if (pack.hearing.refersBack.test(text)) return last;
  const cue = pack.hearing.asksDefinition.exec(text) ?? pack.hearing.meaningTerm.exec(text);
  const named = cue === null ? text : `${text.slice(0, cue.index)} ${text.slice(cue.index + cue[0].length)}`;
  return [...callerLines].reverse().find((line) => namesWordOf(named, line)) ?? null;
}
