// The caller says its previous turn again, word for word or nearly, to whatever the customer said in between ("Store
// or courier?" – "I asked about a refund." – "Store or courier?"): a `repetition` at the second saying, unless the
// customer asked to hear it again.
import { similarity } from "../text/similarity.js";
import { tokenize } from "../text/tokenize.js";
import type { EvalContext } from "./context.js";
import type { Fault } from "./faults.js";

/** Two turns this close say the same thing (a word or two changed at most). */
const SAME_TURN = 0.85;
/** A turn of fewer words ("好的", "Okay, thanks") is a courtesy, said twice without looping. */
const MIN_WORDS = 2;

export function saidTwiceRunning(ctx: EvalContext): Fault[] {
  const faults: Fault[] = [];
  for (const turn of ctx.callerTurns) {
    const between = ctx.turns[turn.index - 1];
    const before = ctx.turns[turn.index - 2];
    if (between?.speaker !== "callee" || before?.speaker !== "caller") continue;
    if (tokenize(turn.text).length < MIN_WORDS || ctx.says(between.index, ctx.lang.repeatAsk)) continue;
    // A bare goodbye said again, or the opening asked again of someone who did not say who they are, is no loop.
    if (ctx.says(turn.index, ctx.lang.farewell) || ctx.says(turn.index, ctx.lang.identityAsk)) continue;
    if (similarity(turn.text, before.text) >= SAME_TURN) faults.push({ turn: turn.index, message: `says turn ${before.index} again to the customer's turn ${between.index}` });
  }
  return faults;
}
