// A message left with someone who answers for the customer says who rang and how to ring back, never what it is
// about: of the document's own closing for that case, the sentences that ask to pass it on, give the number, thank
// or say goodbye ("Could you ask her to ring us on 0100 000 000? It's about the invoice. Thanks, bye." loses its middle).
import type { LanguagePack } from "../../lang/index.js";

/** Where one sentence ends and the next starts; never after a short capitalised word ("Mr.", "Dr."), a title. */
const SENTENCE_END = /(?<=[。！？!?])\s*|(?<=(?<!\b[A-Z][a-z]{0,2})\.)\s+/u;
/** A sentence this short is a courtesy ("No problem.", "好的。"), not news. */
const COURTESY_UNITS_MAX = 3;
const FIGURE = /\d/;

export function relayOnly(line: string, pack: LanguagePack): string {
  const sentences = line.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s !== "");
  const kept = sentences.filter((s) => pack.document.endClasses.relative.test(s) || pack.caller.saysGoodbye.test(s) || FIGURE.test(s) || pack.speech.units(s) <= COURTESY_UNITS_MAX);
  // A message with nothing left to pass on (no ask, no number) is no message: the line as written.
  return kept.some((s) => pack.document.endClasses.relative.test(s) || FIGURE.test(s)) ? kept.join(pack.speech.joiner) : line;
}
