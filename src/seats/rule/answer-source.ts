// Where the answer to a customer's question lies in the caller's side of the document: a knowledge-base entry,
// a script step's line, a customer-profile fact, or nowhere (then the caller says so honestly).
import type { CallerPlan } from "./caller-plan.js";
import type { KbMatch, KbMatcher } from "./kb-match.js";
import { scriptAnswer } from "./script-answer.js";
import { normalQuery } from "./query-normal.js";

export type AnswerSource =
  | { kind: "kb"; index: number; score: number }
  | { kind: "step"; step: number; sentence: string }
  | { kind: "fact"; text: string }
  | { kind: "none" };

/** The step (1-based) whose line holds `sentence`. */
function stepOf(plan: CallerPlan, sentence: string): number {
  const index = plan.stepLines.findIndex((line) => line.includes(sentence));
  return index + 1;
}

/** Scores a script sentence or profile fact must reach to answer a question. */
const STEP_THRESHOLD = 0.4;
const FACT_THRESHOLD = 0.4;

function best(index: KbMatcher, question: string, threshold: number): { index: number; score: number } | null {
  const top = index.rank(question, 1)[0];
  return top !== undefined && top.score >= threshold ? top : null;
}

export interface AnswerContext {
  kbAnswered?: readonly number[];
  kbLast?: readonly number[];
}

/** The best source for a question: the knowledge base first, then the script, then the customer's profile. */
export function answerSource(plan: CallerPlan, question: string, context: AnswerContext = {}): AnswerSource {
  const kb: KbMatch | null = plan.kb.match(question, context.kbAnswered, context.kbLast);
  if (kb !== null) return { kind: "kb", index: kb.index, score: kb.score };
  const step = best(plan.stepIndex, question, STEP_THRESHOLD);
  const fact = best(plan.factIndex, question, FACT_THRESHOLD);
  if (step !== null && (fact === null || step.score >= fact.score)) {
    const found = plan.stepSentences[step.index];
    if (found !== undefined) return { kind: "step", step: found.step, sentence: found.sentence };
  }
  if (fact !== null) {
    const text = plan.profileSentences[fact.index];
    if (text !== undefined) return { kind: "fact", text };
  }
  const sentence = scriptAnswer(normalQuery(question, plan.pack), plan.stepLines, plan.pack);
  if (sentence !== null) return { kind: "step", step: stepOf(plan, sentence), sentence };
  return { kind: "none" };
}
