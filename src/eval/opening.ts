// `opening`: where the script gives an opening (or a first step) in which the caller introduces itself, the caller's
// first words do so too: its name or organisation with an introduction. Real calls often start with the customer's
// "喂？" / "Hello?" and a greeting, so the opening window is the caller's first two turns, unless the customer had to
// ask who was calling in between.
import type { Check } from "../schema/index.js";
import { mentionsName, mentionsOrganization } from "./names.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { bestLine, sentences } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import { faultCheck, notApplicable } from "./faults.js";
import { tokenize } from "../text/tokenize.js";
import { claimsCustomer } from "./self-as-customer.js";

const OPENING_TURNS = 2;

/** The script's sentences in which the caller introduces itself. */
function introLines(ctx: EvalContext): string[] {
  const caller = ctx.scenario.caller;
  return perScenario(ctx.scenario, "introLines", () =>
    [caller.opening ?? "", ...(caller.steps[0]?.lines ?? [])].flatMap((line) => sentences(line)).filter((s) => ctx.lang.selfIntro.test(s.toLowerCase()) || mentionsName(s, caller.name)),
  );
}

/** A turn that only asks for the person ("您好，请问是王先生吗？", not "Hey Ola, got a minute?"), greetings aside. */
function onlyAsksForPerson(ctx: EvalContext, text: string): boolean {
  const asks = (s: string): boolean => ctx.lang.identityLine.test(s) || (mentionsName(s, ctx.scenario.callee.name) && ctx.lang.identityAsk.test(s));
  const parts = sentences(text.toLowerCase());
  return parts.some(asks) && parts.every((s) => asks(s) || tokenize(s).length <= GREETING_TOKENS);
}
const GREETING_TOKENS = 2;

/**
 * The introduction was owed in the first turn when the customer had to ask who is calling ("Who's this?", "哪位？"),
 * unless that turn only asked for the person where the script itself asks so in a line of its own (and introduces next).
 */
function introOwedFirst(ctx: EvalContext, first: { index: number; text: string }, second: { index: number } | undefined): boolean {
  const askedWho = ctx.calleeTurns.some((t) => t.index > first.index && (second === undefined || t.index < second.index) && ctx.says(t.index, ctx.lang.whoIsCalling));
  if (!askedWho) return false;
  const caller = ctx.scenario.caller;
  const scriptAsksApart = perScenario(ctx.scenario, "asksForPersonApart", () =>
    [caller.opening ?? "", ...(caller.steps[0]?.lines ?? [])].some((line) => line.trim() !== "" && onlyAsksForPerson(ctx, line)),
  );
  return !(scriptAsksApart && onlyAsksForPerson(ctx, first.text));
}

export function openingCheck(ctx: EvalContext): Check {
  const caller = ctx.scenario.caller;
  const scripted = perScenario(ctx.scenario, "scriptIntroduces", () =>
    [caller.opening ?? "", ...(caller.steps[0]?.lines ?? [])].some((line) => ctx.lang.selfIntro.test(line.toLowerCase()) || mentionsName(line, caller.name)),
  );
  if (!scripted) return notApplicable("opening", "the script gives no self-introduction");
  const first = ctx.callerTurns[0];
  if (first === undefined) return faultCheck("opening", [{ turn: null, message: "the caller never spoke" }], "");
  const window = ctx.callerTurns.slice(0, introOwedFirst(ctx, first, ctx.callerTurns[1]) ? 1 : OPENING_TURNS);
  const text = window.map((t) => t.text).join(" ");
  const saysName = mentionsName(text, caller.name);
  const saysOrganization = caller.organization !== null && mentionsOrganization(text, caller.organization);
  const cue = window.some((t) => ctx.says(t.index, ctx.lang.selfIntro));
  // The script's own introduction said in its words: introduced, whatever name or organisation the reader took from
  // the document (a document that names neither, "the hotline's follow-up officer"; or a name read wrongly).
  // A script whose introduction is only "<organisation> <name>" (no "this is", "我是") is followed by saying it so.
  const scriptWords = (cue || saysName) && perScenarioText(ctx.scenario, "introScore", text, () => bestLine(text, introLines(ctx)).score) >= THRESHOLDS.opening;
  const introduced = ((saysName || saysOrganization) && (cue || (saysName && saysOrganization))) || scriptWords;
  const posing = window.map((t) => ({ turn: t.index, clause: claimsCustomer(ctx, t.index) })).find((p) => p.clause !== null);
  const faults = introduced ? [] : [{ turn: first.index, message: "the caller did not introduce itself (name or organisation)" }];
  if (posing !== undefined) faults.push({ turn: posing.turn, message: `the caller introduces itself as the customer ("${posing.clause}")` });
  return faultCheck(
    "opening",
    faults,
    "the caller introduced itself",
    { saysName, saysOrganization },
  );
}
