// Takes finished jobs off the executors at once and writes them behind their backs: a job slot is never held by
// a write or an fsync. A result counts (progress, totals) only when its line is on disk.
import { JsonlAppender } from "./jsonl-log.js";
import { failureLine } from "./failures.js";
import { lineText, type JobOutcome } from "./executor.js";
import type { Job } from "./types.js";

/** Lines accepted but not yet durable before dispatch waits: bounds memory when the disk is slower than the CPUs. */
export const MAX_UNWRITTEN_LINES = 4096;

export interface WrittenResult {
  /** The job is done (its line is in calls.jsonl); false: it failed (failures.jsonl). */
  done: boolean;
  error: string | null;
}

/** Where finished jobs go; the batch waits on `room()` before starting another job (null: room now). */
export interface ResultSink {
  write(job: Job, outcome: JobOutcome | { error: string }): Promise<WrittenResult>;
  room(): Promise<void> | null;
  close(): Promise<void>;
}

export class ResultWriter implements ResultSink {
  private unwritten = 0;
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly calls: JsonlAppender,
    private readonly failures: JsonlAppender,
  ) {}

  static async open(paths: { calls: string; failures: string }): Promise<ResultWriter> {
    return new ResultWriter(await JsonlAppender.open(paths.calls), await JsonlAppender.open(paths.failures));
  }

  /** Resolves once the job's line is durable; rejects when the disk refused it. */
  write(job: Job, outcome: JobOutcome | { error: string }): Promise<WrittenResult> {
    const error = "error" in outcome ? outcome.error : outcome.failure;
    const written =
      "error" in outcome
        ? this.failures.append(failureLine(job, outcome.error, null))
        : outcome.failure === null
          ? this.calls.append(outcome.line)
          : this.failures.append(failureLine(job, outcome.failure, lineText(outcome.line)));
    this.unwritten++;
    // One reaction for both outcomes (not then + finally): the batch process pays per promise, per line.
    return written.then(
      () => {
        this.landed();
        return { done: error === null, error };
      },
      (failure: unknown) => {
        this.landed();
        throw failure;
      },
    );
  }

  private landed(): void {
    this.unwritten--;
    if (this.unwritten < MAX_UNWRITTEN_LINES && this.waiters.length > 0) for (const wake of this.waiters.splice(0)) wake();
  }

  /** Waits while too many lines are still on their way to disk; null when there is room now. */
  room(): Promise<void> | null {
    return this.unwritten < MAX_UNWRITTEN_LINES ? null : this.roomLater();
  }

  private async roomLater(): Promise<void> {
    while (this.unwritten >= MAX_UNWRITTEN_LINES) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    await Promise.all([this.calls.close(), this.failures.close()]);
  }
}
