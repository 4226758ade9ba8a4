// Builders for the JSON the model seats expect, so scripted replies stay short and typed.
import type { CalleeTurnReply, CallerTurnReply } from "../../src/seats/llm/turn-schemas.js";

export function callerReply(fields: Partial<CallerTurnReply> & { utterance: string }): string {
  const full: CallerTurnReply = {
    step: null,
    kb: [],
    identity: "unknown",
    stepAnswer: null,
    question: null,
    complaint: null,
    suggestion: null,
    followUp: null,
    end: null,
    ...fields,
  };
  return JSON.stringify(full);
}

export function customerReply(utterance: string, end: CalleeTurnReply["end"] = null): string {
  const full: CalleeTurnReply = { utterance, end };
  return JSON.stringify(full);
}
