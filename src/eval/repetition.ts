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

/** Groups are found through their two rarest-looking (longest) words, so a call is read in linear time. */
function keysOf(tokens: readonly string[]): string[] {
  return [...new Set(tokens)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 2);
}

export function repetitionCheck(ctx: EvalContext): Check {
  const byKey = new Map<string, { text: string; turns: number[] }[]>();
  const faults: Fault[] = [];
  for (const turn of ctx.callerTurns) {
    for (const sentence of ctx.sentencesOf(turn.index)) {
      const tokens = tokenize(sentence);
      if (tokens.length < MIN_TOKENS) continue;
      const keys = keysOf(tokens);
      const candidates = keys.flatMap((key) => byKey.get(key) ?? []);
      const group = candidates.find((g) => similarity(g.text, sentence) >= SAME);
      if (group === undefined) {
        const fresh = { text: sentence, turns: [turn.index] };
        for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), fresh]);
        continue;
      }
      if (group.turns.includes(turn.index)) continue;
      group.turns.push(turn.index);
      if (group.turns.length === TIMES) faults.push({ turn: turn.index, message: `said for the ${TIMES}rd time (turns ${group.turns.join(", ")})` });
    }
  }
  return faultCheck("repetition", faults, "no content was said three times");
}
