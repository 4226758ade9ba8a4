// The job executor port: something that turns a job into its calls.jsonl line, with a bound on jobs in flight.
import type { PlacedLine } from "./placed-log.js";
import { summaryFacts, type SummaryFacts } from "./summary-facts.js";
import type { BatchLine, Job } from "./types.js";

/** What a job produced: its line, and why it failed when the call ran but a seat could not get answers. */
export interface JobOutcome {
  /**
   * The calls.jsonl line (JSON, no newline), as text, as UTF-8 bytes, or held by the worker process that made it
   * (a done line, once the executor was told where calls.jsonl is: `placeLinesIn`).
   */
  line: string | Uint8Array | PlacedLine;
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
  /** Done lines may stay where they were made and be written into this file (calls.jsonl) at the places given. */
  placeLinesIn?(path: string): void;
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

/** True for a line its worker holds (only its length is here). */
export function isPlaced(line: JobOutcome["line"]): line is PlacedLine {
  return typeof line === "object" && !(line instanceof Uint8Array);
}

/** The line as text (failures and tests read it; calls.jsonl takes the bytes as they are); never a held line. */
export function lineText(line: JobOutcome["line"]): string {
  if (isPlaced(line)) throw new Error("the line is held by its batch worker");
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
