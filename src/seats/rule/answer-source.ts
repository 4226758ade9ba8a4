// Where the answer to a customer's question lies in the caller's side of the document: a knowledge-base entry,
// a script step's line, a customer-profile fact, or nowhere (then the caller says so honestly).
import type { CallerPlan } from "./caller-plan.js";
import type { KbMatch } from "./kb-match.js";
import { scriptAnswer } from "./script-answer.js";
import { tokenize } from "../../text/tokenize.js";

export type AnswerSource =
  | { kind: "kb"; index: number; score: number }
  | { kind: "step"; step: number; sentence: string }
  | { kind: "fact"; text: string }
  | { kind: "none" };

/** Shared content words a profile line needs, and the share of the question's words it must cover. */
const FACT_MIN_SHARED = 2;
const FACT_MIN_COVER = 0.3;

function factAnswer(question: string, profile: readonly string[]): string | null {
  const wanted = new Set(tokenize(question).filter((t) => !/^\d+$/.test(t)));
  if (wanted.size === 0) return null;
  let best: string | null = null;
  let bestShared = 0;
  for (const line of profile) {
    const have = new Set(tokenize(line));
    let shared = 0;
    for (const token of wanted) if (have.has(token)) shared++;
    if (shared >= FACT_MIN_SHARED && shared / wanted.size >= FACT_MIN_COVER && shared > bestShared) {
      best = line;
      bestShared = shared;
    }
  }
  return best;
}

/** The step (1-based) whose line holds `sentence`. */
function stepOf(plan: CallerPlan, sentence: string): number {
  const index = plan.stepLines.findIndex((line) => line.includes(sentence));
  return index + 1;
}

export interface AnswerContext {
  kbAnswered?: readonly number[];
  kbLast?: readonly number[];
}

/** The best source for a question: the knowledge base first, then the script, then the customer's profile. */
export function answerSource(plan: CallerPlan, question: string, context: AnswerContext = {}): AnswerSource {
  const kb: KbMatch | null = plan.kb.match(question, context.kbAnswered, context.kbLast);
  if (kb !== null) return { kind: "kb", index: kb.index, score: kb.score };
  const sentence = scriptAnswer(question, plan.stepLines, plan.pack);
  if (sentence !== null) return { kind: "step", step: stepOf(plan, sentence), sentence };
  const fact = factAnswer(question, plan.scenario.caller.customerProfile);
  if (fact !== null) return { kind: "fact", text: fact };
  return { kind: "none" };
}
