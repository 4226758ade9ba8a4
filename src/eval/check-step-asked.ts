// A script step that checks a datum ("核对下单日期（…）", "Check the order code") is done by asking for
// it, in whatever words: no line of the step need be said. Where no line matched, the step is delivered by the
// caller's last question between the steps around it (after the opening, before the next step said) that the customer
// answers.
import type { EvalContext } from "./context.js";
import { checkStepIndexes } from "./identity-rule.js";
import type { StepDelivery } from "./steps.js";
import { THRESHOLDS } from "./thresholds.js";

/** A step whose title names a check (or the identity step the document describes). */
function isDatumCheck(ctx: EvalContext, k: number): boolean {
  const step = ctx.scenario.caller.steps[k];
  return step !== undefined && (checkStepIndexes(ctx).has(k + 1) || ctx.lang.checkWord.test(step.title.toLowerCase()));
}

/**
 * The caller turn asks the customer something (a question, or a request to tell it: "说下您的会员号" with no question
 * mark), is not a goodbye, and the customer answers rather than asks back.
 */
function asksAndIsAnswered(ctx: EvalContext, index: number): boolean {
  if (!(ctx.says(index, ctx.lang.question) || ctx.says(index, ctx.lang.tellAsk)) || ctx.says(index, ctx.lang.farewell)) return false;
  const reply = ctx.turns[index + 1];
  return reply?.speaker === "callee" && !ctx.says(reply.index, ctx.lang.question);
}

export function byCheckQuestion(ctx: EvalContext, deliveries: readonly StepDelivery[]): StepDelivery[] {
  const opening = ctx.callerTurns[0]?.index ?? 0;
  return deliveries.map((d, k) => {
    if (d.turn !== null || !isDatumCheck(ctx, k)) return d;
    const before = Math.max(opening, ...deliveries.slice(0, k).map((e) => e.turn ?? -1));
    const next = deliveries.slice(k + 1).filter((e) => e.turn !== null && e.byClose !== true).map((e) => e.turn ?? Infinity);
    // Only between two steps said: a question with no step after it may be anything (a message left, a goodbye).
    const until = Math.min(...next);
    if (!Number.isFinite(until)) return d;
    // The last such question: the one right before the next step said (steps between may have taken the earlier ones).
    const asked = ctx.callerTurns.findLast((t) => t.index > before && t.index < until && asksAndIsAnswered(ctx, t.index));
    return asked === undefined ? d : { step: d.step, turn: asked.index, score: THRESHOLDS.stepLine };
  });
}
