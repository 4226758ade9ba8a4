// A verification the customer failed: the caller asked for a datum the record holds, the answer states another one,
// and the caller went on with the customer's business instead of asking again or closing. Read from the call and the
// record alone, whatever the script says about who to ask: a check done and failed binds the caller that did it.
import { perScenario, type EvalContext } from "./context.js";
import { documentTexts } from "./identity-rule.js";
import { sentences } from "./segments.js";
import { asksVerification, contradictsRecord } from "./verification.js";

/**
 * The caller turn that went on after a failed verification, or null when none did. Only a check asked once the person
 * had confirmed who they are: where the check is the confirmation, going on before it passed is `disclosure`'s.
 */
export function wentOnAfterFailedCheck(ctx: EvalContext, confirmedAt: number | null): number | null {
  if (confirmedAt === null) return null;
  for (const ask of ctx.callerTurns) {
    if (ask.index < confirmedAt) continue;
    if (!asksVerification(ctx, ctx.low(ask.index))) continue;
    const answer = ctx.turns[ask.index + 1];
    if (answer === undefined || answer.speaker === "caller" || !contradictsRecord(ctx, answer.index, ctx.low(ask.index), documentLines(ctx))) continue;
    const next = ctx.callerTurns.find((t) => t.index > answer.index);
    if (next === undefined || !goesOn(ctx, next.index)) continue;
    return next.index;
  }
  return null;
}

/**
 * The caller's turn after the failed answer carries on: it neither asks for the datum again (or another one), nor
 * asks back about the answer, nor closes the call.
 */
function goesOn(ctx: EvalContext, index: number): boolean {
  const low = ctx.low(index);
  return !asksVerification(ctx, low) && !ctx.lang.farewell.test(low) && !ctx.lang.repeatAsk.test(low) && !ctx.sentencesOf(index).some((s) => ctx.lang.question.test(s) && s.length <= SHORT_QUESTION_CHARS);
}

/** A question this short right after the answer asks about it ("Sorry, the ninth?", "几号？"). */
const SHORT_QUESTION_CHARS = 16;

/** Every sentence of the document: the datum to check may stand in a note or a step rather than in the record. */
function documentLines(ctx: EvalContext): readonly string[] {
  return perScenario(ctx.scenario, "documentSentences", () => documentTexts(ctx.scenario).flatMap((text) => text.split("\n").flatMap((line) => sentences(line))));
}
