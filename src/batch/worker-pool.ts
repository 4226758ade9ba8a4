// Runs rule-seat jobs on worker processes, one per core: each worker builds its own runner from a module URL.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { inProcessExecutor, type JobExecutor, type JobOutcome, type JobRunnerModule } from "./executor.js";
import { LineLost, type PlacedLine } from "./placed-log.js";
import type { SummaryFacts } from "./summary-facts.js";
import type { Job } from "./types.js";

/**
 * Jobs queued per worker: enough work (~60 ms) that a worker never waits for the main thread to take a batch of
 * results and hand it the next jobs, even when a loaded machine leaves the main thread unscheduled for a while.
 */
export const IN_FLIGHT_PER_WORKER = 32;
/**
 * Results a worker sends per message (fewer when it runs out of jobs). One message per result cost the worker
 * ~0.17 ms of sending per call and woke the main thread as often; a batch of 8 divides both by 8 and still
 * leaves 24 jobs queued when the main thread refills. A message of 8 lines costs the worker ~0.26 ms to send and
 * the main thread ~0.09 ms to take (about 9 KB of line and 330 bytes of facts per call; a job out is 140 bytes).
 */
export const RESULTS_PER_MESSAGE = 8;
/** Each worker names its main thread so (Linux `top -H`, the batch bench) can tell its CPU time from the rest. */
export const WORKER_THREAD_NAME = "callsim-worker";
/**
 * V8 flags of each worker, given on its command line: workers are processes rather than threads because V8 flags
 * are per process and may only be set at start (Node documents `v8.setFlagsFromString` after start as able to
 * crash the process). Without TurboFan inlining V8 recompiles the scorer's and seats' large functions far less:
 * a 20,000-call rule batch at load 10-12 cost 1.03-1.10 ms CPU per call on 1 worker against 1.15-1.16 on a thread
 * without it, 1.33-1.43 against 1.41-1.45 on 2 (the runner alone, 2 x 10,000 calls: 23.3-23.8 s against
 * 25.5-26.0 s). A 32 MB semi-space (twice Node's default) is the young generation for a worker's short-lived
 * garbage; no measurable change alone. --no-regexp-tier-up is what the CLI sets for itself (src/cli/main.ts).
 * --v8-pool-size=1 (a Node option: V8's background threads, 4 by default) leaves each worker one thread for its
 * TurboFan compiles and GC help: a worker's threads besides its own took 0.15-0.18 ms CPU per call against
 * 0.18-0.23 with 4, and the whole batch 1.44-1.98 against 1.48-2.12 ms per call (10,000 calls, 1 and 2 workers,
 * 4 pairs run alternately at load 10-19). More helpers than cores only wake and wait for each other.
 */
export const WORKER_V8_FLAGS = ["--no-turbo-inlining", "--max-semi-space-size=32", "--no-regexp-tier-up", "--v8-pool-size=1"] as const;

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

/**
 * Main thread to worker: the jobs dispatched and the places of lines it holds (`[id, offset, id, offset, ...]`)
 * given in one turn of the event loop, in one message; or the calls.jsonl it writes its done lines into from now on.
 */
export type WorkerRequest = { jobs: JobRequest[]; place: number[] } | { log: string };

export interface JobRequest {
  id: number;
  job: Job;
}

/**
 * One job's answer: a done line the worker holds (its UTF-8 length), a line sent whole as UTF-8 bytes (a failed
 * job's, or any before the worker has a log), or why the job produced none.
 */
export type JobReply =
  | { id: number; length: number; facts: SummaryFacts }
  | { id: number; line: Uint8Array; failure: string | null; facts: SummaryFacts | undefined }
  | { id: number; error: string };

/**
 * Worker to main thread: up to RESULTS_PER_MESSAGE answers, the held lines now fsync'ed at their places, the
 * worker's event-loop utilisation so far, and a write its disk refused.
 */
export interface WorkerReply {
  results: JobReply[];
  durable: number[];
  busy: number;
  logError?: string;
}

/** The first message a worker gets: what to build its runner from. */
export interface WorkerInit {
  init: { runnerModule: string; runnerOptions: unknown };
}

interface PoolWorker {
  worker: ChildProcess;
  /** Its last reported event-loop utilisation. */
  busy: number;
  pending: Map<number, Waiter<JobOutcome>>;
  /** Jobs waiting for the end of this event-loop turn, to go out in one message. */
  outbox: JobRequest[];
  /** Held lines told their place, until the worker reports them fsync'ed. */
  placing: Map<number, Waiter<void>>;
  /** Places waiting for the end of this event-loop turn, `[id, offset, ...]`. */
  places: number[];
  /** A send is due at the end of this turn. */
  due: boolean;
}

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
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
  /** calls.jsonl, once the batch has named it: workers write their done lines there. */
  private logPath: string | null = null;

  constructor(private readonly workerFile: URL, private readonly options: PoolOptions, threads: number) {
    this.capacity = threads * IN_FLIGHT_PER_WORKER;
    for (let i = 0; i < threads; i++) this.workers.push(this.spawn());
  }

  private spawn(): PoolWorker {
    // "advanced" serialisation carries the lines' bytes and the scenarios as structured clones, as threads did.
    const worker = fork(fileURLToPath(this.workerFile), [], {
      execArgv: [...process.execArgv.filter((arg) => !arg.startsWith("--inspect")), ...WORKER_V8_FLAGS],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const init: WorkerInit = { init: { runnerModule: this.options.runnerModule.href, runnerOptions: this.options.runnerOptions } };
    worker.send(init);
    if (this.logPath !== null) worker.send({ log: this.logPath } satisfies WorkerRequest);
    const entry: PoolWorker = { worker, busy: 0, pending: new Map(), outbox: [], placing: new Map(), places: [], due: false };
    worker.on("message", ({ results, durable, busy, logError }: WorkerReply) => {
      entry.busy = busy;
      for (const reply of results) {
        const waiter = entry.pending.get(reply.id);
        if (waiter === undefined) continue;
        entry.pending.delete(reply.id);
        if ("length" in reply) waiter.resolve({ line: this.held(entry, reply.id, reply.length), failure: null, facts: reply.facts });
        else if ("line" in reply) waiter.resolve({ line: reply.line, failure: reply.failure, ...(reply.facts === undefined ? {} : { facts: reply.facts }) });
        else waiter.reject(new Error(reply.error));
      }
      for (const id of durable) {
        const waiter = entry.placing.get(id);
        entry.placing.delete(id);
        waiter?.resolve();
      }
      if (logError !== undefined) {
        // The disk refused a write: the batch stops (run-batch treats it as it treats its own write failing).
        const error = new Error(`a batch worker could not write calls.jsonl: ${logError}`);
        this.broken ??= error;
        for (const waiter of entry.placing.values()) waiter.reject(error);
        entry.placing.clear();
      }
    });
    const fail = (error: Error): void => {
      for (const waiter of entry.pending.values()) waiter.reject(error);
      entry.pending.clear();
      // Lines it held or had not yet fsync'ed are lost with it: their jobs fail (and run again next time).
      for (const waiter of entry.placing.values()) waiter.reject(new LineLost(error.message));
      entry.placing.clear();
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
    worker.on("exit", (code, signal) => {
      if (!this.closed) fail(new Error(`batch worker exited with ${signal === null ? `code ${code}` : `signal ${signal}`}`));
    });
    return entry;
  }

  run(job: Job): Promise<JobOutcome> {
    if (this.broken !== null) return Promise.reject(this.broken);
    const target = this.workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.outbox.push({ id, job });
      this.sendSoon(target);
    });
  }

  /** Sends a worker the jobs gathered in this turn; a worker that died meanwhile already failed them. */
  private send(target: PoolWorker): void {
    target.due = false;
    const jobs = target.outbox.splice(0);
    const place = target.places.splice(0);
    if ((jobs.length === 0 && place.length === 0) || !this.workers.includes(target)) return;
    const request: WorkerRequest = { jobs, place };
    target.worker.send(request);
  }

  /** Jobs and places given in this turn go out together at its end: one message, one wake-up of the worker. */
  private sendSoon(target: PoolWorker): void {
    if (target.due) return;
    target.due = true;
    setImmediate(() => this.send(target));
  }

  /** From now on workers write their done lines into `path` (calls.jsonl, opened by the batch) where placed. */
  placeLinesIn(path: string): void {
    this.logPath = path;
    for (const entry of this.workers) entry.worker.send({ log: path } satisfies WorkerRequest);
  }

  /** A line `entry` holds: placing it sends the worker its offset (gathered per turn) and waits for its fsync. */
  private held(entry: PoolWorker, id: number, length: number): PlacedLine {
    return {
      length,
      place: (offset) =>
        new Promise<void>((resolve, reject) => {
          if (!this.workers.includes(entry)) {
            reject(new LineLost("its batch worker is gone"));
            return;
          }
          entry.placing.set(id, { resolve, reject });
          entry.places.push(id, offset);
          this.sendSoon(entry);
        }),
    };
  }

  /** Event-loop utilisation of the workers: near 1 means they never waited for work, so the pool kept up. */
  busyShare(): number {
    const shares = this.workers.map((entry) => entry.busy);
    return shares.reduce((sum, share) => sum + share, 0) / Math.max(1, shares.length);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.workers.map(async (entry) => {
        if (entry.worker.exitCode !== null || entry.worker.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => entry.worker.once("exit", () => resolve()));
        entry.worker.kill();
        await exited;
      }),
    );
  }
}
