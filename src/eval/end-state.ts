// Which end condition a call ended under, from the record when it says so, otherwise inferred by meaning from the
// last turns; and the facts of the call each kind of condition needs ("wrong person" needs an unconfirmed identity).
import type { Speaker } from "../schema/index.js";
import { similarity } from "../text/similarity.js";
import { CONDITION_KINDS, HURRY, LINE_TROUBLE, REFUSE, TIME_PRESSURE, type ConditionKind } from "./cues.js";
import { identityState } from "./identity.js";
import { sensitiveRequests } from "./sensitive-info.js";
import { salesWords, scriptedSalesWords } from "./marketing.js";
import type { EvalContext } from "./context.js";

export type Evidence = Record<ConditionKind, number | null> & { completion: boolean };

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
  /** First turn showing each kind (null: not shown), and whether the talk reached a normal completion. */
  evidence: Evidence;
  /** The call ended early for a reason the scenario allows, first shown at this turn (null otherwise). */
  earlyExitFrom: number | null;
}

const TAIL_TURNS = 4;

/** "She is not Jane Doe": someone other than the named customer answered (the capital tells a name from "not sure"). */
const NOT_NAMED = /\b(?:[Ss]he|[Hh]e|[Tt]hey|[Ii]t|[Tt]he (?:person|customer|member|patient|caller|callee|contact))\s+(?:is|are)\s+not\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][a-z]+/u;

export function conditionKinds(text: string): ConditionKind[] {
  return (Object.keys(CONDITION_KINDS) as ConditionKind[]).filter((kind) => CONDITION_KINDS[kind].test(text) || (kind === "identity" && NOT_NAMED.test(text)));
}

function evidenceOf(ctx: EvalContext): Evidence {
  const identity = identityState(ctx);
  const firstCallee = (cue: RegExp): number | null => ctx.calleeTurns.find((t) => cue.test(t.text))?.index ?? null;
  const scripted = scriptedSalesWords(ctx);
  const misconduct = ctx.callerTurns.find(
    (t) => sensitiveRequests(t.text).length > 0 || salesWords(t.text).some((word) => !scripted.has(word)),
  );
  const refusal = firstCallee(REFUSE);
  // A call that stops on the customer's "call me later" / "I'm driving" was cut short, not completed.
  const lastCallee = ctx.calleeTurns[ctx.calleeTurns.length - 1]?.text ?? "";
  // Once every step was delivered, "I'm busy now" is the customer's goodbye, not a cut-off.
  const stepCount = ctx.scenario.caller.steps.length;
  const delivered = new Set(ctx.call.outcome.stepsDelivered);
  const scriptDone = stepCount > 0 && ctx.scenario.caller.steps.every((step) => delivered.has(step.index));
  const stoppedShort = (TIME_PRESSURE.test(lastCallee) && !scriptDone) || LINE_TROUBLE.test(lastCallee);
  return {
    identity: identity.confirmedAt === null ? (identity.deniedAt ?? ctx.calleeTurns[0]?.index ?? 0) : null,
    hurry: firstCallee(HURRY),
    refusal,
    line: ctx.turns.find((t) => LINE_TROUBLE.test(t.text))?.index ?? null,
    misconduct: misconduct?.index ?? null,
    // A plain condition ("the customer accepts", "the customer does not accept, callback promised") needs the right
    // person on the line and a call that was not cut off by "call me later".
    completion: identity.deniedAt === null && (identity.confirmedAt !== null || identity.asked.length === 0) && !stoppedShort,
  };
}

/** "accepts or declines", "decides or asks for it in writing": the plain outcome is one of the alternatives. */
const ALSO_COMPLETES = /(accept|agree|decide|chooses|同意|接受|选定|决定|确认)/iu;

/** First turn showing one of the kinds, -1 for a completion that fits, null when nothing fits. */
function fitTurn(text: string, evidence: Evidence): number | null {
  const kinds = conditionKinds(text);
  if (kinds.length === 0 || (ALSO_COMPLETES.test(text) && evidence.completion)) return evidence.completion ? -1 : null;
  const turns = kinds.map((kind) => evidence[kind]).filter((t): t is number => t !== null);
  return turns.length === 0 ? null : Math.min(...turns);
}

/** Best condition (1-based) of a list for the given talk: meaning of the last turns plus what the call shows. */
function inferCondition(conditions: readonly string[], talk: string, evidence: Evidence): number | null {
  let best: { index: number; score: number } | null = null;
  conditions.forEach((condition, i) => {
    const score = similarity(talk, condition) + (fitTurn(condition, evidence) !== null ? 0.3 : 0);
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
      return { side: null, condition: null, inferred: false, callerCondition: null, callerInferred: false, kinds: [], fits: false, evidence, earlyExitFrom: null };
    }
    const side = call.end.by;
    const conditions = side === "caller" ? scenario.caller.endConditions : scenario.callee.endConditions;
    const recorded = call.end.condition !== null && call.end.condition <= conditions.length ? call.end.condition : null;
    const condition = recorded ?? inferCondition(conditions, tail, evidence);
    const text = condition === null ? "" : (conditions[condition - 1] ?? "");
    const kinds = conditionKinds(text);
    let fit = condition === null ? null : fitTurn(text, evidence);
    // The customer had to go, but this side has no condition for a hurried end: its plain "done" condition is the
    // nearest the script offers, as long as the right person was on the line.
    if (fit === null && condition !== null && (kinds.length === 0 || ALSO_COMPLETES.test(text)) && evidence.hurry !== null && evidence.identity === null && !conditions.some((c) => CONDITION_KINDS.hurry.test(c))) {
      fit = evidence.hurry;
    }
    const callerCondition =
      side === "caller" ? condition : inferCondition(scenario.caller.endConditions, `${text} ${tail}`, evidence);
    return {
      side,
      condition,
      inferred: recorded === null,
      callerCondition,
      callerInferred: side !== "caller" || recorded === null,
      kinds,
      fits: fit !== null,
      evidence,
      earlyExitFrom: fit !== null && fit >= 0 ? fit : null,
    };
  });
}
