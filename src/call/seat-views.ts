// Each seat's share of the scenario and of the call state: built once per scenario as fresh objects, so a
// seat cannot reach the other side's text even by a cast (the types already keep it out).
import type { Scenario } from "../schema/index.js";
import type { CalleeState, CalleeView, CallState, CallerView, HeardTurn } from "../seats/seat.js";
import { endClassesOf } from "../seats/rule/end-classes.js";
import { dataClauses, recordTexts } from "../seats/rule/identity-data.js";
import { packFor } from "../lang/index.js";

const callerViews = new WeakMap<Scenario, CallerView>();
const calleeViews = new WeakMap<Scenario, CalleeView>();

export function callerView(scenario: Scenario): CallerView {
  let view = callerViews.get(scenario);
  if (view === undefined) {
    view = {
      id: scenario.id,
      title: scenario.title,
      language: scenario.language,
      caller: scenario.caller,
      facts: scenario.facts,
      callee: { name: scenario.callee.name },
    };
    callerViews.set(scenario, view);
  }
  return view;
}

export function calleeView(scenario: Scenario): CalleeView {
  let view = calleeViews.get(scenario);
  if (view === undefined) {
    view = {
      id: scenario.id,
      language: scenario.language,
      callee: scenario.callee,
      // The one exception to "own side only": a customer knows its own verification data, so the clauses of the
      // caller's record (profile, task, notes: what the check reads) stating an item of a verification kind cross.
      ownData: dataClauses(recordTexts(scenario.caller), packFor(scenario.language)),
      // A stage direction, not caller knowledge: whether the author wrote an ending for a wrong person.
      stage: { wrongPerson: scenario.caller.endConditions.some((condition) => endClassesOf(condition, packFor(scenario.language)).has("identity")) },
    };
    calleeViews.set(scenario, view);
  }
  return view;
}

/**
 * The customer's view of the call: the words and their timing, without step, knowledge-base or outcome data.
 * The copy is made again only when a turn was added: the engine changes a turn (a cut-in shortens the caller's
 * last one) only while placing the next, so a copy of the same length is still current (a seat reads `turns`
 * many times a turn; copying on every read made each turn quadratic in the call's length).
 */
export function calleeState(state: CallState): CalleeState {
  let heard: readonly HeardTurn[] = [];
  return {
    get turns() {
      if (heard.length !== state.turns.length) heard = heardTurns(heard, state.turns);
      return heard;
    },
    get elapsedMs() {
      return state.elapsedMs;
    },
    get maxTurns() {
      return state.maxTurns;
    },
  };
}

/**
 * The customer's copy of `turns`, reusing the copies of `before` that are final: only the last turn of a copy may
 * still change (cut in on while the next is placed), so it and the turns after it are copied again; copying every
 * turn at each new turn made a call's copies quadratic in its length.
 */
function heardTurns(before: readonly HeardTurn[], turns: CallState["turns"]): HeardTurn[] {
  const final = Math.max(0, Math.min(before.length - 1, turns.length));
  const out = before.slice(0, final);
  for (let i = final; i < turns.length; i++) {
    const turn = turns[i];
    if (turn === undefined) continue;
    out.push({ index: turn.index, speaker: turn.speaker, text: turn.text, startMs: turn.startMs, endMs: turn.endMs, interrupted: turn.interrupted });
  }
  return out;
}
