// Whether the caller said what a script step is about, in any wording: the step's own content words (title, sample
// lines, instructions), each weighted by how few of the script's steps share it, found anywhere in the caller's turns.
// A sample line is one way to say a step; a caller who says it another way still names what only that step names.
import type { Scenario } from "../schema/index.js";
import { tokenize } from "../text/tokenize.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { numeralsAsDigits } from "./numerals-as-digits.js";

/** Each step's content words with their weights (1 / the number of steps naming the word), and the weights' sum. */
interface StepWords {
  /** The words in their first order, and each one's weight: summed in that order, as the share always was. */
  words: readonly string[];
  weights: readonly number[];
  total: number;
}

function stepWords(scenario: Scenario): readonly StepWords[] {
  return perScenario(scenario, "stepWords", () => {
    const sets = scenario.caller.steps.map((step) => new Set(tokenize([step.title, ...step.lines, ...(step.instructions ?? [])].join("\n"))));
    const steps = new Map<string, number>();
    for (const set of sets) for (const word of set) steps.set(word, (steps.get(word) ?? 0) + 1);
    return sets.map((set) => {
      const words = [...set];
      const weights = words.map((word) => 1 / (steps.get(word) ?? 1));
      let total = 0;
      for (const weight of weights) total += weight;
      return { words, weights, total };
    });
  });
}

/** Bits of a step's words (by their place) that a text says. */
type WordBits = Uint32Array;

const bitsFor = (count: number): WordBits => new Uint32Array(Math.ceil(count / 32));

/**
 * For each step, which of its words one caller text says: kept per scenario and text, since rule calls say the same
 * lines call after call; a call ORs its turns' bits instead of gathering every word it said.
 */
function wordsSaid(scenario: Scenario, text: string): readonly WordBits[] {
  return perScenarioText(scenario, "stepWordsSaid", text, () => {
    const digits = numeralsAsDigits(text);
    const tokens = new Set(digits === text ? tokenize(text) : [...tokenize(text), ...tokenize(digits)]);
    return stepWords(scenario).map(({ words }) => {
      const bits = bitsFor(words.length);
      words.forEach((word, i) => {
        if (tokens.has(word)) bits[i >>> 5] = (bits[i >>> 5] ?? 0) | (1 << (i & 31));
      });
      return bits;
    });
  });
}

/** Share (0..1) of each step's weighted content words that the caller said somewhere in the call. */
export function stepContentSaid(ctx: EvalContext): readonly number[] {
  return ctx.once("stepContentSaid", () => {
    const steps = stepWords(ctx.scenario);
    const said = steps.map(({ words }) => bitsFor(words.length));
    for (const turn of ctx.callerTurns) {
      wordsSaid(ctx.scenario, turn.text).forEach((bits, step) => {
        const into = said[step];
        if (into !== undefined) for (let i = 0; i < bits.length; i++) into[i] = (into[i] ?? 0) | (bits[i] ?? 0);
      });
    }
    return steps.map(({ weights, total }, step) => {
      if (total === 0) return 0;
      const bits = said[step];
      let got = 0;
      weights.forEach((weight, i) => {
        if (((bits?.[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0) got += weight;
      });
      return got / total;
    });
  });
}
