// A step offering quoted options ("问她要「A」还是「B」", 'ask whether she wants "A" or "B"') comes out of the reader as
// its quoted pieces alone, each a short fragment: they are the options the customer chooses between, asked in the
// pack's words ("您看是 A 还是 B？"), never read out one after another nor replaced by the step's title.
import { fill, type LanguagePack } from "../../lang/index.js";

/** Options a step may offer (more are a list of something else). */
const OPTIONS_MAX = 4;
/** A fragment longer than this (in the pack's units, times its label size) is a line, not an option. */
const OPTION_LABELS_MAX = 2;
/** Sentence marks an option never holds. */
const SENTENCE_MARK = /[，。？！,.?!：:；;…]/u;

/** The options a step's lines are, when every line is a short fragment and there are two to four of them; else []. */
export function quotedOptions(lines: readonly string[], pack: LanguagePack): string[] {
  const kept = lines.map((line) => line.trim()).filter((line) => line !== "");
  if (kept.length < 2 || kept.length > OPTIONS_MAX) return [];
  const option = (line: string): boolean => !SENTENCE_MARK.test(line) && pack.speech.units(line) <= OPTION_LABELS_MAX * pack.speech.labelUnits;
  return kept.every(option) ? kept : [];
}

/** The question offering the options, in the pack's words. */
export function optionsQuestion(options: readonly string[], pack: LanguagePack): string {
  const head = options.slice(0, -1).join(pack.caller.optionList);
  return fill(pack.caller.offerOptions, { options: `${head}${pack.caller.optionOr}${options.at(-1) ?? ""}` });
}

/** Quoted spans a line needs before its quote marks are an offer's (one quote is a phrase the writer marks). */
const QUOTED_OPTIONS_MIN = 2;

/** A spoken line offering quoted options ('whether you want "A" or "B"', "要「A」还是「B」"): the marks are the
 *  writer's, not speech; the options are said without them. Other lines are unchanged. */
export function unquotedOffer(line: string, pack: LanguagePack): string {
  const spans = [...line.matchAll(pack.document.quoted)].filter((m) => pack.speech.units(m[0].slice(1, -1)) <= OPTION_LABELS_MAX * pack.speech.labelUnits);
  if (spans.length < QUOTED_OPTIONS_MIN || !pack.document.offersAlternative.test(line)) return line;
  return spans.reduce((said, m) => said.replace(m[0], m[0].slice(1, -1).trim()), line);
}
