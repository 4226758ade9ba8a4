// Lines the rule caller builds from the document: a choice read back, what of a held opening no step says, and
// whether an answer speaks of the customer's own figures.
import type { CallerPlan } from "./caller-plan.js";
import { fill, type LanguagePack } from "../../lang/index.js";
import { figuresOf } from "./memo.js";
import { hasTemplateMark, namedInScript, optionOf } from "./claim-guard.js";
import { coverage, similarity } from "../../text/similarity.js";

/** An answer that states a figure of the customer's profile (a sum, a date, a period) is a detail of theirs. */
export function speaksOfProfile(plan: CallerPlan, text: string): boolean {
  const profile = figuresOf(plan.scenario.caller.customerProfile.join("\n"));
  return figuresOf(text).some((f) => profile.some((p) => p.unit === f.unit && (p.value === null ? p.text === f.text : p.value === f.value)));
}

/** The customer's choice or time read back in the caller's words ("Tuesday afternoon, noted"), when it is short. */
export function readBack(plan: CallerPlan, said: string): string | null {
  const choice = plan.pack.grammar.addressed(optionOf(said, plan));
  const units = plan.pack.speech.units(choice);
  if (units === 0 || units > READ_BACK_UNITS || /[？?]/.test(choice) || hasTemplateMark(choice)) return null;
  return fill(plan.pack.caller.readBack, { choice: namedInScript(plan, choice) ? choice : plan.pack.grammar.lowerFirst(choice) });
}


/** A held opening sentence this close to a step's line is said by that step, in its place; only the rest is said after the yes. */
const STEP_SAYS_IT = 0.5;

export function heldBeyondSteps(plan: CallerPlan, held: string | null): string | null {
  if (held === null) return null;
  const own = held
    .split(/(?<=[。！？!?])\s*|(?<=\.)\s+/)
    .filter((sentence) => sentence.trim() !== "" && !plan.stepLines.some((line) => Math.max(coverage(line, sentence), similarity(sentence, line)) >= STEP_SAYS_IT));
  return own.length > 0 ? own.join(plan.pack.speech.joiner) : null;
}

/** A choice longer than this is acknowledged, not read back. */
const READ_BACK_UNITS = 12;

/** A line said again: what it told or asked, without the thanks it opened with for the reply before it (the
 *  identity just checked, a rating or pick noted), which answered that reply and would not make sense twice. */
export function withoutReplyThanks(line: string, pack: LanguagePack): string {
  const { acknowledge, verified } = pack.caller;
  const thanks = [verified, acknowledge.rating, acknowledge.choice, acknowledge.time, acknowledge.plain].map((p) => `${p}${pack.speech.joiner}`);
  let rest = withoutPreface(line, pack);
  for (let found = thanks.find((p) => rest.startsWith(p)); found !== undefined; found = thanks.find((p) => rest.startsWith(p))) rest = rest.slice(found.length);
  return rest.trim() === "" ? line : rest;
}

/** A line said again after an earlier repeat: its content, never the preface twice. */
export function withoutPreface(line: string, pack: LanguagePack): string {
  const prefaces = [pack.caller.acknowledge.repeat, pack.caller.acknowledge.hearing].map((p) => `${p}${pack.speech.joiner}`);
  let rest = line;
  for (let found = prefaces.find((p) => rest.startsWith(p)); found !== undefined; found = prefaces.find((p) => rest.startsWith(p))) rest = rest.slice(found.length);
  return rest;
}
