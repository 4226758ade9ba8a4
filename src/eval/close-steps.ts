// Steps that are the script's alternative closes ("END(booked): '…bye'", "END(callback): '…bye'"): a flow export lists
// one close per ending among its steps; only the one for what happened is owed, and which one fits is wrong-closing's
// question, so none of them is a step the call went past.
import type { Step } from "../schema/index.js";
import { perScenario, type EvalContext } from "./context.js";

/** Two or more steps that each say goodbye in every line they have (the title when they have none). */
export function alternativeCloseSteps(ctx: EvalContext): ReadonlySet<number> {
  return perScenario(ctx.scenario, "alternativeCloseSteps", () => {
    const closes = ctx.scenario.caller.steps.filter((step) => saysGoodbye(ctx, step)).map((step) => step.index);
    return new Set(closes.length >= 2 ? closes : []);
  });
}

function saysGoodbye(ctx: EvalContext, step: Step): boolean {
  const lines = step.lines.length > 0 ? step.lines : [step.title];
  return lines.every((line) => ctx.lang.farewell.test(line.toLowerCase()));
}
