// Runs rule-seat jobs on worker threads, one per core: each worker builds its own runner from a module URL.
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { inProcessExecutor, type JobExecutor, type JobOutcome, type JobRunnerModule } from "./executor.js";
import type { SummaryFacts } from "./summary-facts.js";
import type { Job } from "./types.js";

/**
 * Jobs queued per worker: enough work (~60 ms) that a worker never waits for the main thread to take a batch of
 * results and hand it the next jobs, even when a loaded machine leaves the main thread unscheduled for a while.
 */
export const IN_FLIGHT_PER_WORKER = 32;
/**
 * Results a worker sends per message (fewer when it runs out of jobs). One message per result cost the worker
 * ~0.17 ms of postMessage per call and woke the main thread as often; a batch of 8 divides both by 8 and still
 * leaves 24 jobs queued when the main thread refills.
 */
export const RESULTS_PER_MESSAGE = 8;
/** Each worker thread names itself so (Linux `top -H`, the batch bench) can tell its CPU time from the rest. */
export const WORKER_THREAD_NAME = "callsim-worker";
/**
 * Young generation of each worker isolate, set per worker (Worker `resourceLimits`) so no process-wide V8 flag
 * changes after start (Node documents that as able to crash the process). 96 MB is a 32 MB semi-space (V8 sizes
 * the young generation at three semi-spaces), twice Node's default, for a worker's short-lived garbage (strings,
 * profiles, checks). Measured at load 12, 2 workers x 10,000 calls: 28.1-28.2 s CPU against 28.5 s with the
 * default, within noise; kept as the bound the old flag set.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

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

/** Main thread to worker: the jobs dispatched in one turn of the event loop. */
export interface WorkerRequest {
  jobs: { id: number; job: Job }[];
}

/** One job's answer: its line as UTF-8 bytes (their buffer is transferred, not copied), or why it produced none. */
export type JobReply = { id: number; line: Uint8Array; failure: string | null; facts: SummaryFacts | undefined } | { id: number; error: string };

/** Worker to main thread: up to RESULTS_PER_MESSAGE answers. */
export interface WorkerReply {
  results: JobReply[];
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, { resolve: (outcome: JobOutcome) => void; reject: (error: Error) => void }>;
  /** Jobs waiting for the end of this event-loop turn, to go out in one message. */
  outbox: WorkerRequest["jobs"];
}

/**
 * Worker threads need compiled JS. When this module runs from TypeScript sources (vitest, tsx), the worker file
 * is a .ts a plain worker cannot load, so the jobs run in this thread instead.
 */
export async function createRuleExecutor(options: PoolOptions): Promise<JobExecutor> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  // Through ../batch/: the bundled command runs this from dist/cli, and the worker is tsc's file in dist/batch.
  const workerFile = new URL("../batch/worker.js", import.meta.url);
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
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const entry: PoolWorker = { worker, pending: new Map(), outbox: [] };
    worker.on("message", ({ results }: WorkerReply) => {
      for (const reply of results) {
        const waiter = entry.pending.get(reply.id);
        if (waiter === undefined) continue;
        entry.pending.delete(reply.id);
        if ("line" in reply) waiter.resolve({ line: reply.line, failure: reply.failure, ...(reply.facts === undefined ? {} : { facts: reply.facts }) });
        else waiter.reject(new Error(reply.error));
      }
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
      if (target.outbox.length === 0) setImmediate(() => this.send(target));
      target.outbox.push({ id, job });
    });
  }

  /** Sends a worker the jobs gathered in this turn; a worker that died meanwhile already failed them. */
  private send(target: PoolWorker): void {
    const jobs = target.outbox.splice(0);
    if (jobs.length === 0 || !this.workers.includes(target)) return;
    const request: WorkerRequest = { jobs };
    target.worker.postMessage(request);
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
