// A call closed with the close the document writes first, for a call that ran its course ("booked", "约好了"), among
// other closes for early endings: the caller itself says the call reached its end, so a step before that close whose
// own figures (a price, a deadline, a duration no other step or close names) the caller never said was skipped,
// though no later step was said before the close. Wording alone is no proof there: real calls reword steps freely.
import { figuresIn, FigureIndex } from "../text/figures.js";
import { perScenario, type EvalContext } from "./context.js";
import { closingSaid, closingTable } from "./closing-said.js";
import { closingKinds } from "./ending.js";
import { numeralsAsDigits } from "./numerals-as-digits.js";
import { CONDITIONAL } from "./steps.js";

/** The caller turn of the close written for a call that ran its course, or null. */
export function closedAsDoneAt(ctx: EvalContext): number | null {
  return ctx.once("closedAsDoneAt", () => {
    const said = closingSaid(ctx);
    const kinds = closingKinds(ctx);
    // Only with closes for other endings beside it: then the first one names the call that ran its course.
    if (said === null || said.line !== 0 || closingTable(ctx.scenario).lines.length < 2 || kinds[0] !== "done" || kinds.every((k) => k === "done")) return null;
    return said.turn;
  });
}

/** Where a sentence of a step's text ends (a quoted line's closing mark included). */
const CLAUSE_END = /(?<=[.?!。？！"”；;])\s*/u;
/** Quote marks and spaces before a sentence's first word. */
const LEADING_MARKS = /^[\s"“「『(（]+/u;

/** A step's sentences up to its first question, that one included. */
function untilQuestion(pieces: readonly string[]): string[] {
  const asked = pieces.findIndex((piece) => QUESTION_END.test(piece));
  return asked < 0 ? [...pieces] : pieces.slice(0, asked + 1);
}

/** A sentence ending on a question mark (a closing quote after it allowed). */
const QUESTION_END = /[?？]["”」』]?\s*$/u;

/** A digit group with a leading zero (an area code) is a number to dial, not a step's matter. */
const DIALLING = /^0\d{2}/u;

/** Each step's figures no other step and no close names (bare small numbers left out), by 0-based step. */
function ownFigureTexts(ctx: EvalContext): readonly (readonly string[])[] {
  return perScenario(ctx.scenario, "closedAsDoneOwnFigures", () => {
    const texts = ctx.scenario.caller.steps.map((step) => [step.title, ...step.lines, ...(step.instructions ?? [])]);
    // What the step always says: its title and lines, without their conditional parts ("If anyone hasn't: …") and
    // without what follows a question it asks (said or not by the customer's answer).
    const always = ctx.scenario.caller.steps.map((step) => untilQuestion([step.title, ...step.lines].flatMap((text) => text.split(CLAUSE_END))).filter((piece) => !CONDITIONAL.test(piece.replace(LEADING_MARKS, ""))));
    return always.map((own, k) => {
      const others = new FigureIndex([...texts.filter((_, j) => j !== k).flat(), ...closingTable(ctx.scenario).lines]);
      return own.flatMap((text) => figuresIn(text)).filter((f) => !others.has(f) && !DIALLING.test(f.text) && !(f.unit === "" && f.value !== null && f.value < 10)).map((f) => f.text);
    });
  });
}

/** Step k (0-based) has figures of its own and no caller turn up to `until` says any of them. */
export function ownFiguresUnsaid(ctx: EvalContext, k: number, until: number): boolean {
  const own = ownFigureTexts(ctx)[k] ?? [];
  if (own.length === 0) return false;
  const index = new FigureIndex(own);
  return !ctx.callerTurns.some((t) => t.index <= until && figuresIn(numeralsAsDigits(t.text)).some((f) => index.has(f)));
}
