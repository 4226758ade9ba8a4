// `repetition`: the caller says the same content three or more times (a looping agent, a script line read again and
// again). Sentences are compared by meaning; the fault is at the third saying.
import type { Check } from "../schema/index.js";
import { similarity } from "../text/similarity.js";
import { tokenize } from "../text/tokenize.js";
import type { EvalContext } from "./context.js";
import { faultCheck, type Fault } from "./faults.js";

/** Sentences this close say the same thing. */
const SAME = 0.8;
/** Short sentences ("好的", "Okay.") repeat naturally. */
const MIN_TOKENS = 4;
const TIMES = 3;

export function repetitionCheck(ctx: EvalContext): Check {
  const groups: { text: string; turns: number[] }[] = [];
  const faults: Fault[] = [];
  for (const turn of ctx.callerTurns) {
    for (const sentence of ctx.sentencesOf(turn.index)) {
      if (tokenize(sentence).length < MIN_TOKENS) continue;
      const group = groups.find((g) => similarity(g.text, sentence) >= SAME);
      if (group === undefined) {
        groups.push({ text: sentence, turns: [turn.index] });
        continue;
      }
      if (group.turns.includes(turn.index)) continue;
      group.turns.push(turn.index);
      if (group.turns.length === TIMES) faults.push({ turn: turn.index, message: `said for the ${TIMES}rd time (turns ${group.turns.join(", ")})` });
    }
  }
  return faultCheck("repetition", faults, "no content was said three times");
}
