// `callsim worker --queue redis://…`: takes batch jobs from the BullMQ queue until stopped, runs them, and hands each
// result to its batch's collector on a Redis stream. A worker killed mid-job loses only its lock: BullMQ gives the
// job to another worker once the lock expires, and the collector keeps the first result of each job key.
import { Worker, type Job as BullJob } from "bullmq";
import { outcomeOf, type JobRunner } from "../executor.js";
import { createJobRunner, type JobRunnerOptions } from "../run-job.js";
import type { Job } from "../types.js";
import { batchKeys, QUEUE_NAME, RedisLink, redisTarget } from "./redis-link.js";
import type { RespClient } from "./resp-client.js";
import { RedisRateGate } from "./redis-rate-gate.js";

export interface QueueJobData {
  batch: string;
  job: Job;
}

export interface QueueWorkerOptions {
  queueUrl: string;
  /** Jobs in flight at once in this process. */
  concurrency: number;
  /** How long a job stays claimed by a worker that stopped answering before it goes to another. */
  lockMs: number;
  signal: AbortSignal;
  onError: (error: Error) => void;
  /** Called after each job this worker finished (for its own log line). */
  onJob?: (key: string, failure: string | null) => void;
}

/** Each batch's runner, built once from the spec its coordinator left in Redis. */
class Runners {
  private readonly runners = new Map<string, Promise<JobRunner>>();
  constructor(private readonly redis: RespClient) {}

  for(batch: string): Promise<JobRunner> {
    let runner = this.runners.get(batch);
    if (runner === undefined) {
      runner = this.redis.send("GET", [batchKeys(batch).spec]).then((text) => {
        if (typeof text !== "string") throw new Error(`batch ${batch} has no spec in Redis (its coordinator is gone)`);
        // Every worker draws on one quota per provider: the counters live in Redis.
        return createJobRunner(JSON.parse(text) as JobRunnerOptions, {
          rateGate: (endpoint, limits, clock) => new RedisRateGate(this.redis, `callsim:rate:${endpoint}`, limits, clock),
        });
      });
      runner.catch(() => this.runners.delete(batch));
      this.runners.set(batch, runner);
    }
    return runner;
  }
}

export async function runQueueWorker(options: QueueWorkerOptions): Promise<{ jobs: number }> {
  const link = new RedisLink(redisTarget(options.queueUrl), options.onError);
  const redis = await link.plain();
  const runners = new Runners(redis);
  let jobs = 0;
  const worker = new Worker<QueueJobData>(
    QUEUE_NAME,
    async (bullJob: BullJob<QueueJobData>) => {
      const { batch, job } = bullJob.data;
      let failure: string | null;
      let line = "";
      let facts = "";
      try {
        const outcome = outcomeOf(await (await runners.for(batch))(job));
        failure = outcome.failure;
        line = outcome.line;
        // The summary's facts travel with the line, so the collector need not parse it.
        facts = JSON.stringify(outcome.facts ?? null);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      // The result reaches the collector before the job is marked done: a kill in between means a rerun and a
      // duplicate the collector refuses, never a lost result.
      await redis.send("XADD", [batchKeys(batch).results, "*", "key", job.key, "failure", failure ?? "", "line", line, "facts", facts]);
      jobs++;
      options.onJob?.(job.key, failure);
    },
    {
      connection: link.forBull(),
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
      maxStalledCount: 10,
    },
  );
  worker.on("error", options.onError);
  await new Promise<void>((resolve) => {
    if (options.signal.aborted) resolve();
    options.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  await worker.close();
  await link.close();
  return { jobs };
}
