// Which end condition a call ended under, from the record when it says so, otherwise inferred by meaning from the
// last turns; and the facts of the call each kind of condition needs ("wrong person" needs an unconfirmed identity).
import type { Speaker } from "../schema/index.js";
import { similarity } from "../text/similarity.js";
import { CONDITION_KINDS, HURRY, LINE_TROUBLE, REFUSE, type ConditionKind } from "./cues.js";
import { identityState } from "./identity.js";
import type { EvalContext } from "./context.js";

export interface EndState {
  /** Side whose condition applies (null when the call hit the limit or failed). */
  side: Speaker | null;
  /** 1-based condition on that side, or null. */
  condition: number | null;
  /** True when the record did not name the condition and it was inferred from the talk. */
  inferred: boolean;
  /** The caller-side condition the closing must fit (same as `condition` when the caller ended). */
  callerCondition: number | null;
  callerInferred: boolean;
  /** Kinds the condition text names; empty for a plain "all done" condition. */
  kinds: ConditionKind[];
  /** Does what happened in the call support that condition? */
  fits: boolean;
  /** What the call showed, per kind. */
  evidence: Record<ConditionKind | "completion", boolean>;
}

const TAIL_TURNS = 4;

export function conditionKinds(text: string): ConditionKind[] {
  return (Object.keys(CONDITION_KINDS) as ConditionKind[]).filter((kind) => CONDITION_KINDS[kind].test(text));
}

function evidenceOf(ctx: EvalContext): EndState["evidence"] {
  const identity = identityState(ctx);
  const callee = ctx.calleeTurns.map((t) => t.text);
  const refusal = callee.some((t) => REFUSE.test(t));
  return {
    identity: identity.confirmedAt === null,
    hurry: callee.some((t) => HURRY.test(t)),
    refusal,
    line: ctx.turns.some((t) => LINE_TROUBLE.test(t.text)),
    completion: identity.deniedAt === null && identity.confirmedAt !== null && !refusal,
  };
}

function fitsKinds(kinds: readonly ConditionKind[], evidence: EndState["evidence"]): boolean {
  return kinds.length === 0 ? evidence.completion : kinds.some((kind) => evidence[kind]);
}

/** Best condition (1-based) of a list for the given talk: meaning of the last turns plus what the call shows. */
function inferCondition(conditions: readonly string[], talk: string, evidence: EndState["evidence"]): number | null {
  let best: { index: number; score: number } | null = null;
  conditions.forEach((condition, i) => {
    const score = similarity(talk, condition) + (fitsKinds(conditionKinds(condition), evidence) ? 0.3 : 0);
    if (best === null || score > best.score) best = { index: i + 1, score };
  });
  return (best as { index: number; score: number } | null)?.index ?? null;
}

export function endState(ctx: EvalContext): EndState {
  return ctx.once("end", () => {
    const { scenario, call } = ctx;
    const evidence = evidenceOf(ctx);
    const tail = ctx.turns.slice(-TAIL_TURNS).map((t) => t.text).join(" ");
    if (call.end.by === "limit" || call.end.by === "error") {
      return { side: null, condition: null, inferred: false, callerCondition: null, callerInferred: false, kinds: [], fits: false, evidence };
    }
    const side = call.end.by;
    const conditions = side === "caller" ? scenario.caller.endConditions : scenario.callee.endConditions;
    const recorded = call.end.condition !== null && call.end.condition <= conditions.length ? call.end.condition : null;
    const condition = recorded ?? inferCondition(conditions, tail, evidence);
    const text = condition === null ? "" : (conditions[condition - 1] ?? "");
    const kinds = conditionKinds(text);
    const callerCondition =
      side === "caller" ? condition : inferCondition(scenario.caller.endConditions, `${text} ${tail}`, evidence);
    return {
      side,
      condition,
      inferred: recorded === null,
      callerCondition,
      callerInferred: side !== "caller" || recorded === null,
      kinds,
      fits: condition === null ? false : fitsKinds(kinds, evidence),
      evidence,
    };
  });
}
