// What the server tells a browser about one call (over SSE) and what it keeps of a finished call on disk.
// Shared by the server and the front end (type-only imports on the browser side).
import type { CallRecord, KbEntry, Language, Outcome, Scorecard, Speaker, Step, Turn } from "../schema/index.js";
import type { Scenario } from "../schema/index.js";
import type { Coaching } from "./coaching.js";

/** The parts of a scenario the side panels show. */
export interface ScenarioBrief {
  id: string;
  ref: string;
  title: string | null;
  language: Language;
  callerName: string;
  calleeName: string;
  calleeRole: string;
  opening: string | null;
  steps: Step[];
  knowledgeBase: KbEntry[];
  endConditions: { caller: string[]; callee: string[] };
  closingLines: string[];
}

export type CallMode = "watch" | "trainee";

export interface CallMeta {
  id: string;
  mode: CallMode;
  trainee: string | null;
  difficulty: string | null;
  scenario: ScenarioBrief;
  seats: { caller: string; callee: string };
  seed: number;
  /** Simulated ms per wall ms (0: as fast as the seats answer). */
  speed: number;
  startedAt: string;
}

/** The caller's view of the call state as of the latest caller turn. */
export interface LiveState {
  nextStep: number | null;
  stepsDelivered: number[];
  kbAnswered: number[];
  outcome: Outcome;
}

export interface FinishedCall {
  meta: CallMeta;
  record: CallRecord;
  scorecard: Scorecard;
  coaching: Coaching;
  finishedAt: string;
}

export type CallEvent =
  | { type: "meta"; meta: CallMeta }
  | { type: "turn"; turn: Turn }
  | { type: "delta"; speaker: Speaker; text: string }
  | { type: "state"; state: LiveState }
  | { type: "waiting"; role: Speaker | null }
  | { type: "end"; call: FinishedCall }
  /** The call could not be finished or saved. */
  | { type: "failed"; message: string };

export function briefOf(scenario: Scenario, ref: string): ScenarioBrief {
  return {
    id: scenario.id,
    ref,
    title: scenario.title,
    language: scenario.language,
    callerName: scenario.caller.name,
    calleeName: scenario.callee.name,
    calleeRole: scenario.callee.role,
    opening: scenario.caller.opening,
    steps: scenario.caller.steps,
    knowledgeBase: scenario.caller.knowledgeBase,
    endConditions: { caller: scenario.caller.endConditions, callee: scenario.callee.endConditions },
    closingLines: scenario.caller.closingLines,
  };
}
