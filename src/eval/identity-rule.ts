// Whether the document has the caller confirm who answered before any detail, read from the whole document: every
// section of either side (a rules section the reader set aside among the extras included, and text the reader set
// aside altogether, quoted in its warnings), the task's prose, step titles and the script's order. The scorer reads
// this itself: a reader that missed the rule must not leave the scorer blind to it too.
import type { Scenario, Step } from "../schema/index.js";
import { perScenario, type EvalContext } from "./context.js";
import { asksVerification } from "./verification.js";
import { bestLine, sentences } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";

/** Text the reader set aside, as its warnings quote it ('…'). */
const QUOTED = /'([^']{4,})'/gu;

/** Every text of the document the scorer can see, lower-cased: both sides, every section, the reader's set-aside text. */
export function documentTexts(scenario: Scenario): readonly string[] {
  const caller = scenario.caller;
  const callee = scenario.callee;
  const texts = [
    caller.task,
    caller.role,
    caller.opening ?? "",
    // A rule line the reader glued onto the record is still the document's.
    ...caller.customerProfile,
    ...caller.steps.flatMap((step) => [step.title, ...step.lines, ...(step.instructions ?? []), ...(step.branches ?? [])]),
    ...caller.knowledgeBase.flatMap((entry) => [entry.question, entry.answer]),
    ...caller.endConditions,
    ...caller.closingLines,
    ...caller.extraSections.flatMap((section) => [section.title, section.body]),
    ...(caller.exampleLines ?? []),
    ...callee.extraSections.flatMap((section) => [section.title, section.body]),
    ...scenario.diagnostics.flatMap((d) => [...d.message.matchAll(QUOTED)].map((m) => m[1] ?? "")),
  ];
  return texts.filter((text) => text !== "").map((text) => text.toLowerCase());
}

/** A step that does the identity check: its title names the check, or its lines ask for proof of who answered. */
function isCheckStep(ctx: EvalContext, step: Step): boolean {
  const title = step.title.toLowerCase();
  return ctx.lang.identityRule.test(title) || ctx.lang.identityTitle.test(title) || step.lines.some((line) => asksVerification(ctx, line.toLowerCase()));
}

/**
 * The 1-based index of the script's identity step, when the script has one with some step after it (the steps after
 * it are the customer's business, to be said only once the check passed); null when none.
 */
export function identityStepIndex(ctx: EvalContext): number | null {
  return perScenario(ctx.scenario, "identityStep", () => {
    const steps = ctx.scenario.caller.steps;
    const k = steps.findIndex((step) => isCheckStep(ctx, step));
    return k < 0 || k >= steps.length - 1 ? null : k + 1;
  });
}

/**
 * The 1-based indexes of every step that does or names the identity check. The first step greets and names whom it
 * asks for ("Greet… check you're speaking to Mr X", "确认是X本人"); a later one may be the check itself ("2. Identity
 * check: ask for the postcode"): a turn that asks for the datum delivers whichever of them no line matched.
 */
export function checkStepIndexes(ctx: EvalContext): ReadonlySet<number> {
  return perScenario(ctx.scenario, "checkSteps", () => new Set(ctx.scenario.caller.steps.flatMap((step, k) => (isCheckStep(ctx, step) || namesDatumCheck(ctx, step) ? [k + 1] : []))));
}

/** "b) Postcode check (…)", "核对生日": a check word beside a datum the language knows as proof of who answered. */
function namesDatumCheck(ctx: EvalContext, step: Step): boolean {
  const text = [step.title, ...step.lines].join(" ").toLowerCase();
  const checks = [...text.matchAll(globalOf(ctx.lang.checkWord))].map((m) => [m.index, m.index + m[0].length] as const);
  if (checks.length === 0) return false;
  // Beside each other ("postcode check", "check the postcode"), not a step that confirms a choice and names a datum later.
  return ctx.lang.verifyKinds.some((kind) => [...text.matchAll(globalOf(kind.ask))].some((m) => checks.some(([from, to]) => Math.max(from - (m.index + m[0].length), m.index - to) <= DATUM_BESIDE_CHECK_CHARS)));
}

/** How far apart a check word and its datum may stand and still name one check ("check the postcode"). */
const DATUM_BESIDE_CHECK_CHARS = 10;

const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let out = GLOBAL.get(pattern);
  if (out === undefined) GLOBAL.set(pattern, (out = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`)));
  return out;
}

/** Does any text of the document state the identity rule or name the check (a rule in prose, a step title, a note)? */
export function documentAsksIdentity(ctx: EvalContext): boolean {
  return perScenario(ctx.scenario, "documentAsksIdentity", () => documentTexts(ctx.scenario).some((text) => sentences(text).some((s) => ctx.lang.identityRule.test(s))));
}

/** Does the identity step ask for proof (a datum), not only who answered? */
export function identityStepVerifies(ctx: EvalContext): boolean {
  const k = identityStepIndex(ctx);
  const step = k === null ? undefined : ctx.scenario.caller.steps[k - 1];
  return step !== undefined && step.lines.some((line) => asksVerification(ctx, line.toLowerCase()));
}

/**
 * A caller turn (its text) says the lines of the script's own identity step, placed after the opening (asked in the step's own words, whatever form
 * the ask takes: "Could you give me the postcode the parcel is addressed to?"): it asks who answered.
 */
export function saysIdentityStep(ctx: EvalContext, text: string): boolean {
  const k = identityStepIndex(ctx);
  const lines = k === null ? [] : (ctx.scenario.caller.steps[k - 1]?.lines ?? []);
  // A turn that says goodbye leaves a message or closes: it asks nothing of whoever answered.
  if (k === null || k < 2 || lines.length === 0 || ctx.lang.farewell.test(text.toLowerCase())) return false;
  return bestLine(text, lines).score >= THRESHOLDS.stepLine;
}
