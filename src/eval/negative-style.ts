// `negative-style`: the callee said, or closely paraphrased, one of its own negative style examples.
// This scores the simulated customer, not the caller.
import type { Check } from "../schema/index.js";
import { bestLine } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import { turnList, type EvalContext } from "./context.js";
import { round } from "./steps.js";

export function negativeStyleCheck(ctx: EvalContext): Check {
  const negatives = ctx.scenario.callee.style.negative;
  if (negatives.length === 0) {
    return { id: "negative-style", passed: true, severity: "info", message: "the scenario gives no negative examples", turns: [], details: { applicable: false } };
  }
  const hits: { turn: number; example: number; score: number }[] = [];
  for (const turn of ctx.calleeTurns) {
    const hit = bestLine(turn.text, negatives);
    if (hit.score >= THRESHOLDS.negativeExample) hits.push({ turn: turn.index, example: hit.index + 1, score: round(hit.score) });
  }
  return {
    id: "negative-style",
    passed: hits.length === 0,
    severity: "minor",
    message:
      hits.length === 0
        ? "the customer never echoed a negative style example"
        : `the customer echoed negative examples: ${hits.map((h) => `#${h.example} at turn ${h.turn}`).join(", ")}`,
    turns: turnList(hits.map((h) => h.turn)),
    details: { hits },
  };
}
