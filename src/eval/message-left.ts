// The message left with someone who is not the customer: where the document's closing for that ending gives a number
// to call back on, a message without it leaves the customer no way to call back, and the step that message is was
// not delivered (a supervisor fails "please ask her to call me back" with no number).
import { perScenario, type EvalContext } from "./context.js";
import { closingKinds, endingOf, kindOfText } from "./ending.js";
import { identityState } from "./identity.js";
import type { Fault } from "./faults.js";
import { closingTable } from "./closing-said.js";

/** A phone number as written (digits with spaces, dashes or brackets between them), read as its digits. */
const NUMBER = /\d[\d\s()\u2010-\u2015-]{4,}\d/gu;
/** Digits a callback number has at least (shorter runs are amounts, dates and short codes). */
const MIN_DIGITS = 6;

/** Caller turns a message to someone else takes at most (the message, then a goodbye to their reply). */
const MESSAGE_TURNS = 2;

const digitsOf = (text: string): string[] => [...text.matchAll(NUMBER)].map((m) => m[0].replace(/\D/gu, "")).filter((d) => d.length >= MIN_DIGITS);

/** The callback numbers of the document's closings and end conditions for someone else answering. */
function callbackNumbers(ctx: EvalContext): readonly string[] {
  return perScenario(ctx.scenario, "callbackNumbers", () => {
    const { lines: closingLines, conditions: endConditions } = closingTable(ctx.scenario);
    const kinds = closingKinds(ctx);
    const lines = closingLines.filter((_, i) => kinds[i] === "wrong-person");
    const conditions = endConditions.filter((text) => kindOfText(ctx.lang, text, ctx.scenario.callee.name) === "wrong-person");
    const forOthers = [...lines, ...conditions];
    return [...new Set(forOthers.flatMap(digitsOf))];
  });
}

/** The caller's first turn to a relative or colleague who answered, when no later turn gives the callback number. */
export function messageWithoutNumber(ctx: EvalContext): Fault[] {
  const other = identityState(ctx).otherAt;
  if (other === null || endingOf(ctx).kind !== "wrong-person") return [];
  // A wrong number is owed no message; a relative, colleague or assistant is asked to pass one on.
  const low = ctx.low(other);
  if (!ctx.lang.thirdParty.test(low) && low.match(ctx.lang.relation) === null) return [];
  const numbers = callbackNumbers(ctx);
  const after = ctx.callerTurns.filter((t) => t.index > other);
  const first = after[0];
  const last = after.at(-1);
  // A message is what ends the call there: a caller who talks on with that person is judged for what it disclosed.
  if (numbers.length === 0 || first === undefined || last === undefined || after.length > MESSAGE_TURNS || !ctx.says(last.index, ctx.lang.farewell)) return [];
  const said = after.map((t) => t.text.replace(/\D/gu, "")).join(" ");
  if (numbers.some((n) => said.includes(n))) return [];
  return [{ turn: first.index, message: `the message left with someone else gives no number to call back on (the document's: ${numbers.join(", ")})` }];
}
