// `repetition`: the caller says the same content three or more times (a looping agent, a script line read again and
// again). Sentences are compared by meaning; the fault is at the third saying.
import type { Check } from "../schema/index.js";
import { similarity } from "../text/similarity.js";
import { tokenize } from "../text/tokenize.js";
import { figuresIn } from "../text/figures.js";
import { unitClass } from "../text/units.js";
import { perScenarioText, type EvalContext } from "./context.js";
import { faultCheck, type Fault } from "./faults.js";

/** Sentences this close say the same thing. */
const SAME = 0.8;
/** Short sentences ("好的", "Okay.") repeat naturally. */
const MIN_TOKENS = 4;
const TIMES = 3;

/** Groups are found through their two rarest-looking (longest) words, so a call is read in linear time. */
function keysOf(tokens: readonly string[]): readonly string[] {
  // Kept per token list (tokenize memoises one list per sentence): the same sentences come back call after call.
  let keys = keyMemo.get(tokens);
  if (keys === undefined) {
    keys = [...new Set(tokens)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 2);
    keyMemo.set(tokens, keys);
  }
  return keys;
}
const keyMemo = new WeakMap<readonly string[], readonly string[]>();

/** Atoms per turn beyond which pairs are not formed (a turn reading out a table is not repeating itself). */
const MAX_ATOMS = 8;

/**
 * What a turn's statements state, as keys: each pair of figures ("$25" with "May 25th"): the same content said again in
 * other words keeps its figures.
 */
function figureKeys(ctx: EvalContext, index: number): string[] {
  const atoms = new Map<string, true>();
  for (const sentence of ctx.sentencesOf(index)) {
    // Statements only: a question asked again ("1到10分打个分？") is asked, not repeated content.
    if (ctx.lang.question.test(sentence)) continue;
    for (const f of figuresIn(sentence)) {
      for (const a of f.atoms) {
        const key = a.kind === "number" ? `${a.value}${unitClass(a.unit)}` : a.kind === "date" ? `d${a.month ?? ""}-${a.day}` : `t${a.hour}:${a.minute}`;
        atoms.set(key, true);
      }
    }
  }
  const list = [...atoms.keys()].sort().slice(0, MAX_ATOMS);
  // A single amount is the call's subject and comes back naturally; two figures together are a passage said again.
  const keys: string[] = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) keys.push(`${list[i]}+${list[j]}`);
  return keys;
}

export function repetitionCheck(ctx: EvalContext): Check {
  const byKey = new Map<string, { text: string; turns: number[] }[]>();
  const byFigures = new Map<string, number[]>();
  const faults: Fault[] = [];
  for (const turn of ctx.callerTurns) {
    let reported = false;
    for (const key of perScenarioText(ctx.scenario, "figureKeys", turn.text, () => figureKeys(ctx, turn.index))) {
      const turns = byFigures.get(key) ?? [];
      turns.push(turn.index);
      byFigures.set(key, turns);
      if (turns.length === TIMES && !reported) {
        reported = true;
        faults.push({ turn: turn.index, message: `the same figures (${key}) for the ${TIMES}rd time (turns ${turns.join(", ")})` });
      }
    }
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
  const first = faults.filter((f, i) => faults.findIndex((g) => g.turn === f.turn) === i);
  return faultCheck("repetition", first, "no content was said three times");
}
