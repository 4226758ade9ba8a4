// The job executor port: something that turns a job into its calls.jsonl line, with a bound on jobs in flight.
import { summaryFacts, type SummaryFacts } from "./summary-facts.js";
import type { BatchLine, Job } from "./types.js";

/** What a job produced: its line, and why it failed when the call ran but a seat could not get answers. */
export interface JobOutcome {
  /** The calls.jsonl line (JSON, no newline), as text or as UTF-8 bytes (what worker processes send). */
  line: string | Uint8Array;
  /** null when the job is done; otherwise the reason it failed (its line goes to failures.jsonl, not calls.jsonl). */
  failure: string | null;
  /** What the summary needs of the line, taken where the line was made; absent: the batch parses the line. */
  facts?: SummaryFacts;
}

export interface JobExecutor {
  /** How many jobs may be in flight at once. */
  readonly capacity: number;
  /** Runs one job; rejects when the job produced no record at all. */
  run(job: Job): Promise<JobOutcome>;
  close(): Promise<void>;
  /** Share of the time its threads were busy since they started (0-1), when it runs on threads of its own. */
  busyShare?(): number;
}

/** Runs one job in the current thread. */
export type JobRunner = (job: Job) => Promise<BatchLine>;

/** A module a worker (or the main thread) loads to build its runner: export `createJobRunner(options)`. */
export interface JobRunnerModule {
  createJobRunner(options: unknown): JobRunner | Promise<JobRunner>;
}

/**
 * A call that ended `by: "error"` got no answers from a seat (model errors, an agent that would not reply): its
 * score measures the failure, not the seat, so the job is failed and retried rather than counted done.
 */
export function failureOf(line: BatchLine): string | null {
  const end = (line as Partial<BatchLine>).call?.end;
  return end?.by === "error" ? `the call ended on an error: ${end.reason}` : null;
}

const decoder = new TextDecoder();

/** The line as text (failures and tests read it; calls.jsonl takes the bytes as they are). */
export function lineText(line: string | Uint8Array): string {
  return typeof line === "string" ? line : decoder.decode(line);
}

export function outcomeOf(line: BatchLine): JobOutcome & { line: string } {
  return { line: JSON.stringify(line), failure: failureOf(line), facts: summaryFacts(line) };
}

/** Runs jobs in this thread, `capacity` at a time (model seats: the waiting is on the network, not the CPU). */
export function inProcessExecutor(runner: JobRunner, capacity: number): JobExecutor {
  return {
    capacity,
    run: async (job) => outcomeOf(await runner(job)),
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

  /** Null when a slot was free (taken at once); otherwise resolves when one is handed over. */
  acquire(): Promise<void> | null {
    if (this.free > 0) {
      this.free--;
      return null;
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next();
    else this.free++;
  }
}
