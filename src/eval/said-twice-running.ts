// The caller says its previous turn again, word for word or nearly ("Store or courier?" – "I asked about a refund." –
// "Store or courier?"; a list read twice to a "Got it"): a `repetition` at the second saying. Not when the customer
// asked to hear it again or asked a figure back ("8元？"), nor an offer made again to a customer still deciding ("not
// sure"), nor a put-off said again (the deflected-answer check charges each), nor a read-back ("to confirm: …") of
// what was just said, nor a question asked again after a reply that missed it (a third saying is the repetition
// check's).
import { similarity } from "../text/similarity.js";
import { tokenize } from "../text/tokenize.js";
import { memoByText } from "../util/bounded-memo.js";
import type { EvalContext } from "./context.js";
import type { Fault } from "./faults.js";
import { spokenValues } from "./spoken-values.js";

/** Two turns this close say the same thing (a word or two changed at most). */
const SAME_TURN = 0.85;
/** A turn of fewer words besides its figures ("好的", "Okay, thanks", "号码是 …") is a courtesy or a number given again. */
const MIN_WORDS = 2;

/** A text's words that hold no digit, counted once per text (rule calls say the same turns call after call). */
const wordsBesideDigits = memoByText((text: string): number => tokenize(text).filter((w) => !/\d/u.test(w)).length, 20_000);

export function saidTwiceRunning(ctx: EvalContext): Fault[] {
  const faults: Fault[] = [];
  for (const turn of ctx.callerTurns) {
    const between = ctx.turns[turn.index - 1];
    const before = ctx.turns[turn.index - 2];
    if (between?.speaker !== "callee" || before?.speaker !== "caller") continue;
    if (wordsBesideDigits(turn.text) < MIN_WORDS || ctx.says(between.index, ctx.lang.repeatAsk)) continue;
    if (ctx.says(between.index, ctx.lang.hedge) || ctx.says(turn.index, ctx.lang.summary)) continue;
    if (ctx.says(turn.index, ctx.lang.deflection)) continue;
    // A question asked again after a reply that did not answer it ("Shop or delivery?" – "Any evening.") clarifies;
    // asked again over the customer's own question or objection, it talks past them.
    const asksAgain = ctx.lang.question.test(ctx.sentencesOf(turn.index).at(-1) ?? "");
    const pressed = ctx.says(between.index, ctx.lang.question) || ctx.says(between.index, ctx.lang.correction) || ctx.says(between.index, ctx.lang.unanswered);
    if (asksAgain && !pressed) continue;
    if (ctx.sentencesOf(between.index).some((s) => ctx.lang.question.test(s) && spokenValues(s).size > 0)) continue;
    // A bare goodbye said again, or the opening asked again of someone who did not say who they are, is no loop.
    if (ctx.says(turn.index, ctx.lang.farewell) || ctx.says(turn.index, ctx.lang.identityAsk)) continue;
    if (similarity(turn.text, before.text) >= SAME_TURN) faults.push({ turn: turn.index, message: `says turn ${before.index} again to the customer's turn ${between.index}` });
  }
  return faults;
}
