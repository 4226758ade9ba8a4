// `no-closing`: the call ends on the caller's side without a goodbye or closing line. `wrong-closing`: the closing
// said belongs to another ending than the one that happened (a "thanks for your feedback" close to someone who was
// busy, a customer-specific close to the wrong person). A customer who hangs up leaves the caller no turn to close in.
import type { Check } from "../schema/index.js";
import { tokenize } from "../text/tokenize.js";
import { THRESHOLDS } from "./thresholds.js";
import { perScenario, type EvalContext } from "./context.js";
import { bestLine } from "./segments.js";
import { closingKinds, endingOf, type EndingKind } from "./ending.js";
import { faultCheck, notApplicable } from "./faults.js";
import { isConditionalStep, matchSteps } from "./steps.js";
import { stepContentSaid } from "./step-content.js";
import { closingSaid, onlyCourtesy } from "./closing-said.js";

export { closingSaid } from "./closing-said.js";

/** A bare goodbye is an answer to the caller's wrap-up, not the customer ending the call. */
const BARE_GOODBYE_TOKENS = 3;

/**
 * A bare "okay" / "嗯" to a caller's wrap-up that asked nothing ("Right, that's all then." – "Um, okay."): the caller
 * let the call end there without a close, the customer only heard it out.
 */
function hearsOutWrapUp(ctx: EvalContext, last: { index: number; text: string }): boolean {
  const before = ctx.turns[last.index - 1];
  return before?.speaker === "caller" && !ctx.says(before.index, ctx.lang.question) && ctx.lang.bareAck.test(ctx.low(last.index));
}

/** The customer had the last word (and did not leave a question open): the caller had no turn left to close in. */
function customerEnded(ctx: EvalContext): boolean {
  const last = ctx.turns[ctx.turns.length - 1];
  // "Go ahead." hands the word back: the caller, not the customer, let the call end there.
  if (last === undefined || last.speaker !== "callee" || ctx.says(last.index, ctx.lang.question) || ctx.says(last.index, ctx.lang.goOn)) return false;
  if (hearsOutWrapUp(ctx, last)) return false;
  return !(ctx.says(last.index, ctx.lang.farewell) && tokenize(last.text).length <= BARE_GOODBYE_TOKENS);
}

export function noClosingCheck(ctx: EvalContext): Check {
  const lastCaller = ctx.callerTurns[ctx.callerTurns.length - 1];
  if (lastCaller === undefined) return notApplicable("no-closing", "the caller never spoke");
  if (closingSaid(ctx) !== null) return faultCheck("no-closing", [], "the caller closed the call");
  if (customerEnded(ctx)) return faultCheck("no-closing", [], "the customer ended the call before the caller could close");
  return faultCheck("no-closing", [{ turn: lastCaller.index, message: "the caller's last turn has no closing or goodbye" }], "");
}

/** Does any turn of the call show an early ending of this kind? */
function showsKind(ctx: EvalContext, kind: EndingKind): boolean {
  const cue = { short: [ctx.lang.busy, ctx.lang.inWriting], callback: [ctx.lang.callback], refused: [ctx.lang.refusal, ctx.lang.suspicion] }[kind as "short" | "callback" | "refused"];
  return cue !== undefined && ctx.turns.some((t) => cue.some((c) => ctx.says(t.index, c)));
}

/** Every step the script owes (conditional ones aside) was said, by its line or in other words: nothing was cut short. */
function everyStepSaid(ctx: EvalContext): boolean {
  const said = stepContentSaid(ctx);
  const script = ctx.scenario.caller.steps;
  return matchSteps(ctx).every((d, i) => d.turn !== null || (said[i] ?? 0) >= THRESHOLDS.stepContent || isConditionalStep(script[i] ?? { title: "", lines: [] }));
}

/**
 * The customer's turn right before the close shows one of the cues. "行，就这样" / "OK, that's it" to the caller's
 * read-back agrees to what was read back: it ends nothing early, whatever word it ends with.
 */
function lastWordShows(ctx: EvalContext, closeTurn: number, cues: readonly RegExp[]): boolean {
  const before = ctx.turns[closeTurn - 1];
  if (before?.speaker !== "callee" || !cues.some((cue) => ctx.says(before.index, cue))) return false;
  const readBack = ctx.turns[before.index - 1];
  // A plain yes to the read-back ("对，就这样") agrees as much as an "okay".
  const agrees = readBack?.speaker === "caller" && ctx.says(readBack.index, ctx.lang.summary) && (ctx.says(before.index, ctx.lang.consent) || ctx.lang.affirm.test(ctx.low(before.index)));
  return !agrees || ctx.says(before.index, ctx.lang.busy) || ctx.says(before.index, ctx.lang.callback);
}

/** The customer's turn right before the close states (does not ask) what the cue says. */
function lastWordStates(ctx: EvalContext, closeTurn: number, cue: RegExp): boolean {
  const before = ctx.turns[closeTurn - 1];
  if (before?.speaker !== "callee") return false;
  return ctx.sentencesOf(before.index).some((s) => cue.test(s) && !ctx.lang.question.test(s));
}

/**
 * The customer's last word asks for it in writing ("你发我短信吧", "just text me"). "行，我回短信" / "OK, I'll text you
 * back" agrees to the way the caller set out and ends nothing early.
 */
function asksInWriting(ctx: EvalContext, closeTurn: number): boolean {
  return lastWordStates(ctx, closeTurn, ctx.lang.inWriting) && !ctx.says(closeTurn - 1, ctx.lang.consent);
}

/** An early ending the document has a close for, or the customer calling off what the close confirms. */
type OpenEnding = EndingKind | "cancelled";

/** Customer turns before the closing that carry the customer's last word on the matter. */
const LAST_WORD_TURNS = 2;

/**
 * An ending the document has its own closing for that the customer's last words before the close show: leaving now,
 * no more calls, the problem still there, the decision left open. Read from the customer's turns only, never from the
 * close said.
 */
function openEnding(ctx: EvalContext, closeTurn: number, kinds: readonly EndingKind[]): OpenEnding | null {
  // The customer's very last word: going now ("有活了，先挂了"), "just text me", or "don't call again".
  const later = kinds.find((kind) => kind === "short" || kind === "callback");
  if (later !== undefined && !everyStepSaid(ctx) && (lastWordShows(ctx, closeTurn, [ctx.lang.busy, ctx.lang.callback, ctx.lang.hangUp]) || asksInWriting(ctx, closeTurn))) {
    return kinds.includes("short") && asksInWriting(ctx, closeTurn) ? "short" : later;
  }
  if (kinds.includes("refused") && lastWordShows(ctx, closeTurn, [ctx.lang.noMoreCalls])) return "refused";
  // The customer called it off ("I'll cancel then", "单子给我取消了吧"): the close of a finished call confirms what
  // did not happen, whatever the script offers instead.
  if (lastWordStates(ctx, closeTurn, ctx.lang.cancel)) return "cancelled";
  const last = ctx.calleeTurns.filter((t) => t.index < closeTurn).slice(-LAST_WORD_TURNS);
  // A "不满意" answering a rating question is a rating, not a complaint left open.
  const rated = (index: number): boolean => {
    const asked = ctx.turns[index - 1];
    return asked?.speaker === "caller" && ctx.says(asked.index, ctx.lang.ratingAsk);
  };
  const shows = (cue: RegExp, inRating = true): boolean => last.some((t) => (inRating || !rated(t.index)) && ctx.says(t.index, cue));
  if (kinds.includes("unresolved") && (shows(ctx.lang.unresolved) || shows(ctx.lang.complaint, false))) return "unresolved";
  if (kinds.includes("undecided") && shows(ctx.lang.hedge)) return "undecided";
  return null;
}

/**
 * The close is a goodbye line the document wrote inside a step ("Step 7: … close: 'That's everything, … Bye now.'")
 * rather than among its closings: a close of the script, not a bare goodbye.
 */
function closesFromSteps(ctx: EvalContext, turn: number): boolean {
  const lines = perScenario(ctx.scenario, "stepFarewellLines", () => ctx.scenario.caller.steps.flatMap((step) => step.lines).filter((line) => ctx.lang.farewell.test(line.toLowerCase())));
  const text = ctx.turns[turn]?.text ?? "";
  // "好，拜拜" shares only its goodbye with such a line.
  return lines.length > 0 && !onlyCourtesy(ctx, text) && bestLine(text, lines).score >= THRESHOLDS.closingLine;
}

/** The customer turn right after the close, when it protests it (surprise, "I didn't…", "it's not sorted"). */
function protestAfter(ctx: EvalContext, closeTurn: number): number | null {
  const next = ctx.turns[closeTurn + 1];
  if (next?.speaker !== "callee" || ctx.callerTurns.at(-1)?.index !== closeTurn) return null;
  // A read-back in the close that the customer corrects ("I didn't say nine", "我没说快递啊") is a false claim and a
  // close for an ending that did not happen alike: supervisors charge both.
  const corrects = ctx.says(next.index, ctx.lang.correction) || ctx.lang.closeProtest.test(ctx.low(next.index));
  const protests = corrects || ctx.says(next.index, ctx.lang.unresolved);
  return protests ? next.index : null;
}

export function wrongClosingCheck(ctx: EvalContext): Check {
  const said = closingSaid(ctx);
  if (said === null) return faultCheck("wrong-closing", [], "no closing said (see no-closing)");
  const kinds = closingKinds(ctx);
  const ending = endingOf(ctx);
  // The close of a finished call said where the customer left the problem or the decision open, and the document has
  // a close for that.
  const open = said.line >= 0 && kinds[said.line] === "done" && ending.kind === "done" ? openEnding(ctx, said.turn, kinds) : null;
  if (open !== null) {
    return faultCheck("wrong-closing", [{ turn: said.turn, message: `closing line ${said.line + 1} is for a finished call, but the customer left it "${open}"` }], "", {
      ending: open,
      said: said.line + 1,
      saidKind: "done",
    });
  }
  // The customer's next words protest the close ("Boarding passes? I just cancelled.", "啊？不是，我说取消……"): it
  // told them something that did not happen, whatever ending the talk before it looked like.
  // A bare goodbye protested ("...That's it?") closed a call that was not over, as much as a scripted line.
  const protest = protestAfter(ctx, said.turn);
  if (protest !== null) {
    return faultCheck("wrong-closing", [{ turn: said.turn, message: `closing line ${said.line + 1} is met with a protest (turn ${protest})` }], "", {
      ending: ending.kind,
      said: said.line + 1,
      saidKind: kinds[said.line] ?? "done",
    });
  }
  // A close read with its template blank ("booked for [day]", "我X点再打给您") tells the customer nothing it should.
  if (ctx.lang.placeholder.test(ctx.low(said.turn))) {
    return faultCheck("wrong-closing", [{ turn: said.turn, message: "the close is read with a template blank left in it" }], "", { ending: ending.kind, said: said.line + 1 });
  }
  if (said.line < 0) {
    // A bare goodbye where the script says what to do for this early ending (confirm the channel, leave a message).
    // A customer who said goodbye first ("forget it, bye") or says they are hanging up is owed a goodbye back, not the script's line.
    const before = ctx.turns[said.turn - 1];
    const customerLeft = before?.speaker === "callee" && (ctx.says(before.index, ctx.lang.farewell) || ctx.says(before.index, ctx.lang.hangUp));
    const owed = !customerLeft && ending.kind !== "left" && ending.kind !== "wrong-person" && kinds.includes(ending.kind) && !closesFromSteps(ctx, said.turn);
    return faultCheck(
      "wrong-closing",
      owed ? [{ turn: said.turn, message: `only a goodbye, where the script has a closing for the "${ending.kind}" ending` }] : [],
      "a plain goodbye; the script has no own line for this ending",
      { ending: ending.kind },
    );
  }
  const saidKind = kinds[said.line] ?? "done";
  // The script may have no line for what happened: then any of its lines is the nearest it offers, except that a
  // wrong person must not hear a close written for the customer.
  // A customer who breaks off to go ("有活了，先挂了") is owed the script's close for a call put off till later, busy
  // or callback alike; read from the customer's last word before the close only.
  const brokeOff = (ending.kind === "short" || ending.kind === "callback") && lastWordShows(ctx, said.turn, [ctx.lang.busy, ctx.lang.callback, ctx.lang.hangUp]);
  const hasOwn = kinds.includes(ending.kind) || (brokeOff && kinds.some((kind) => kind === "short" || kind === "callback"));
  if (ending.kind === "left") return faultCheck("wrong-closing", [], "the customer left; any closing is a courtesy");
  // The said line's ending shown anywhere in the call (a callback the caller proposed and the customer took) fits too.
  const shown = saidKind !== "done" && saidKind !== "wrong-person" && showsKind(ctx, saidKind);
  // A closing written for an early ending is not held against the caller on a call read as complete (the talk may
  // show the early ending in words no cue knows), nor an early close for a cousin early ending (busy vs callback);
  // what supervisors fail is the "thank you for everything" close on a call cut short, and any close written for
  // the customer said to someone else.
  const early = saidKind !== "done";
  const fits =
    saidKind === ending.kind ||
    shown ||
    (early && ending.kind === "done") ||
    (early && saidKind !== "wrong-person" && ending.kind !== "wrong-person") ||
    (!hasOwn && ending.kind !== "wrong-person");
  return faultCheck(
    "wrong-closing",
    fits ? [] : [{ turn: said.turn, message: `closing line ${said.line + 1} is for a "${saidKind}" ending, but the call ended "${ending.kind}"` }],
    `closing line ${said.line + 1} fits the "${ending.kind}" ending`,
    { ending: ending.kind, endingFrom: ending.from, said: said.line + 1, saidKind },
  );
}
