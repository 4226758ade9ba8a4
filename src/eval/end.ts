// `end`: which end condition the call ended under, and whether it fits what happened in the call
// (e.g. a "wrong person" condition after the customer confirmed who they are does not fit).
import type { Check } from "../schema/index.js";
import { endState } from "./end-state.js";
import { turnList, type EvalContext } from "./context.js";

export function endCheck(ctx: EvalContext): Check {
  const state = endState(ctx);
  const last = ctx.turns[ctx.turns.length - 1];
  const turns = turnList(last === undefined ? [] : [last.index]);
  const details = { by: ctx.call.end.by, side: state.side, condition: state.condition, inferred: state.inferred, kinds: state.kinds, evidence: state.evidence, reason: ctx.call.end.reason };
  if (state.side === null) {
    return { id: "end", passed: false, severity: "major", message: `the call ended without an end condition (${ctx.call.end.by}: ${ctx.call.end.reason})`, turns, details };
  }
  if (state.condition === null) {
    // A scenario that gives the ending side no conditions at all cannot be held to one.
    const side = state.side === "caller" ? ctx.scenario.caller.endConditions : ctx.scenario.callee.endConditions;
    if (side.length === 0) {
      return { id: "end", passed: true, severity: "info", message: `the scenario gives the ${state.side} no end conditions`, turns, details: { ...details, applicable: false } };
    }
    return { id: "end", passed: false, severity: "major", message: `the ${state.side} ended the call, but the scenario gives that side no end condition`, turns, details };
  }
  const conditions = state.side === "caller" ? ctx.scenario.caller.endConditions : ctx.scenario.callee.endConditions;
  const text = conditions[state.condition - 1] ?? "";
  const how = state.inferred ? "matches" : "recorded";
  const why = state.kinds.length === 0 ? "the conversation was not completed (identity unconfirmed, or the customer's last words asked to stop)" : `nothing in the call shows ${state.kinds.join(" or ")}`;
  const from = state.earlyExitFrom === null ? "" : ` (shown from turn ${state.earlyExitFrom})`;
  return {
    id: "end",
    passed: state.fits,
    severity: "major",
    message: state.fits
      ? `ended by the ${state.side} under condition ${state.condition} (${how})${from}: ${text}`
      : `ended by the ${state.side} under condition ${state.condition} (${how}), but ${why}: ${text}`,
    turns,
    details,
  };
}
