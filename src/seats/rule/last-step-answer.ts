// A follow-up on what the caller just said (a sum, a time or a day asked again or asked for instead) that no
// source answers clearly on its words: the sentence of the step just said holding the kind of answer asked about.
import type { LanguagePack } from "../../lang/index.js";
import { typesAsked, typesHeld } from "./answer-terms.js";

/** The first of the step's sentences holding every kind of answer the question asks for or names; null when none. */
export function lastStepAnswer(pack: LanguagePack, question: string, sentences: readonly string[]): string | null {
  // A question naming a kind of answer asks about it too: a day named after the slots were offered.
  const asked = new Set([...typesAsked(question, pack), ...typesHeld(question, pack)]);
  if (asked.size === 0) return null;
  return sentences.find((sentence) => {
    const held = typesHeld(sentence, pack);
    return [...asked].every((type) => held.has(type));
  }) ?? null;
}
