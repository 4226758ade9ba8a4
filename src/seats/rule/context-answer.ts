// Questions the call's place answers, not their words: the times asked "again" are the step the caller just said,
// the call's purpose asked after the opening is the opening's own statement. Read before the ranking, as named rules.
import type { LanguagePack } from "../../lang/index.js";
import { lastStepAnswer } from "./last-step-answer.js";
import { typesAsked } from "./answer-terms.js";
import { stepAct } from "./step-act.js";

export interface ContextAnswer {
  step: number;
  sentence: string;
}

/** What a rule is told of the question and the step just said. */
interface Heard {
  pack: LanguagePack;
  question: string;
  /** The step's sentence holding every kind of answer the question asks for (null: none, or none asked). */
  typed: string | null;
  /** The question asks for a kind of answer (a sum, a date…). */
  asksType: boolean;
  /** The question names nothing (only question and light words), or names something the step's line says. */
  onTheStep: boolean;
}

interface ContextRule {
  name: string;
  when: (heard: Heard) => boolean;
  /** Which of the step's spoken sentences answers when the question names no kind of answer the step holds. */
  pick: "last" | "firstStatement";
}

/** A sentence led by a label or an arrow (a condition, a colon, then a direction) is a note to the caller. */
const NOTE_LEAD = /^\s*(?:→|->|[^:："“”]{1,40}[:：])/;
/** A sentence that asks (the line's own question to the customer). */
const ASKS = /[?？]\s*["”]?\s*$/;

/** Each rule answers from the step the caller's previous line delivered. A said-again question must fit that step
 *  (its words, and the kind of answer it asks for, are there): a deposit asked "again" after a line on times asks
 *  for the record instead. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  { name: "said-again", when: (h) => h.pack.hearing.asksSaidAgain.test(h.question) && h.onTheStep && (!h.asksType || h.typed !== null), pick: "last" },
  { name: "purpose", when: (h) => h.pack.hearing.asksPurpose.test(h.question), pick: "firstStatement" },
];

/** A line's sentences the caller says: a note to the caller in the line (what to do when another person answers)
 *  is never the answer. */
export function spokenSentences(pack: LanguagePack, sentences: readonly string[]): string[] {
  return sentences.filter((s) => !NOTE_LEAD.test(s) && stepAct(s, pack, [])?.kind !== "silent");
}

/**
 * The step just said, when a rule says the question asks for it: its sentence holding the kind of answer asked
 * for, else its last sentence that is no note to the caller (where a line's offer or question sits); null when no rule applies or no step was said.
 */
export function contextAnswer(pack: LanguagePack, question: string, lastStep: number | null | undefined, sentences: readonly string[], onTheStep: boolean): ContextAnswer | null {
  if (lastStep == null || sentences.length === 0) return null;
  const typed = lastStepAnswer(pack, question, sentences);
  const heard: Heard = { pack, question, typed, asksType: typesAsked(question, pack).length > 0, onTheStep };
  const rule = CONTEXT_RULES.find((r) => r.when(heard));
  if (rule === undefined) return null;
  const spoken = spokenSentences(pack, sentences);
  const sentence = typed ?? (rule.pick === "last" ? spoken[spoken.length - 1] : (spoken.find((s) => !ASKS.test(s)) ?? spoken[0]));
  return sentence === undefined ? null : { step: lastStep, sentence };
}
