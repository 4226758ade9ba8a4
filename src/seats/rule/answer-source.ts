// Where the answer to a customer's question lies in the caller's side of the document: a knowledge-base entry,
// a script step's line, a customer-profile fact, or nowhere (then the caller says so honestly).
import type { CallerPlan } from "./caller-plan.js";
import { scriptAnswer } from "./script-answer.js";
import { normalQuery } from "./query-normal.js";

export type AnswerSource =
  | { kind: "kb"; index: number; score: number }
  | { kind: "step"; step: number; sentence: string }
  | { kind: "fact"; text: string }
  | { kind: "none" };

export interface AnswerContext {
  kbAnswered?: readonly number[];
  kbLast?: readonly number[];
}

/** The best source for a question among the knowledge base, the script's statements and the customer's profile. */
export function answerSource(plan: CallerPlan, question: string, context: AnswerContext = {}): AnswerSource {
  const found = plan.answers.choose(question, context.kbLast ?? [], context.kbAnswered ?? []);
  if (found === null) {
    // A definition question: the script's own definition sentence, when nothing ranks clearly.
    if (!plan.pack.hearing.asksDefinition.test(question)) return { kind: "none" };
    const sentence = scriptAnswer(normalQuery(question, plan.pack), plan.stepLines, plan.pack);
    const step = sentence === null ? 0 : plan.stepLines.findIndex((line) => line.includes(sentence)) + 1;
    return sentence === null || step === 0 ? { kind: "none" } : { kind: "step", step, sentence };
  }
  const c = found.candidate;
  if (c.kind === "kb") return { kind: "kb", index: c.index, score: found.score };
  if (c.kind === "step") return { kind: "step", step: c.step, sentence: c.sentence };
  return { kind: "fact", text: c.text };
}
