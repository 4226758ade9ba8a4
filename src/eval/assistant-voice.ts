// `assistant-voice`: the callee sounded like an assistant ("作为AI", "很高兴为您服务", "happy to help") rather than
// a person taking a call. This scores the simulated customer, not the caller.
import type { Check } from "../schema/index.js";
import { ASSISTANT_VOICE } from "./cues.js";
import { turnList, type EvalContext } from "./context.js";

export function assistantVoiceCheck(ctx: EvalContext): Check {
  const hits: { turn: number; phrase: string }[] = [];
  for (const turn of ctx.calleeTurns) {
    const match = ASSISTANT_VOICE.exec(turn.text);
    if (match !== null) hits.push({ turn: turn.index, phrase: match[0] });
  }
  return {
    id: "assistant-voice",
    passed: hits.length === 0,
    severity: "minor",
    message:
      hits.length === 0
        ? "the customer sounded like a person"
        : `the customer sounded like an assistant: ${hits.map((h) => `"${h.phrase}" (turn ${h.turn})`).join(", ")}`,
    turns: turnList(hits.map((h) => h.turn)),
    details: { hits },
  };
}
