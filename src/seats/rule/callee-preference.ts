// A persona that says which of the offered things suits it ("Mondays are no good, so she'd rather have the Friday")
// picks by it: each option is weighed by the persona's clauses that name a word of its own (a word no other option
// holds), a clause ruling it out against it, a clause wanting it for it. Nothing said either way: no preference.
import type { LanguagePack } from "../../lang/index.js";
import { tokenize } from "../../text/tokenize.js";

/** Latin words sharing this many leading letters are one word in two forms ("Fridays" / "Friday"). */
const STEM = 4;
/** Where a persona's sentence breaks into clauses that each say one thing ("…, so …", "…，所以…"). */
const CLAUSE_BREAK = /[,;:，；：。.!?！？—–]|\s-\s|\b(?:so|but|because|and|though|while)\b|所以|但是|因为|不过/iu;
const HAN = /\p{Script=Han}/u;

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (HAN.test(a) || HAN.test(b)) return false;
  return a.length >= STEM && b.length >= STEM && a.slice(0, STEM) === b.slice(0, STEM);
}

/** The words of an option that tell it apart from the others: long enough, not everyday words, in no other option. */
function ownWords(option: string, others: readonly string[], pack: LanguagePack): string[] {
  const light = new Set(pack.hearing.lightWords.flatMap((w) => tokenize(w)));
  const otherWords = others.flatMap((o) => tokenize(o));
  return tokenize(option).filter((w) => w.length >= 2 && !light.has(w) && !/^\d+$/u.test(w) && !otherWords.some((o) => sameWord(w, o)));
}

/** The options the persona's own text leans to (all of them when it says nothing that tells them apart). */
export function preferred<T extends { text: string }>(options: readonly T[], personaText: string, pack: LanguagePack): readonly T[] {
  if (options.length < 2) return options;
  const clauses = personaText.split(CLAUSE_BREAK).map((c) => c.trim()).filter((c) => c !== "").map((c) => ({ text: c, words: tokenize(c) }));
  const scores = options.map((option) => {
    const own = ownWords(option.text, options.filter((o) => o !== option).map((o) => o.text), pack);
    if (own.length === 0) return 0;
    let score = 0;
    for (const clause of clauses) {
      if (!clause.words.some((w) => own.some((o) => sameWord(w, o)))) continue;
      if (pack.document.rulesOutOption.test(clause.text)) score--;
      else if (pack.document.prefersOption.test(clause.text)) score++;
    }
    return score;
  });
  const best = Math.max(...scores);
  if (best === Math.min(...scores)) return options;
  return options.filter((_, i) => scores[i] === best);
}
