// Repetition the customer already pointed out: "Yes, you said that." / "你刚说过了。" and the caller's next turn says the
// same thing again, the third time in the call. The customer's words tell a supervisor the caller did not listen,
// however the content is worded (one date, one fee, a reassurance in other words).
import { figuresIn } from "../text/figures.js";
import { similarity } from "../text/similarity.js";
import { tokenize } from "../text/tokenize.js";
import { clauses } from "./segments.js";
import { perScenarioText, type EvalContext } from "./context.js";
import { closingSaid } from "./closing-said.js";
import type { Fault } from "./faults.js";

/** Times the same content is said before it is repetition (the rule: three or more). */
const TIMES = 3;
/** Clauses this close say the same thing (as the clause reading of repetition.ts). */
const CLAUSE_SAME = 0.6;
/** Words a clause needs to count as content ("好的", "Great." do not). */
const MIN_TOKENS = 4;

/** What a caller turn states: its figures, dates and times by value ("n95", "d12-12": "80元" and "80" are one), and its longer clauses. */
interface Stated {
  atoms: ReadonlySet<string>;
  clauses: readonly string[];
}

function statedIn(ctx: EvalContext, index: number): Stated {
  const text = ctx.turns[index]?.text ?? "";
  return perScenarioText(ctx.scenario, "heardStated", text, () => {
    const statements = ctx.sentencesOf(index).filter((s) => !ctx.lang.question.test(s));
    const atoms = new Set<string>();
    for (const f of statements.flatMap((s) => figuresIn(s))) {
      for (const a of f.atoms) {
        if (a.kind === "date") atoms.add(`d${a.month ?? ""}-${a.day}`);
        else if (a.kind === "time") atoms.add(`t${a.hour}:${a.minute}`);
        else atoms.add(`n${a.value}`);
      }
    }
    const said = statements.flatMap((s) => clauses(s)).filter((c) => tokenize(c).length >= MIN_TOKENS);
    return { atoms, clauses: said };
  });
}

/** The content two turns share: a figure atom or a clause said in other words. */
function shares(a: Stated, b: Stated): boolean {
  for (const atom of a.atoms) if (b.atoms.has(atom)) return true;
  return a.clauses.some((x) => b.clauses.some((y) => similarity(x, y) >= CLAUSE_SAME));
}

/**
 * The caller's next turn when it says again what the customer said they heard, the third time in the call (or more);
 * else the turn the customer reacted to, when it was itself the third saying ("你都说三遍了"). The read-back and the close restate
 * what was settled, and a customer asking to hear it again is answered: neither counts.
 */
export function repeatedAfterHeard(ctx: EvalContext): Fault[] {
  const faults: Fault[] = [];
  const closing = closingSaid(ctx)?.turn ?? null;
  for (const heard of ctx.calleeTurns) {
    if (!ctx.says(heard.index, ctx.lang.heardIt) || ctx.says(heard.index, ctx.lang.repeatAsk)) continue;
    const before = ctx.turns[heard.index - 1];
    if (before?.speaker !== "caller" || restates(ctx, before.index, closing)) continue;
    // "你都说三遍了" right after the third saying: the turn the customer reacts to is the fault.
    const pointed = statedIn(ctx, before.index);
    const next = ctx.callerTurns.find((t) => t.index > heard.index);
    const again = next === undefined || restates(ctx, next.index, closing) ? null : statedIn(ctx, next.index);
    const times = next !== undefined && again !== null && shares(pointed, again) ? timesSaid(ctx, next.index, again) : 0;
    if (next !== undefined && times >= TIMES) {
      faults.push({ turn: next.index, message: `said again after the customer said they heard it (turn ${heard.index}); said ${times} times` });
      continue;
    }
    const earlier = timesSaid(ctx, before.index, pointed);
    if (earlier >= TIMES) faults.push({ turn: before.index, message: `said ${earlier} times; the customer said they heard it (turn ${heard.index})` });
  }
  return faults;
}

/** The read-back and the close restate what was settled. */
const restates = (ctx: EvalContext, index: number, closing: number | null): boolean => index === closing || ctx.says(index, ctx.lang.summary);

/** Caller turns up to this one that say its content, this one included. */
function timesSaid(ctx: EvalContext, index: number, stated: Stated): number {
  return ctx.callerTurns.filter((t) => t.index === index || (t.index < index && shares(statedIn(ctx, t.index), stated))).length;
}
