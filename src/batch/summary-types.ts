// The shape of summary.json: per scenario × seat choice aggregates, small whatever the number of calls.
import type { CheckSeverity, EndBy } from "../schema/index.js";
import type { JudgeComparison } from "./judge-tally.js";

export interface EndCount {
  by: EndBy;
  /** 1-based index into that side's endConditions, or null. */
  condition: number | null;
  count: number;
}

export interface KbStat {
  /** 0-based knowledge-base entry. */
  entry: number;
  asked: number;
  correct: number;
  partial: number;
  contradicted: number;
  unanswered: number;
}

export interface FailedCheckStat {
  id: string;
  severity: CheckSeverity;
  count: number;
  /** Keys of example calls (lowest seeds first). */
  calls: string[];
}

export interface InventedFigureStat {
  text: string;
  count: number;
  calls: string[];
}

export interface GroupSummary {
  scenario: string;
  caller: string;
  callee: string;
  calls: number;
  passed: number;
  meanScore: number;
  minScore: number;
  maxScore: number;
  /** Ten buckets: [0,10), [10,20), …, [90,100]. */
  scoreHistogram: number[];
  /** funnel[i]: calls that delivered script step i+1. */
  funnel: number[];
  ends: EndCount[];
  kb: KbStat[];
  failedChecks: FailedCheckStat[];
  inventedFigures: InventedFigureStat[];
  /** pass^k over seeds for k = 1..min(calls, MAX_K) (one task: this scenario with these seats). */
  passHatK: (number | null)[];
  meanTurns: number;
  meanDurationMs: number;
  /** Calls whose simulated customer misbehaved (the scorecard's simulatorFault): rerun rather than blame the caller. */
  simulatorFaults: number;
  /** Of the calls that did not pass, those whose simulated customer misbehaved; the rest are the caller's failures. */
  failedWithSimulatorFault: number;
  /** The rules' verdicts against a model judge's (`batch --judge`); null when no call was judged. */
  judge: JudgeComparison | null;
}

export interface SeatsSummary {
  caller: string;
  callee: string;
  scenarios: number;
  calls: number;
  passed: number;
  meanScore: number;
  /** pass^k averaged over scenarios, k = 1..max seeds of a scenario. */
  passHatK: (number | null)[];
}

/** A job that did not finish: retried by the next run of the batch. */
export interface FailedJob {
  key: string;
  error: string;
}

export interface BatchSummary {
  summaryVersion: 1;
  passScore: number;
  calls: number;
  /** Jobs failed and not (yet) done by a later run; `failures` lists the first MAX_FAILURES_LISTED of them. */
  failedJobs: number;
  failures: FailedJob[];
  passed: number;
  meanScore: number;
  /** Over all groups: see GroupSummary. */
  simulatorFaults: number;
  failedWithSimulatorFault: number;
  judge: JudgeComparison | null;
  seats: SeatsSummary[];
  groups: GroupSummary[];
}
