// The job executor port: something that turns a job into its calls.jsonl line, with a bound on jobs in flight.
import type { BatchLine, Job } from "./types.js";

export interface JobExecutor {
  /** How many jobs may be in flight at once. */
  readonly capacity: number;
  /** Runs one job; resolves with its calls.jsonl line (JSON, no newline). */
  run(job: Job): Promise<string>;
  close(): Promise<void>;
}

/** Runs one job in the current thread. */
export type JobRunner = (job: Job) => Promise<BatchLine>;

/** A module a worker (or the main thread) loads to build its runner: export `createJobRunner(options)`. */
export interface JobRunnerModule {
  createJobRunner(options: unknown): JobRunner | Promise<JobRunner>;
}

/** Runs jobs in this thread, `capacity` at a time (model seats: the waiting is on the network, not the CPU). */
export function inProcessExecutor(runner: JobRunner, capacity: number): JobExecutor {
  return {
    capacity,
    run: async (job) => JSON.stringify(await runner(job)),
    close: async () => {},
  };
}

/** Bounds the jobs in flight: acquire before starting one, release when it ends. */
export class Slots {
  private free: number;
  private waiting: (() => void)[] = [];

  constructor(count: number) {
    this.free = Math.max(1, count);
  }

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next();
    else this.free++;
  }
}
