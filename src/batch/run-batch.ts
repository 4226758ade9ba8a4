// The batch orchestrator: lock DIR, resume from calls.jsonl, run the missing jobs on their executors while the
// result writer puts their lines on disk, then summary and report.
import { mkdir, rm } from "node:fs/promises";
import type { Scenario } from "../schema/index.js";
import { batchPaths, type BatchPaths, readBatchScenarios, writeBatchScenarios, writeFileAtomic } from "./batch-files.js";
import { lockDir } from "./dir-lock.js";
import { isPlaced, lineText, Slots, type JobExecutor, type JobOutcome } from "./executor.js";
import { expandJobs, jobCount, type JobPlan } from "./jobs.js";
import { recoverLog } from "./jsonl-log.js";
import { compactLog } from "./log-compact.js";
import { DEFAULT_PASS_SCORE } from "./pass.js";
import { silentProgress, type ProgressSink } from "./progress.js";
import { ResultWriter, type ResultSink, type WrittenResult } from "./result-writer.js";
import { RunningSummary } from "./running-summary.js";
import { summarizeCalls } from "./summary.js";
import { summaryFacts, type SummaryFacts } from "./summary-facts.js";
import type { BatchSummary } from "./summary-types.js";
import { isModelSeat, type BatchLine, type Job } from "./types.js";
import { WriteTurns } from "./write-turns.js";

export interface BatchRunOptions {
  outDir: string;
  /** The scenarios of the plan, already read and validated. */
  scenarios: readonly Scenario[];
  plan: JobPlan;
  /** Rule-seat jobs (CPU-bound) and model-seat jobs (network-bound) go to different executors. */
  executors: { rule: JobExecutor; model: JobExecutor };
  /** Every job also asks a model judge (`--judge`), so every job waits on the network: all go to the model lane. */
  judged?: boolean;
  force?: boolean;
  passScore?: number;
  progress?: ProgressSink;
  /** Stops dispatching new jobs; those in flight finish and are written. */
  signal?: AbortSignal;
  /** Writes report.html from the directory after the summary (the report module's job). */
  writeReport?: (dir: string, summary: BatchSummary) => Promise<void>;
  /** The sink for finished jobs (tests slow it down); defaults to the fsync'ing ResultWriter on DIR's files. */
  openSink?: (paths: BatchPaths) => Promise<ResultSink>;
}

export interface BatchRunResult {
  total: number;
  /** Finished by an earlier run and skipped. */
  skipped: number;
  ran: number;
  failed: number;
  /** The first few job errors, "key: message". */
  errors: string[];
  droppedTornBytes: number;
  interrupted: boolean;
  /** How busy the rule workers were over the run (0-1), when they ran on threads; low means they starved. */
  ruleWorkersBusy: number | null;
  summary: BatchSummary;
}

const KEPT_ERRORS = 10;

interface Lane {
  executor: JobExecutor;
  slots: Slots;
  /** Present when results must reach the writer in dispatch order. */
  turns: WriteTurns | null;
}

export async function runBatch(options: BatchRunOptions): Promise<BatchRunResult> {
  return withBatchDir(options, (paths) => runLocked(options, paths));
}

/** Takes DIR's lock, clears it on --force, records the scenarios, runs `body`, and releases the lock. */
export async function withBatchDir<T>(
  options: Pick<BatchRunOptions, "outDir" | "force" | "scenarios">,
  body: (paths: BatchPaths) => Promise<T>,
): Promise<T> {
  const paths = batchPaths(options.outDir);
  await mkdir(options.outDir, { recursive: true });
  const lock = lockDir(options.outDir);
  try {
    if (options.force === true) {
      await Promise.all([paths.calls, paths.failures, paths.summary, paths.report, paths.scenarios].map((path) => rm(path, { force: true })));
    }
    await writeBatchScenarios(options.outDir, options.scenarios);
    return await body(paths);
  } finally {
    lock.release();
  }
}

async function runLocked(options: BatchRunOptions, paths: BatchPaths): Promise<BatchRunResult> {
  const progress = options.progress ?? silentProgress;
  const log = await recoverLog(paths.calls);
  const total = jobCount(options.plan);
  let skipped = 0;
  for (const job of expandJobs(options.plan)) if (log.doneKeys.has(job.key)) skipped++;

  // The summary grows with each durable result, so the end needs no second pass over calls.jsonl.
  const summary = await RunningSummary.open(options.outDir, paths, options.passScore ?? DEFAULT_PASS_SCORE, log);

  const writer = await (options.openSink ?? ResultWriter.open)(paths);
  // Rule workers write their done lines into calls.jsonl themselves, where the writer places them.
  if (writer.linesPlacedIn !== undefined) options.executors.rule.placeLinesIn?.(writer.linesPlacedIn);
  // Rule results are written in dispatch order (same bytes whatever the worker count); model results as they come,
  // since a slow model call must not hold back the lines behind it and its text differs run to run anyway.
  const lanes: Record<"rule" | "model", Lane> = {
    rule: { executor: options.executors.rule, slots: new Slots(options.executors.rule.capacity), turns: new WriteTurns() },
    model: { executor: options.executors.model, slots: new Slots(options.executors.model.capacity), turns: null },
  };
  const result = { ran: 0, failed: 0, errors: [] as string[] };
  const inFlight = new Set<Promise<void>>();
  let writeFailure: unknown = null;
  let busy: number | null = null;

  const runOne = async (job: Job, lane: Lane, ticket: number | null): Promise<void> => {
    let outcome: JobOutcome | { error: string };
    let facts: SummaryFacts | undefined;
    try {
      outcome = await lane.executor.run(job);
      // An executor that sent no facts (a custom one) has its line read here, before it is kept.
      facts = outcome.facts ?? (outcome.failure === null && !isPlaced(outcome.line) ? summaryFacts(JSON.parse(lineText(outcome.line)) as BatchLine) : undefined);
    } catch (error) {
      outcome = { error: error instanceof Error ? error.message : String(error) };
    } finally {
      // The slot goes back as soon as the job has its result: the write and its fsync happen behind it.
      lane.slots.release();
    }
    try {
      let handed: Promise<WrittenResult>;
      try {
        const turn = lane.turns !== null && ticket !== null ? lane.turns.wait(ticket) : null;
        if (turn !== null) await turn;
        handed = writer.write(job, outcome);
      } finally {
        if (lane.turns !== null && ticket !== null) lane.turns.pass();
      }
      const written = await handed;
      if (written.done) {
        result.ran++;
        // A done outcome always has its facts (taken above, or the job failed on an unreadable line).
        if (facts !== undefined) summary.done(job.key, facts);
      } else {
        summary.failed(job.key, written.error ?? "");
        result.failed++;
        if (result.errors.length < KEPT_ERRORS) result.errors.push(`${job.key}: ${written.error ?? ""}`);
      }
      progress.tick(!written.done);
    } catch (error) {
      // The disk refused the line: stop the batch rather than run jobs whose results cannot be kept.
      writeFailure ??= error;
    }
  };
  const aborted = (): boolean => options.signal?.aborted === true || writeFailure !== null;

  progress.start(total, skipped);
  try {
    for (const job of expandJobs(options.plan)) {
      if (aborted()) break;
      if (log.doneKeys.has(job.key)) continue;
      const lane = options.judged === true || isModelSeat(job.caller) || isModelSeat(job.callee) ? lanes.model : lanes.rule;
      // Each wait is taken only when it must wait: an await that need not costs the batch process per job.
      const room = writer.room();
      if (room !== null) await room;
      const held = lane.turns?.room() ?? null;
      if (held !== null) await held;
      const slot = lane.slots.acquire();
      if (slot !== null) await slot;
      if (aborted()) {
        lane.slots.release();
        break;
      }
      const task = runOne(job, lane, lane.turns?.ticket() ?? null);
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
    }
    await Promise.all(inFlight);
    busy = options.executors.rule.busyShare?.() ?? null;
  } finally {
    progress.stop();
    await writer.close();
    // A worker that died holding lines left holes (and perhaps lines its batch never counted): cut them out now.
    const lost = writer.lostLines?.() ?? new Set<string>();
    if (lost.size > 0) await compactLog(paths.calls, lost);
  }
  if (writeFailure !== null) throw writeFailure;

  return endBatch(options, paths, summary.result(), { total, skipped, tally: result, droppedTornBytes: log.droppedBytes, ruleWorkersBusy: busy });
}

/** What a run counted, local or on the queue, for its result. */
export interface BatchTally {
  total: number;
  skipped: number;
  tally: { ran: number; failed: number; errors: string[] };
  droppedTornBytes: number;
  ruleWorkersBusy: number | null;
}

/** The end of a batch, local or on the queue: summary.json and the report written, then the run's result. */
export async function endBatch(
  options: Pick<BatchRunOptions, "outDir" | "passScore" | "writeReport" | "signal">,
  paths: BatchPaths,
  built: BatchSummary,
  run: BatchTally,
): Promise<BatchRunResult> {
  const summary = await finishBatch(options, paths, built);
  const { total, skipped, tally, droppedTornBytes, ruleWorkersBusy } = run;
  return { total, skipped, ran: tally.ran, failed: tally.failed, errors: tally.errors, droppedTornBytes, interrupted: options.signal?.aborted === true, ruleWorkersBusy, summary };
}

/**
 * summary.json (the one built during the run, or else from the directory's files), then the report: the same end
 * for a local and a queued batch.
 */
export async function finishBatch(
  options: Pick<BatchRunOptions, "outDir" | "passScore" | "writeReport">,
  paths: BatchPaths,
  built?: BatchSummary,
): Promise<BatchSummary> {
  const summary = built ?? (await summarizeCalls(paths.calls, readBatchScenarios(options.outDir), options.passScore ?? DEFAULT_PASS_SCORE, paths.failures));
  await writeFileAtomic(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
  if (options.writeReport !== undefined) await options.writeReport(options.outDir, summary);
  return summary;
}
