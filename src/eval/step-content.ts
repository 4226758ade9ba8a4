// Whether the caller said what a script step is about, in any wording: the step's own content words (title, sample
// lines, instructions), each weighted by how few of the script's steps share it, found anywhere in the caller's turns.
// A sample line is one way to say a step; a caller who says it another way still names what only that step names.
import type { Scenario } from "../schema/index.js";
import { tokenize } from "../text/tokenize.js";
import { perScenario, type EvalContext } from "./context.js";

/** Each step's content words with their weights (1 / the number of steps naming the word), and the weights' sum. */
interface StepWords {
  weights: ReadonlyMap<string, number>;
  total: number;
}

function stepWords(scenario: Scenario): readonly StepWords[] {
  return perScenario(scenario, "stepWords", () => {
    const sets = scenario.caller.steps.map((step) => new Set(tokenize([step.title, ...step.lines, ...(step.instructions ?? [])].join("\n"))));
    const steps = new Map<string, number>();
    for (const set of sets) for (const word of set) steps.set(word, (steps.get(word) ?? 0) + 1);
    return sets.map((set) => {
      const weights = new Map([...set].map((word) => [word, 1 / (steps.get(word) ?? 1)] as const));
      let total = 0;
      for (const weight of weights.values()) total += weight;
      return { weights, total };
    });
  });
}

/** Share (0..1) of each step's weighted content words that the caller said somewhere in the call. */
export function stepContentSaid(ctx: EvalContext): readonly number[] {
  return ctx.once("stepContentSaid", () => {
    const said = new Set(ctx.callerTurns.flatMap((turn) => tokenize(turn.text)));
    return stepWords(ctx.scenario).map(({ weights, total }) => {
      if (total === 0) return 0;
      let got = 0;
      for (const [word, weight] of weights) if (said.has(word)) got += weight;
      return got / total;
    });
  });
}
