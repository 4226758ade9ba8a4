// A script step written as a direction to the caller ("Read the booked day back to them.", "依照结束情形念对应的结束话。")
// rather than a line to say: it is done by doing it (reading back what was settled, saying the closing line),
// never by its words; a caller who reads the direction out has not done the step.
import type { Scenario, Step } from "../schema/index.js";
import { toHalfWidth } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import type { EvalLang } from "./lang/index.js";
import { sentences } from "./segments.js";

/** What a direction asks the caller to do, when the scorer can see it done in the talk. */
export type DirectionAction = "open" | "read-back" | "close" | null;

export interface StepDirection {
  /** The step's direction sentences (lower-cased), each long enough to be recognised when read out. */
  sentences: readonly { text: string; tokens: readonly string[] }[];
  /** The step has no line meant to be said: only directions (and a short label). */
  directionOnly: boolean;
  action: DirectionAction;
}

const NONE: readonly number[] = [];

/** A direction read out keeps at least this share of its content words. */
const READ_OUT_SHARE = 0.8;
/** Shorter directions ("Close.") are labels, not text one could be caught reading. */
const MIN_DIRECTION_TOKENS = 3;

/** Sentences split as written (an English sentence ends where a capital follows), then lower-cased. */
const lowSentences = (text: string): string[] => sentences(toHalfWidth(text)).map((s) => s.toLowerCase());

function isDirection(lang: EvalLang, text: string): boolean {
  return lowSentences(text).some((s) => lang.direction.test(s));
}

/** The first step's title directs the greeting ("Greet them and say who is calling…"): a direction to open, said in any words. */
function greets(lang: EvalLang, step: Step, k: number): boolean {
  return k === 0 && lowSentences(step.title).some((s) => lang.greetDirection.test(s));
}

function directionOf(lang: EvalLang, step: Step, k: number): StepDirection {
  const texts = [step.title, ...step.lines, ...(step.instructions ?? [])];
  const said = step.lines.filter((line) => !isDirection(lang, line));
  const found = texts.flatMap((text) => lowSentences(text).filter((s) => lang.direction.test(s)));
  // Only as the step's kind: a greeting direction's words are too common to catch anyone reading it out.
  const greeting = greets(lang, step, k);
  const action: DirectionAction = greeting || found.some((s) => lang.openDirection.test(s))
    ? "open"
    : found.some((s) => lang.closeDirection.test(s))
      ? "close"
      : found.some((s) => lang.readBackDirection.test(s))
        ? "read-back"
        : null;
  return {
    sentences: found.map((text) => ({ text, tokens: [...new Set(tokenize(text))] })).filter((s) => s.tokens.length >= MIN_DIRECTION_TOKENS),
    directionOnly: (found.length > 0 || greeting) && said.length === 0,
    action,
  };
}

export function stepDirections(scenario: Scenario, lang: EvalLang): readonly StepDirection[] {
  return perScenario(scenario, "stepDirections", () => scenario.caller.steps.map((step, k) => directionOf(lang, step, k)));
}

/** The steps (0-based) whose direction turn `index` reads out: a sentence of it in the direction's words. */
export function directionsReadOut(ctx: EvalContext, index: number): readonly number[] {
  // Most scripts hold no direction long enough to be caught reading: nothing to look for.
  if (!perScenario(ctx.scenario, "hasDirections", () => stepDirections(ctx.scenario, ctx.lang).some((d) => d.sentences.length > 0))) return NONE;
  const text = ctx.turns[index]?.text ?? "";
  return perScenarioText(ctx.scenario, "directionsReadOut", text, () => {
    if (!ctx.says(index, ctx.lang.direction)) return [];
    const words = new Set(tokenize(text));
    const out: number[] = [];
    for (const [k, direction] of stepDirections(ctx.scenario, ctx.lang).entries()) {
      const read = direction.sentences.some((s) => s.tokens.filter((t) => words.has(t)).length >= READ_OUT_SHARE * s.tokens.length);
      if (read) out.push(k);
    }
    return out;
  });
}

/** Does caller turn `index` do what a read-back direction asks (restate or record what was settled)? */
export function readsBack(ctx: EvalContext, index: number): boolean {
  return ctx.says(index, ctx.lang.summary) || ctx.says(index, ctx.lang.claim);
}
