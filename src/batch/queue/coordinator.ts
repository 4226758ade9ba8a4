// `callsim batch … --queue redis://…`: enqueue the missing jobs on BullMQ, collect every worker's results from the
// batch's Redis stream into DIR (fsync'ed, first result per job key; duplicates refused), then summary and report.
import { Queue, QueueEvents } from "bullmq";
import type { BatchPaths } from "../batch-files.js";
import { expandJobs, jobCount } from "../jobs.js";
import { recoverLog } from "../jsonl-log.js";
import { silentProgress } from "../progress.js";
import { ResultWriter } from "../result-writer.js";
import { endBatch, withBatchDir, type BatchRunOptions, type BatchRunResult } from "../run-batch.js";
import type { JobRunnerOptions } from "../run-job.js";
import type { BatchLine, Job } from "../types.js";
import { DEFAULT_PASS_SCORE } from "../pass.js";
import { RunningSummary } from "../running-summary.js";
import { summaryFacts, type SummaryFacts } from "../summary-facts.js";
import type { QueueJobData } from "./queue-worker.js";
import { BATCHES_KEY, batchIdOf, batchKeys, bullJobId, QUEUE_NAME, RedisLink, redisTarget } from "./redis-link.js";
import type { RespClient, RespValue } from "./resp-client.js";

export interface QueueBatchOptions extends Omit<BatchRunOptions, "executors" | "openSink"> {
  queueUrl: string;
  /** What every worker builds its job runner from (plain data, stored in Redis). */
  runnerOptions: JobRunnerOptions;
  onError: (error: Error) => void;
}

export interface QueueBatchResult extends BatchRunResult {
  /** Results of a job already collected (a rerun after a worker died mid-job), refused. */
  duplicates: number;
}

const ENQUEUE_CHUNK = 500;
const READ_COUNT = 1000;
const READ_BLOCK_MS = 1000;
const KEPT_ERRORS = 10;

export function queueBatch(options: QueueBatchOptions): Promise<QueueBatchResult> {
  return withBatchDir(options, (paths) => collect(options, paths));
}

/** Stream entries as [id, [field, value, …]] → one result each. */
function entriesOf(reply: RespValue): { id: string; fields: Map<string, string> }[] {
  if (!Array.isArray(reply)) return [];
  const out: { id: string; fields: Map<string, string> }[] = [];
  for (const stream of reply) {
    const entries = Array.isArray(stream) ? stream[1] : undefined;
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!Array.isArray(entry) || typeof entry[0] !== "string" || !Array.isArray(entry[1])) continue;
      const fields = new Map<string, string>();
      for (let i = 0; i + 1 < entry[1].length; i += 2) fields.set(String(entry[1][i]), String(entry[1][i + 1]));
      out.push({ id: entry[0], fields });
    }
  }
  return out;
}

async function enqueue(queue: Queue<QueueJobData>, batch: string, jobs: Iterable<Job>): Promise<void> {
  let chunk: Job[] = [];
  const flush = async (): Promise<void> => {
    await queue.addBulk(
      chunk.map((job) => ({ name: "call", data: { batch, job }, opts: { jobId: bullJobId(batch, job.key), removeOnComplete: true, removeOnFail: true } })),
    );
    chunk = [];
  };
  for (const job of jobs) {
    chunk.push(job);
    if (chunk.length >= ENQUEUE_CHUNK) await flush();
  }
  if (chunk.length > 0) await flush();
}

async function collect(options: QueueBatchOptions, paths: BatchPaths): Promise<QueueBatchResult> {
  const progress = options.progress ?? silentProgress;
  const log = await recoverLog(paths.calls);
  const total = jobCount(options.plan);
  const pending = new Map<string, Job>();
  for (const job of expandJobs(options.plan)) if (!log.doneKeys.has(job.key)) pending.set(job.key, job);
  const skipped = total - pending.size;

  const batch = batchIdOf(options.outDir);
  const keys = batchKeys(batch);
  const link = new RedisLink(redisTarget(options.queueUrl), options.onError);
  const result = { ran: 0, failed: 0, errors: [] as string[], duplicates: 0 };
  const summary = await RunningSummary.open(options.outDir, paths, options.passScore ?? DEFAULT_PASS_SCORE, log);
  const writer = await ResultWriter.open(paths);
  let events: QueueEvents | null = null;
  let queue: Queue<QueueJobData> | null = null;
  progress.start(total, skipped);
  try {
    const redis = await link.plain();
    const reader = await link.plain();
    await redis.send("SET", [keys.spec, JSON.stringify(options.runnerOptions)]);
    await redis.send("SADD", [BATCHES_KEY, batch]);
    await redis.send("HSET", [keys.meta, "out", options.outDir, "total", total, "collected", skipped, "failed", 0, "startedMs", Date.now()]);
    queue = new Queue<QueueJobData>(QUEUE_NAME, { connection: link.forBull() });
    // A job BullMQ itself gave up on (stalled too often) never reaches the stream: count it failed from its event.
    const byBullId = new Map<string, string>();
    for (const key of pending.keys()) byBullId.set(bullJobId(batch, key), key);
    const lost: { key: string; reason: string }[] = [];
    events = new QueueEvents(QUEUE_NAME, { connection: link.forBull() });
    events.on("failed", ({ jobId, failedReason }) => {
      const key = byBullId.get(jobId);
      if (key !== undefined) lost.push({ key, reason: failedReason });
    });
    await enqueue(queue, batch, pending.values());

    let lastId = "0";
    const settle = (job: Job, outcome: { line: string; failure: string | null; facts?: SummaryFacts } | { error: string }): Promise<void> =>
      writer.write(job, outcome).then((written) => {
        if (written.done) {
          result.ran++;
          if (!("error" in outcome)) summary.done(job.key, outcome.facts ?? summaryFacts(JSON.parse(outcome.line) as BatchLine));
        } else {
          summary.failed(job.key, written.error ?? "");
          result.failed++;
          if (result.errors.length < KEPT_ERRORS) result.errors.push(`${job.key}: ${written.error ?? ""}`);
        }
        progress.tick(!written.done);
      });
    while (pending.size > 0 && options.signal?.aborted !== true) {
      const writes: Promise<void>[] = [];
      for (const { key, reason } of lost.splice(0)) {
        const job = pending.get(key);
        if (job === undefined) continue;
        pending.delete(key);
        writes.push(settle(job, { error: reason }));
      }
      const entries = entriesOf(await reader.send("XREAD", ["COUNT", READ_COUNT, "BLOCK", READ_BLOCK_MS, "STREAMS", keys.results, lastId]));
      for (const { id, fields } of entries) {
        lastId = id;
        const key = fields.get("key") ?? "";
        const job = pending.get(key);
        if (job === undefined) {
          result.duplicates++;
          continue;
        }
        pending.delete(key);
        const failure = fields.get("failure") ?? "";
        const line = fields.get("line") ?? "";
        const facts = factsOf(fields.get("facts"));
        writes.push(settle(job, line === "" ? { error: failure } : { line, failure: failure === "" ? null : failure, ...(facts === null ? {} : { facts }) }));
      }
      // Results leave Redis only once they are on disk here.
      await Promise.all(writes);
      if (entries.length > 0) await redis.send("XDEL", [keys.results, ...entries.map((entry) => entry.id)]);
      await redis.send("HSET", [keys.meta, "collected", total - pending.size, "failed", result.failed]);
    }
    if (pending.size === 0) await forget(redis, batch);
  } finally {
    progress.stop();
    await writer.close();
    await events?.close();
    await queue?.close();
    await link.close();
  }
  const ended = await endBatch(options, paths, summary.result(), { total, skipped, tally: result, droppedTornBytes: log.droppedBytes, ruleWorkersBusy: null });
  return { ...ended, duplicates: result.duplicates };
}

/** The facts a worker sent beside the line; null from a worker that sent none (the line is parsed instead). */
function factsOf(text: string | undefined): SummaryFacts | null {
  if (text === undefined || text === "") return null;
  try {
    return JSON.parse(text) as SummaryFacts | null;
  } catch {
    return null;
  }
}

/** A finished batch leaves nothing in Redis (late duplicates of a rerun add to a stream nobody reads; it expires). */
async function forget(redis: RespClient, batch: string): Promise<void> {
  const keys = batchKeys(batch);
  await redis.send("DEL", [keys.spec, keys.meta]);
  await redis.send("EXPIRE", [keys.results, 3600]);
  await redis.send("SREM", [BATCHES_KEY, batch]);
}
