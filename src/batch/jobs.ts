// Expands scenarios × seeds × seat choices into jobs, each with a stable key resume can match on.
import type { Job, ScenarioSource, SeatSpec } from "./types.js";

export interface JobPlan {
  scenarios: readonly ScenarioSource[];
  seeds: readonly number[];
  callers: readonly SeatSpec[];
  callees: readonly SeatSpec[];
}

/** The key names every part of a job, so two seat choices of the same scenario and seed never collide. */
export function jobKey(scenario: string, seed: number, caller: SeatSpec, callee: SeatSpec): string {
  return `${scenario}#${seed}#${caller}~${callee}`;
}

export function jobCount(plan: JobPlan): number {
  return plan.scenarios.length * plan.seeds.length * plan.callers.length * plan.callees.length;
}

/** Lazily, so a batch of millions never materialises its job list. Order: scenario, seats, then seed. */
export function* expandJobs(plan: JobPlan): Generator<Job> {
  for (const source of plan.scenarios) {
    for (const caller of plan.callers) {
      for (const callee of plan.callees) {
        for (const seed of plan.seeds) {
          yield { key: jobKey(source.id, seed, caller, callee), scenario: source.id, seed, caller, callee };
        }
      }
    }
  }
}
