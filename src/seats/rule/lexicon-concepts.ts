// The pack's everyday-word lexicon as concept classes: one pattern per idea, built once per pack, so a question
// and a document entry that word the same idea differently ("how much" / "fee") share a `#` term in the ranking.
import type { Concepts, LanguagePack, LexiconConcept } from "../../lang/index.js";

const built = new WeakMap<LanguagePack, Concepts>();

/** The lexicon's ideas as `[id, pattern]` pairs (ids apart from the pack's hand-made concept classes). */
export function lexiconConcepts(pack: LanguagePack): Concepts {
  const known = built.get(pack);
  if (known !== undefined) return known;
  const { groups, phrase } = pack.hearing.lexicon;
  const concepts = (Object.keys(groups) as LexiconConcept[]).map((id) => [`lex.${id}`, new RegExp(`(?:${groups[id].map((entry) => phrase(entry.toLowerCase())).join("|")})`)] as const);
  built.set(pack, concepts);
  return concepts;
}
