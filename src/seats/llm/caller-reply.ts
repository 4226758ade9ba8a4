// Turns the caller model's structured reply into the seat port's signals, dropping out-of-range numbers.
import type { CallerView, CallState, RecordPatch, SeatTurn } from "../seat.js";
import type { CallerTurnReply } from "./turn-schemas.js";

function inRange(value: number | null, count: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const n = Math.round(value);
  return n >= 1 && n <= count ? n : null;
}

export function callerRecord(reply: CallerTurnReply, scenario: CallerView, state: CallState): RecordPatch[] {
  const steps = scenario.caller.steps.length;
  const kbCount = scenario.caller.knowledgeBase.length;
  const patches: RecordPatch[] = [];
  if (reply.identity !== "unknown") {
    const confirmed = reply.identity === "confirmed";
    if (state.outcome.identityConfirmed !== confirmed) patches.push({ kind: "identity", confirmed });
  }
  const hasCustomerTurn = state.turns.some((t) => t.speaker === "callee");
  if (hasCustomerTurn) {
    const answerStep = reply.stepAnswer === null ? null : inRange(reply.stepAnswer.step, steps);
    if (reply.stepAnswer !== null && answerStep !== null && reply.stepAnswer.answer.trim() !== "") {
      patches.push({ kind: "stepAnswer", step: answerStep, answer: reply.stepAnswer.answer.trim() });
    }
    if (reply.question !== null && reply.question.text.trim() !== "") {
      const kb = inRange(reply.question.kb, kbCount);
      patches.push({ kind: "question", text: reply.question.text.trim(), kb: kb === null ? null : kb - 1, answered: reply.question.answered });
    }
    if (reply.complaint !== null && reply.complaint.trim() !== "") patches.push({ kind: "complaint", text: reply.complaint.trim() });
    if (reply.suggestion !== null && reply.suggestion.trim() !== "") patches.push({ kind: "suggestion", text: reply.suggestion.trim() });
    if (reply.followUp !== null) patches.push({ kind: "followUp", channel: reply.followUp.channel, contact: reply.followUp.contact });
  }
  return patches;
}

export function callerSignals(reply: CallerTurnReply, scenario: CallerView): Pick<SeatTurn, "step" | "kb" | "end"> {
  const kbCount = scenario.caller.knowledgeBase.length;
  const kb = [...new Set(reply.kb.map((k) => inRange(k, kbCount)).filter((k): k is number => k !== null).map((k) => k - 1))];
  return {
    step: inRange(reply.step, scenario.caller.steps.length),
    kb,
    end:
      reply.end === null
        ? null
        : { condition: inRange(reply.end.condition, scenario.caller.endConditions.length), reason: reply.end.reason, hangUp: true },
  };
}
