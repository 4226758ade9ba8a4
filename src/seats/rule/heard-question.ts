// A line that asks with a question mark but that no dialogue act reads as a question ("要钱不？", "card's fine?"):
// the caller still looks for its answer where the document holds it, and answers when one source does; with
// nothing there, the line stays what it was read as (the caller does not put off what was not asked).
import { answerSource } from "./answer-source.js";
import type { CallerPlan } from "./caller-plan.js";
import { saidStep } from "./said-step.js";
import type { Reading } from "./understand.js";
import type { CallState } from "../seat.js";

export function heardQuestion(plan: CallerPlan, state: CallState, text: string, reading: Reading): Reading {
  if (reading.question !== null || !reading.cues.has("question") || reading.acts.some((act) => act !== "other")) return reading;
  const previous = [...state.turns].reverse().find((t) => t.speaker === "caller");
  const answer = answerSource(plan, text, { kbAnswered: state.kbAnswered, kbLast: previous?.kb ?? [], lastStep: previous?.step ?? saidStep(plan, previous?.text) });
  if (answer.kind === "none") return reading;
  const kb = answer.kind === "kb" ? { index: answer.index, score: answer.score } : null;
  return {
    ...reading,
    question: { answer, kb, also: null, close: null },
    patches: [...reading.patches, { kind: "question", text, kb: kb?.index ?? null, answered: true }],
  };
}
