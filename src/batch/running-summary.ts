// summary.json kept up to date while a batch runs: the lines of earlier runs read once at the start, then each
// result as it reaches the disk (in file order), and the failed jobs no line has made done since.
import { readBatchScenarios, type BatchPaths } from "./batch-files.js";
import { readFailures } from "./failures.js";
import type { LogState } from "./jsonl-log.js";
import { readBatchLines } from "./read-lines.js";
import { SummaryBuilder, summaryWithFailures } from "./summary.js";
import type { SummaryFacts } from "./summary-facts.js";
import type { BatchSummary, FailedJob } from "./summary-types.js";

export class RunningSummary {
  private constructor(
    private readonly builder: SummaryBuilder,
    private readonly failures: Map<string, FailedJob>,
  ) {}

  /** Call after recoverLog (no torn tail) and before this run appends anything. */
  static async open(dir: string, paths: BatchPaths, passScore: number, log: LogState): Promise<RunningSummary> {
    const builder = new SummaryBuilder(readBatchScenarios(dir), passScore);
    if (log.lines > 0) for await (const line of readBatchLines(paths.calls)) builder.add(line);
    const failures = await readFailures(paths.failures);
    for (const key of log.doneKeys) failures.delete(key);
    return new RunningSummary(builder, failures);
  }

  /** The job's line is durable in calls.jsonl. */
  done(key: string, facts: SummaryFacts): void {
    this.failures.delete(key);
    this.builder.addFacts(facts);
  }

  /** The job's failure is durable in failures.jsonl (its latest reason wins, as when the file is read). */
  failed(key: string, error: string): void {
    this.failures.delete(key);
    this.failures.set(key, { key, error });
  }

  result(): BatchSummary {
    return summaryWithFailures(this.builder, this.failures);
  }
}
