// Which script step a caller line says: the step the customer's next line most likely asks about. The rule caller
// knows the step it delivered; the observer of a human caller and the labelled set have only the line's words.
import type { CallerPlan } from "./caller-plan.js";
import { similar } from "./memo.js";

/** A caller line this close to a step's line says that step (a human caller paraphrases the script). */
const SAYS_STEP = 0.5;

export function saidStep(plan: CallerPlan, line: string | null | undefined): number | null {
  if (line == null || line === "") return null;
  let best = 0;
  let step: number | null = null;
  for (const [i, stepLine] of plan.stepLines.entries()) {
    if (stepLine === "") continue;
    const score = similar(stepLine, line);
    if (score > best) [best, step] = [score, i + 1];
  }
  return best >= SAYS_STEP ? step : null;
}
