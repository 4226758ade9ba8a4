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

/** The best source for a question among the knowledge base, the script's statements and the customer's profile. */
export function answerSource(plan: CallerPlan, question: string, context: AnswerContext = {}): AnswerSource {
  const found = plan.answers.choose(question, context.kbLast ?? [], context.kbAnswered ?? []);
  if (found !== null) {
    const c = found.candidate;
    if (c.kind === "kb") return { kind: "kb", index: c.index, score: found.score };
    if (c.kind === "step") return { kind: "step", step: c.step, sentence: c.sentence };
    return { kind: "fact", text: c.text };
  }
  return { kind: "none" };
}
