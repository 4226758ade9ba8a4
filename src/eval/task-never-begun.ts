// A call whose document gave the scorer no steps to read: with no steps to owe, a call in which almost nothing happened
// (the opening, then a goodbye) would pass every check. Every call has an errand (the task, read or not): it owes that.
import type { EvalContext } from "./context.js";
import { closingKinds, endingOf, firstEarlyCue } from "./ending.js";
import { closingSaid } from "./closing-said.js";
import type { Fault } from "./faults.js";

/** Caller turns of a call in which almost nothing happened: the opening and a goodbye. */
export const ALMOST_NOTHING_TURNS = 2;

/**
 * The task never begun: no steps were read, the caller said no more than an opening and a goodbye, and nothing ended
 * the call early (nobody was busy, refused, asked for a callback or was the wrong person; the close said is not one
 * written for an early ending). Charged at the caller's last turn, where the call was let go.
 */
export function taskNeverBegun(ctx: EvalContext): Fault[] {
  if (ctx.scenario.caller.steps.length > 0) return [];
  const last = ctx.callerTurns.at(-1);
  if (last === undefined || ctx.callerTurns.length > ALMOST_NOTHING_TURNS) return [];
  if (endingOf(ctx).kind !== "done" || firstEarlyCue(ctx) !== null) return [];
  const close = closingSaid(ctx);
  if (close !== null && close.line >= 0 && closingKinds(ctx)[close.line] !== "done") return [];
  return [{ turn: last.index, message: "the call's task was never begun, and nothing ended the call early" }];
}
