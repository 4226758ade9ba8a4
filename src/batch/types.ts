// The batch's data: one job (scenario × seed × seats) and the line it becomes in calls.jsonl.
import type { CallRecord, Scorecard } from "../schema/index.js";

/** A seat choice as given on the command line: "rule", "human", "llm" or "llm:MODEL". */
export type SeatSpec = string;

export interface Job {
  /** Stable, unique within a batch: what resume matches on. */
  key: string;
  /** Scenario id (file base name or the id in the document). */
  scenario: string;
  seed: number;
  caller: SeatSpec;
  callee: SeatSpec;
}

/** A scenario file the jobs refer to, by id. */
export interface ScenarioSource {
  id: string;
  path: string;
}

/** A model judge's reading of a call (`batch --judge`), kept beside the rules' scorecard to compare them. */
export interface JudgeVerdict {
  /** The judge's model label (provider:model). */
  model: string;
  passed: boolean;
  /** Caller faults by kind (the scorecard's check ids) and turn (null: no single turn). */
  faults: { kind: string; turn: number | null }[];
  /** Faults of the simulated customer, by kind (the scorecard's simulator check ids). */
  simulatorFaults: { kind: string; turn: number | null }[];
}

/** One line of calls.jsonl. */
export interface BatchLine {
  job: Job;
  call: CallRecord;
  score: Scorecard;
  /** Present when the batch ran with --judge. */
  judge?: JudgeVerdict;
}

/** True when a seat spec needs a model (and so the model concurrency limit rather than the CPU pool). */
export function isModelSeat(spec: SeatSpec): boolean {
  const kind = spec.split(":")[0];
  return kind !== "rule" && kind !== "replay";
}
