// Takes finished jobs off the executors at once and writes them behind their backs: a job slot is never held by
// a write or an fsync. A result counts (progress, totals) only when its line is on disk. calls.jsonl's lines are
// placed in the order they are handed over; a line a worker holds is written by that worker at its place.
import { JsonlAppender } from "./jsonl-log.js";
import { LineLost, PlacedLog, type PlacedLine } from "./placed-log.js";
import { failureLine } from "./failures.js";
import { isPlaced, lineText, type JobOutcome } from "./executor.js";
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
  /** The calls.jsonl that lines held by workers are placed in (absent: executors send their lines whole). */
  readonly linesPlacedIn?: string;
  /** Jobs whose held line was lost with its worker: counted failed, their bytes (if any) to be cut out. */
  lostLines?(): ReadonlySet<string>;
}

const DONE: WrittenResult = Object.freeze({ done: true, error: null });



export class ResultWriter implements ResultSink {
  private unwritten = 0;
  private waiters: (() => void)[] = [];
  private readonly lost = new Set<string>();

  private constructor(
    private readonly calls: PlacedLog,
    private readonly failures: JsonlAppender,
    readonly linesPlacedIn: string,
  ) {}

  static async open(paths: { calls: string; failures: string }): Promise<ResultWriter> {
    return new ResultWriter(await PlacedLog.open(paths.calls), await JsonlAppender.open(paths.failures), paths.calls);
  }

  lostLines(): ReadonlySet<string> {
    return this.lost;
  }

  /** Resolves once the job's line is durable; rejects when the disk refused it. */
  write(job: Job, outcome: JobOutcome | { error: string }): Promise<WrittenResult> {
    if (!("error" in outcome) && outcome.failure === null && isPlaced(outcome.line)) return this.placed(job, outcome.line);
    const error = "error" in outcome ? outcome.error : outcome.failure;
    const written =
      "error" in outcome
        ? this.failures.append(failureLine(job, outcome.error, null))
        : outcome.failure === null
          ? this.calls.append(typeof outcome.line === "string" ? Buffer.from(outcome.line, "utf8") : (outcome.line as Uint8Array))
          : this.failures.append(failureLine(job, outcome.failure, isPlaced(outcome.line) ? null : lineText(outcome.line)));
    return this.track(written, error);
  }

  /**
   * A line a worker holds: its place is taken now (so it keeps its turn's order), and it counts once the worker
   * has written and fsync'ed it there. A worker that died first loses it: the job fails and runs again next time.
   */
  private placed(job: Job, line: PlacedLine): Promise<WrittenResult> {
    this.unwritten++;
    // One reaction on the way every line takes (the batch process pays per promise, per line).
    return line.place(this.calls.reserve(line.length)).then(
      () => {
        this.landed();
        return DONE;
      },
      (failure: unknown) => {
        if (!(failure instanceof LineLost)) {
          this.landed();
          throw failure;
        }
        this.lost.add(job.key);
        this.unwritten--;
        const error = `its batch worker died before the line was on disk (${failure.message})`;
        return this.track(this.failures.append(failureLine(job, error, null)), error);
      },
    );
  }

  private track(written: Promise<void>, error: string | null): Promise<WrittenResult> {
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
