// `callsim report DIR`: rebuilds DIR/report.html (and summary.json) from DIR/calls.jsonl.
import type { Command } from "commander";
import { writeReport } from "../../report/index.js";
import { intFlag } from "./batch.js";

export function registerReportCommand(program: Command): void {
  program
    .command("report")
    .description("rebuild report.html and summary.json of a batch directory")
    .argument("<dir>", "batch output directory (with calls.jsonl)")
    .option("--pass-score <n>", "score at or above which a call passes (with no critical check failed)")
    .option("--report-calls <n>", "most transcripts embedded in report.html")
    .action(async (dir: string, flags: { passScore?: string; reportCalls?: string }) => {
      const result = await writeReport(dir, {
        ...(flags.passScore === undefined ? {} : { passScore: intFlag("--pass-score", flags.passScore, 0, 100) }),
        ...(flags.reportCalls === undefined ? {} : { maxEmbeddedCalls: intFlag("--report-calls", flags.reportCalls, 0) }),
      });
      const capped = result.embeddedCalls < result.totalCalls ? ` (${result.embeddedCalls} of ${result.totalCalls} transcripts embedded)` : "";
      process.stdout.write(`wrote ${result.path}: ${result.totalCalls} calls, ${(result.bytes / 1024).toFixed(0)} KB${capped}\n`);
    });
}
