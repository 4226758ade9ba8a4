// simulate(): one call per seed between the agent under test and a simulated (or scripted) customer,
// each scored; checkpoint results kept with the call for expectCall().
import type { CallRecord, Scenario, Scorecard } from "../schema/index.js";
import { readScenarioFile } from "../scenario/index.js";
import { runCall } from "../call/index.js";
import { evaluateCall } from "../eval/index.js";
import { DEFAULTS } from "../defaults.js";
import type { CreateSeatOptions } from "../seats/create-seat.js";
import { CheckpointFailed, ScriptDriver, type CheckpointResult } from "./script-driver.js";
import { seatFromInput, type SeatInput } from "./seat-input.js";
import type { ScriptStep } from "./script.js";

export interface SimulateOptions {
  /** A Scenario, or the path of a scenario document. */
  scenario: Scenario | string;
  /** The agent under test (default "rule": callsim's own offline caller). */
  caller?: SeatInput<"caller">;
  /** The customer (default "rule": the offline simulated customer); script lines override it turn by turn. */
  callee?: SeatInput<"callee">;
  /** One call per seed (default [DEFAULTS.seed]). */
  seeds?: readonly number[];
  script?: readonly ScriptStep[];
  maxTurns?: number;
  /** Options for seats built from spec strings (headers of http agents, model seats…). */
  seatOptions?: CreateSeatOptions;
}

export interface SimulatedCall {
  seed: number;
  scenario: Scenario;
  record: CallRecord;
  scorecard: Scorecard;
  checkpoints: CheckpointResult[];
}

export interface Simulation {
  scenario: Scenario;
  calls: SimulatedCall[];
}

export async function simulate(options: SimulateOptions): Promise<Simulation> {
  const scenario = typeof options.scenario === "string" ? await readScenarioFile(options.scenario) : options.scenario;
  const calls: SimulatedCall[] = [];
  for (const seed of options.seeds ?? [DEFAULTS.seed]) {
    const driver = new ScriptDriver(options.script ?? [], scenario);
    const caller = driver.wrapCaller(seatFromInput("caller", options.caller ?? "rule", options.seatOptions));
    const callee = driver.wrapCallee(seatFromInput("callee", options.callee ?? "rule", options.seatOptions));
    let record: CallRecord;
    try {
      record = await runCall({ scenario, caller, callee, seed, maxTurns: options.maxTurns ?? DEFAULTS.maxTurns, ...(typeof options.scenario === "string" ? { scenarioPath: options.scenario } : {}) });
    } finally {
      await Promise.all([caller.close?.(), callee.close?.()]);
    }
    const stoppedAtCheckpoint = driver.checkpoints.some((c) => !c.passed);
    if (!stoppedAtCheckpoint) await driver.finish(record);
    calls.push({ seed, scenario, record, scorecard: evaluateCall(scenario, record), checkpoints: driver.checkpoints });
  }
  return { scenario, calls };
}

export { CheckpointFailed };
