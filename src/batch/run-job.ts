// The real job runner: seats from the job's seat choices, the call engine, then the scorecard.
// Loaded in each worker process (rule seats) and in the main thread (model seats), so its options are plain data.
import type { CallRecord, Scenario, Speaker } from "../schema/index.js";
import { forRole, type Seat } from "../seats/seat.js";
import { createSeat } from "../seats/create-seat.js";
import { createLlmCallerSeat, createLlmCustomerSeat } from "../seats/llm/index.js";
import { ModelRuntime, ProviderLimits, type ModelSettings } from "../models/index.js";
import type { RateGateFactory } from "../models/limiter.js";
import { systemClock } from "../util/clock.js";
import { runCall } from "../call/index.js";
import { evaluateCall } from "../eval/index.js";
import { judgeReply } from "../eval/judge.js";
import { DEFAULTS } from "../defaults.js";
import type { JobRunner } from "./executor.js";
import type { Job, JudgeVerdict, SeatSpec } from "./types.js";

export interface JobRunnerOptions {
  scenarios: readonly { scenario: Scenario; path: string | null }[];
  maxTurns?: number;
  /** Model settings for "llm" seats (main thread only; workers run rule seats). */
  models?: ModelSettings;
  /** PROVIDER:MODEL of a model judge that reads every call too (`batch --judge`); its verdict joins the line. */
  judge?: string;
}

/** "llm" uses the model settings; "llm:PROVIDER:MODEL" names the model for this seat choice. */
export function seatModel(spec: SeatSpec): string | undefined {
  const colon = spec.indexOf(":");
  return colon === -1 ? undefined : spec.slice(colon + 1);
}

export function seatKind(spec: SeatSpec): string {
  const colon = spec.indexOf(":");
  return colon === -1 ? spec : spec.slice(0, colon);
}

/** What a runner may be given besides plain data: a distributed batch shares its quota through Redis. */
export interface JobRunnerDeps {
  rateGate?: RateGateFactory;
}

export function createJobRunner(options: JobRunnerOptions, deps: JobRunnerDeps = {}): JobRunner {
  const byId = new Map(options.scenarios.map((entry) => [entry.scenario.id, entry]));
  // One limiter per provider for the whole batch, not per call.
  const limits = new ProviderLimits(options.models?.concurrencyPerProvider ?? DEFAULTS.modelConcurrencyPerProvider, systemClock, deps.rateGate);

  // One runtime per model setting for the whole batch: it caches the provider's model object, costly to build.
  const runtimes = new Map<string, ModelRuntime>();
  const runtimeFor = (settings: ModelSettings): ModelRuntime => {
    const key = JSON.stringify(settings);
    let runtime = runtimes.get(key);
    if (runtime === undefined) {
      runtime = new ModelRuntime(settings, { limits });
      runtimes.set(key, runtime);
    }
    return runtime;
  };

  const seatFor = <R extends Speaker>(role: R, spec: SeatSpec, seed: number): Seat<R> => {
    // Every other spec goes to the seat factory whole: "rule", or an outside agent ("http:URL", "cmd:COMMAND"…).
    if (seatKind(spec) !== "llm") return createSeat(role, spec);
    const own = seatModel(spec);
    const settings: ModelSettings = { ...options.models, ...(own === undefined ? {} : role === "caller" ? { callerModel: own } : { calleeModel: own }) };
    const port = runtimeFor(settings).portFor(role, seed);
    return forRole(role, { caller: () => createLlmCallerSeat(port), callee: () => createLlmCustomerSeat(port) });
  };

  const judgeOf = async (scenario: Scenario, call: CallRecord, seed: number): Promise<JudgeVerdict | undefined> => {
    if (options.judge === undefined) return undefined;
    const port = runtimeFor({ ...options.models, model: options.judge, callerModel: options.judge }).portFor("caller", seed);
    const reply = await judgeReply(scenario, call, port);
    const finding = ({ kind, turn }: { kind: string; turn: number | null }) => ({ kind, turn });
    return { model: port.label, passed: reply.passed, faults: reply.faults.map(finding), simulatorFaults: reply.simulatorFaults.map(finding) };
  };

  return async (job: Job) => {
    const entry = byId.get(job.scenario);
    if (entry === undefined) throw new Error(`job ${job.key}: scenario '${job.scenario}' is not loaded`);
    const caller = seatFor("caller", job.caller, job.seed);
    const callee = seatFor("callee", job.callee, job.seed);
    try {
      const call = await runCall({
        scenario: entry.scenario,
        scenarioPath: entry.path,
        caller,
        callee,
        seed: job.seed,
        maxTurns: options.maxTurns ?? DEFAULTS.maxTurns,
      });
      const score = evaluateCall(entry.scenario, call);
      // A judge that cannot answer fails the job (retried by the next run), as a seat without answers does.
      const judge = call.end.by === "error" ? undefined : await judgeOf(entry.scenario, call, job.seed);
      return judge === undefined ? { job, call, score } : { job, call, score, judge };
    } finally {
      await Promise.all([caller.close?.(), callee.close?.()]);
    }
  };
}
