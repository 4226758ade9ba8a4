// The batch orchestrator: resume from calls.jsonl, run the missing jobs on their executors, then summary and report.
import { mkdir, rm } from "node:fs/promises";
import type { Scenario } from "../schema/index.js";
import { batchPaths, readBatchScenarios, writeBatchScenarios, writeFileAtomic } from "./batch-files.js";
import { Slots, type JobExecutor } from "./executor.js";
import { expandJobs, jobCount, type JobPlan } from "./jobs.js";
import { JsonlAppender, recoverLog } from "./jsonl-log.js";
import { DEFAULT_PASS_SCORE } from "./pass.js";
import { silentProgress, type ProgressSink } from "./progress.js";
import { summarizeCalls } from "./summary.js";
import type { BatchSummary } from "./summary-types.js";
import { isModelSeat, type Job } from "./types.js";

export interface BatchRunOptions {
  outDir: string;
  /** The scenarios of the plan, already read and validated. */
  scenarios: readonly Scenario[];
  plan: JobPlan;
  /** Rule-seat jobs (CPU-bound) and model-seat jobs (network-bound) go to different executors. */
  executors: { rule: JobExecutor; model: JobExecutor };
  force?: boolean;
  passScore?: number;
  progress?: ProgressSink;
  /** Stops dispatching new jobs; those in flight finish and are written. */
  signal?: AbortSignal;
  /** Writes report.html from the directory after the summary (the report module's job). */
  writeReport?: (dir: string, summary: BatchSummary) => Promise<void>;
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
  summary: BatchSummary;
}

const KEPT_ERRORS = 10;

export async function runBatch(options: BatchRunOptions): Promise<BatchRunResult> {
  const paths = batchPaths(options.outDir);
  const progress = options.progress ?? silentProgress;
  await mkdir(options.outDir, { recursive: true });
  if (options.force === true) {
    await Promise.all([paths.calls, paths.summary, paths.report, paths.scenarios].map((path) => rm(path, { force: true })));
  }
  await writeBatchScenarios(options.outDir, options.scenarios);
  const log = await recoverLog(paths.calls);

  const total = jobCount(options.plan);
  let skipped = 0;
  for (const job of expandJobs(options.plan)) if (log.doneKeys.has(job.key)) skipped++;

  const appender = await JsonlAppender.open(paths.calls);
  const lanes = {
    rule: { executor: options.executors.rule, slots: new Slots(options.executors.rule.capacity) },
    model: { executor: options.executors.model, slots: new Slots(options.executors.model.capacity) },
  };
  const result = { ran: 0, failed: 0, errors: [] as string[] };
  const inFlight = new Set<Promise<void>>();
  let writeFailure: unknown = null;

  const runOne = async (job: Job, lane: (typeof lanes)["rule"]): Promise<void> => {
    try {
      let line: string;
      try {
        line = await lane.executor.run(job);
      } catch (error) {
        result.failed++;
        if (result.errors.length < KEPT_ERRORS) result.errors.push(`${job.key}: ${error instanceof Error ? error.message : String(error)}`);
        progress.tick(true);
        return;
      }
      try {
        await appender.append(line);
      } catch (error) {
        // The disk refused the line: stop the batch rather than run jobs whose results cannot be kept.
        writeFailure ??= error;
        return;
      }
      result.ran++;
      progress.tick(false);
    } finally {
      lane.slots.release();
    }
  };
  const aborted = (): boolean => options.signal?.aborted === true || writeFailure !== null;

  progress.start(total, skipped);
  try {
    for (const job of expandJobs(options.plan)) {
      if (aborted()) break;
      if (log.doneKeys.has(job.key)) continue;
      const lane = isModelSeat(job.caller) || isModelSeat(job.callee) ? lanes.model : lanes.rule;
      await lane.slots.acquire();
      if (aborted()) {
        lane.slots.release();
        break;
      }
      const task = runOne(job, lane);
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
    }
    await Promise.all(inFlight);
  } finally {
    progress.stop();
    await appender.close();
  }
  if (writeFailure !== null) throw writeFailure;

  const summary = await summarizeCalls(paths.calls, readBatchScenarios(options.outDir), options.passScore ?? DEFAULT_PASS_SCORE);
  await writeFileAtomic(paths.summary, `${JSON.stringify(summary, null, 2)}\n`);
  if (options.writeReport !== undefined) await options.writeReport(options.outDir, summary);
  return {
    total,
    skipped,
    ran: result.ran,
    failed: result.failed,
    errors: result.errors,
    droppedTornBytes: log.droppedBytes,
    interrupted: options.signal?.aborted === true,
    summary,
  };
}
