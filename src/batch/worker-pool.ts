// Runs rule-seat jobs on worker threads, one per core: each worker builds its own runner from a module URL.
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { inProcessExecutor, type JobExecutor, type JobOutcome, type JobRunnerModule } from "./executor.js";
import type { Job } from "./types.js";

/**
 * Jobs queued per worker: enough work (~30 ms) that a worker never waits for the main thread to take a result and
 * hand it the next job, even when a loaded machine leaves the main thread unscheduled for several milliseconds.
 */
export const IN_FLIGHT_PER_WORKER = 8;
/** Dead workers replaced before the pool gives up (a worker that cannot even start would loop forever). */
const MAX_RESPAWNS = 8;

export interface PoolOptions {
  /** URL of a module exporting createJobRunner(options), loaded in each worker. */
  runnerModule: URL;
  /** Structured-cloneable options passed to createJobRunner. */
  runnerOptions: unknown;
  /** Worker count; defaults to the number of cores. */
  threads?: number;
}

export interface WorkerRequest {
  id: number;
  job: Job;
}

export type WorkerReply = ({ id: number } & JobOutcome) | { id: number; error: string };

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve: (outcome: JobOutcome) => void; reject: (error: Error) => void }>;
}

/**
 * Worker threads need compiled JS. When this module runs from TypeScript sources (vitest, tsx), the worker file
 * is a .ts a plain worker cannot load, so the jobs run in this thread instead.
 */
export async function createRuleExecutor(options: PoolOptions): Promise<JobExecutor> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const workerFile = new URL("./worker.js", import.meta.url);
  if (import.meta.url.endsWith(".ts") || options.runnerModule.href.endsWith(".ts")) {
    const module = (await import(options.runnerModule.href)) as JobRunnerModule;
    return inProcessExecutor(await module.createJobRunner(options.runnerOptions), threads);
  }
  return new WorkerPool(workerFile, options, threads);
}

class WorkerPool implements JobExecutor {
  readonly capacity: number;
  private readonly workers: PoolWorker[] = [];
  private nextId = 0;
  private closed = false;
  private respawns = 0;
  private broken: Error | null = null;

  constructor(private readonly workerFile: URL, private readonly options: PoolOptions, threads: number) {
    this.capacity = threads * IN_FLIGHT_PER_WORKER;
    for (let i = 0; i < threads; i++) this.workers.push(this.spawn());
  }

  private spawn(): PoolWorker {
    const worker = new Worker(fileURLToPath(this.workerFile), {
      workerData: { runnerModule: this.options.runnerModule.href, runnerOptions: this.options.runnerOptions },
    });
    const entry: PoolWorker = { worker, pending: new Map() };
    worker.on("message", (reply: WorkerReply) => {
      const waiter = entry.pending.get(reply.id);
      if (waiter === undefined) return;
      entry.pending.delete(reply.id);
      if ("line" in reply) waiter.resolve({ line: reply.line, failure: reply.failure });
      else waiter.reject(new Error(reply.error));
    });
    const fail = (error: Error): void => {
      for (const waiter of entry.pending.values()) waiter.reject(error);
      entry.pending.clear();
      // A dead worker is replaced so the rest of the batch keeps its cores, up to a bound.
      const index = this.workers.indexOf(entry);
      if (this.closed || index === -1) return;
      if (++this.respawns > MAX_RESPAWNS) {
        this.broken ??= new Error(`batch workers keep dying (last: ${error.message})`);
        return;
      }
      this.workers[index] = this.spawn();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!this.closed) fail(new Error(`batch worker exited with code ${code}`));
    });
    return entry;
  }

  run(job: Job): Promise<JobOutcome> {
    if (this.broken !== null) return Promise.reject(this.broken);
    const target = this.workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      const request: WorkerRequest = { id, job };
      target.worker.postMessage(request);
    });
  }

  /** Event-loop utilisation of the workers: near 1 means they never waited for work, so the pool kept up. */
  busyShare(): number {
    const shares = this.workers.map((entry) => entry.worker.performance.eventLoopUtilization().utilization);
    return shares.reduce((sum, share) => sum + share, 0) / Math.max(1, shares.length);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((entry) => entry.worker.terminate()));
  }
}
