// The call page's state, rebuilt from the server's events: a reload replays them from the start.
import type { Speaker, Turn, Outcome } from "../../schema/index.js";
import type { CallEvent, CallMeta, FinishedCall, LiveState } from "../call-events.js";

export interface CallModel {
  meta: CallMeta | null;
  turns: Turn[];
  partial: { speaker: Speaker; text: string } | null;
  live: LiveState | null;
  waiting: Speaker | null;
  finished: FinishedCall | null;
  failed: string | null;
}

export const EMPTY: CallModel = { meta: null, turns: [], partial: null, live: null, waiting: null, finished: null, failed: null };

export function reduce(model: CallModel, event: CallEvent): CallModel {
  switch (event.type) {
    case "meta":
      return { ...EMPTY, meta: event.meta };
    case "turn":
      return { ...model, turns: [...model.turns.filter((t) => t.index !== event.turn.index), event.turn], partial: null };
    case "delta":
      return { ...model, partial: { speaker: event.speaker, text: (model.partial?.speaker === event.speaker ? model.partial.text : "") + event.text } };
    case "state":
      return { ...model, live: event.state };
    case "waiting":
      return { ...model, waiting: event.role };
    case "end":
      return { ...model, meta: event.call.meta, turns: event.call.record.turns, finished: event.call, waiting: null, partial: null };
    case "failed":
      return { ...model, failed: event.message, waiting: null };
  }
}

/** Steps delivered so far: the turns' own marks plus the engine's list. */
export function deliveredSteps(model: CallModel): Set<number> {
  const steps = new Set<number>(model.finished?.record.outcome.stepsDelivered ?? model.live?.stepsDelivered ?? []);
  for (const turn of model.turns) if (turn.step !== null) steps.add(turn.step);
  return steps;
}

/** The step the caller is expected to deliver next (null once all are delivered or the call is over). */
export function currentStep(model: CallModel): number | null {
  if (model.finished !== null || model.meta === null) return null;
  if (model.live !== null) return model.live.nextStep;
  const done = deliveredSteps(model);
  return model.meta.scenario.steps.find((s) => !done.has(s.index))?.index ?? null;
}

/** KB entry → the turns that used it. */
export function kbUse(model: CallModel): Map<number, number[]> {
  const used = new Map<number, number[]>();
  for (const turn of model.turns) for (const entry of turn.kb) used.set(entry, [...(used.get(entry) ?? []), turn.index]);
  return used;
}

export function outcomeOf(model: CallModel): Outcome | null {
  return model.finished?.record.outcome ?? model.live?.outcome ?? null;
}
