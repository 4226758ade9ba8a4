// `callsim batch` behind the CLI: scenarios, seat choices and executors for a run of runBatch.
import { ModelRuntime, type ModelSettings } from "../models/index.js";
import { isUserError, userError } from "../errors.js";
import { writeReport } from "../report/index.js";
import { collectScenarios } from "./collect-scenarios.js";
import { readPersonaFile, withPersonas } from "../scenario/index.js";
import { inProcessExecutor, type JobExecutor } from "./executor.js";
import type { JobPlan } from "./jobs.js";
import { defaultProgress, type ProgressSink } from "./progress.js";
import { runBatch, type BatchRunResult } from "./run-batch.js";
import type { BatchSummary } from "./summary-types.js";
import { createJobRunner, seatKind, seatModel, type JobRunnerOptions } from "./run-job.js";
import { isModelSeat, type SeatSpec } from "./types.js";
import { createRuleExecutor } from "./worker-pool.js";

export interface StartBatchOptions {
  inputs: readonly string[];
  /** Persona documents crossed with every scenario (agents × personas × seeds); none: each scenario's own callee. */
  personas?: readonly string[];
  seeds: readonly number[];
  callers: readonly SeatSpec[];
  callees: readonly SeatSpec[];
  outDir: string;
  force?: boolean;
  maxTurns?: number;
  /** Model-seat jobs in flight at once. */
  concurrency: number;
  /** Worker threads for rule-seat jobs; defaults to every core. */
  workers?: number;
  models?: ModelSettings;
  /** PROVIDER:MODEL of a model judge that also reads every call; the report compares its verdicts with the rules'. */
  judge?: string;
  passScore?: number;
  maxReportCalls?: number;
  progress?: ProgressSink;
  signal?: AbortSignal;
  /** Called with each folder file that was not a scenario. */
  onSkipped?: (line: string) => void;
  /** redis://HOST:PORT/DB: enqueue the jobs on BullMQ for `callsim worker`s and collect their results. */
  queueUrl?: string;
  onQueueError?: (error: Error) => void;
}

/** Seat kinds a batch can run unattended: its own seats and outside agents (passed whole to the seat factory). */
const BATCH_SEATS = new Set(["rule", "llm", "http", "https", "webhook", "cmd"]);
/** Specs that are a URL or a command: a comma inside them is theirs, not a list separator. */
const WHOLE_SPEC = /^(https?|webhook|cmd):/;

/** Comma-separated or repeated seat choices → distinct specs, checked. */
export function parseSeatSpecs(role: "caller" | "callee", values: readonly string[]): SeatSpec[] {
  const pieces = values.flatMap((value) => (WHOLE_SPEC.test(value.trim()) ? [value] : value.split(",")));
  const specs = [...new Set(pieces.map((value) => value.trim()).filter((value) => value !== ""))];
  if (specs.length === 0) return ["rule"];
  for (const spec of specs) {
    if (!BATCH_SEATS.has(seatKind(spec))) {
      throw userError("bad-seat", `--${role} '${spec}' cannot run in a batch (choose rule, llm, llm:PROVIDER:MODEL, http:URL, webhook:URL or cmd:COMMAND)`);
    }
    if (seatKind(spec) === "rule" && seatModel(spec) !== undefined) throw userError("bad-seat", `--${role} '${spec}': a rule seat takes no model`);
  }
  return specs;
}

function checkModels(role: "caller" | "callee", specs: readonly SeatSpec[], models: ModelSettings | undefined): void {
  const fallback = role === "caller" ? models?.callerModel : models?.calleeModel;
  for (const spec of specs) {
    if (seatKind(spec) === "llm" && seatModel(spec) === undefined && fallback === undefined && models?.model === undefined) {
      throw userError("missing-model", `--${role} llm needs a model: --model PROVIDER:MODEL, --${role}-model, or --${role} llm:PROVIDER:MODEL`);
    }
  }
}

const unused: JobExecutor = {
  capacity: 1,
  run: () => Promise.reject(new Error("no executor for this seat kind")),
  close: async () => {},
};

/** A bad --judge spec is a user error naming --judge before any call runs (the model layer names --model). */
function checkJudge(judge: string | undefined, models: ModelSettings | undefined): void {
  if (judge === undefined) return;
  try {
    new ModelRuntime({ baseUrl: models?.baseUrl, callerModel: judge }).portFor("caller", 0);
  } catch (error) {
    if (isUserError(error) && error.message.startsWith("--model")) throw userError(error.code, error.message.replace("--model", "--judge"));
    throw error;
  }
}

export async function startBatch(options: StartBatchOptions): Promise<BatchRunResult> {
  checkModels("caller", options.callers, options.models);
  checkModels("callee", options.callees, options.models);
  checkJudge(options.judge, options.models);
  const collected = await collectScenarios(options.inputs);
  const { skipped } = collected;
  const personas = await Promise.all((options.personas ?? []).map((file) => readPersonaFile(file)));
  const scenarios = collected.scenarios.flatMap(({ scenario, path }) => withPersonas(scenario, personas).map((s) => ({ scenario: s, path })));
  for (const line of skipped) options.onSkipped?.(line);

  const runnerOptions: JobRunnerOptions = {
    scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })),
    ...(options.maxTurns === undefined ? {} : { maxTurns: options.maxTurns }),
    ...(options.judge === undefined ? {} : { judge: options.judge }),
  };
  const plan: JobPlan = {
    scenarios: scenarios.map(({ scenario, path }) => ({ id: scenario.id, path })),
    seeds: options.seeds,
    callers: options.callers,
    callees: options.callees,
  };
  const common = {
    outDir: options.outDir,
    scenarios: scenarios.map(({ scenario }) => scenario),
    plan,
    force: options.force === true,
    ...(options.passScore === undefined ? {} : { passScore: options.passScore }),
    progress: options.progress ?? defaultProgress(),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    writeReport: async (dir: string, summary: BatchSummary) => {
      await writeReport(dir, { summary, ...(options.maxReportCalls === undefined ? {} : { maxEmbeddedCalls: options.maxReportCalls }) });
    },
  };
  if (options.queueUrl !== undefined) {
    // BullMQ loads only for a queued batch.
    const { queueBatch } = await import("./queue/coordinator.js");
    return queueBatch({
      ...common,
      queueUrl: options.queueUrl,
      runnerOptions: { ...runnerOptions, ...(options.models === undefined ? {} : { models: options.models }) },
      onError: options.onQueueError ?? (() => {}),
    });
  }
  const judged = options.judge !== undefined;
  const pairs = options.callers.flatMap((caller) => options.callees.map((callee) => judged || isModelSeat(caller) || isModelSeat(callee)));
  const rule = pairs.some((model) => !model)
    ? await createRuleExecutor({
        // Through ../batch/: this code may run from the bundled command in dist/cli, beside dist/batch.
        runnerModule: new URL(`../batch/run-job${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url),
        runnerOptions,
        ...(options.workers === undefined ? {} : { threads: options.workers }),
      })
    : unused;
  const model = pairs.some((isModel) => isModel)
    ? inProcessExecutor(createJobRunner({ ...runnerOptions, ...(options.models === undefined ? {} : { models: options.models }) }), options.concurrency)
    : unused;

  try {
    return await runBatch({ ...common, executors: { rule, model }, judged });
  } finally {
    await Promise.all([rule.close(), model.close()]);
  }
}
