// `callsim batch SCENARIOS... --seeds 1-100 --out DIR`: many calls, resumable, then summary.json and report.html.
import type { Command } from "commander";
import { userError } from "../../errors.js";
import { DEFAULTS } from "../../defaults.js";
import { parseSeeds } from "../../batch/seeds.js";
import { parseSeatSpecs, startBatch } from "../../batch/start-batch.js";
import { batchPaths } from "../../batch/batch-files.js";
import type { BatchRunResult } from "../../batch/run-batch.js";

interface BatchFlags {
  seeds: string;
  out: string;
  caller: string[];
  callee: string[];
  model?: string;
  callerModel?: string;
  calleeModel?: string;
  baseUrl?: string;
  concurrency: string;
  workers?: string;
  maxTurns?: string;
  passScore?: string;
  reportCalls?: string;
  force?: boolean;
}

/** An integer flag within bounds, or a one-line user error. */
export function intFlag(name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw userError("bad-flag", `${name} must be an integer${max === Number.MAX_SAFE_INTEGER ? ` >= ${min}` : ` from ${min} to ${max}`} (got '${value}')`);
  }
  return n;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function printResult(result: BatchRunResult, out: string): void {
  const { summary } = result;
  const lines = [
    `batch: ${result.total} jobs: ${result.ran} run now, ${result.skipped} already done, ${result.failed} failed` +
      (result.droppedTornBytes > 0 ? ` (dropped a torn last line of ${result.droppedTornBytes} bytes)` : ""),
    `calls: ${summary.calls}, passed ${summary.passed} (${summary.calls === 0 ? 0 : ((100 * summary.passed) / summary.calls).toFixed(1)}%), mean score ${summary.meanScore}`,
    ...summary.seats.map((seats) => {
      const k = seats.passHatK.length;
      const first = seats.passHatK[0];
      const last = seats.passHatK[k - 1];
      return `  ${seats.caller} vs ${seats.callee}: pass^1 ${first == null ? "-" : first.toFixed(3)}, pass^${k} ${last == null ? "-" : last.toFixed(3)}`;
    }),
    ...(result.ruleWorkersBusy === null || result.ran === 0 ? [] : [`rule workers busy ${(100 * result.ruleWorkersBusy).toFixed(1)}% of the run`]),
    `wrote ${batchPaths(out).calls}, ${batchPaths(out).summary}, ${batchPaths(out).report}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

export function registerBatchCommand(program: Command): void {
  program
    .command("batch")
    .description("run every scenario × seed × seat choice; resumable; writes calls.jsonl, summary.json and report.html")
    .argument("<scenarios...>", "scenario files or folders")
    .requiredOption("--seeds <list>", "seeds, e.g. 1-100 or 1,5,9-12")
    .requiredOption("--out <dir>", "output directory (running again resumes it)")
    .option("--caller <seat>", "caller seat: rule, llm or llm:PROVIDER:MODEL (repeat or comma-separate for several)", collect, [])
    .option("--callee <seat>", "callee seat: rule, llm or llm:PROVIDER:MODEL (repeat or comma-separate for several)", collect, [])
    .option("--model <provider:model>", "model for llm seats")
    .option("--caller-model <provider:model>", "model for the llm caller seat")
    .option("--callee-model <provider:model>", "model for the llm callee seat")
    .option("--base-url <url>", "OpenAI-compatible endpoint (provider 'compatible')")
    .option("--concurrency <n>", "model-seat calls in flight at once", String(DEFAULTS.concurrency))
    .option("--workers <n>", "worker threads for rule-seat calls (default: all cores)")
    .option("--max-turns <n>", "turn limit per call", String(DEFAULTS.maxTurns))
    .option("--pass-score <n>", "score at or above which a call passes (with no critical check failed)")
    .option("--report-calls <n>", "most transcripts embedded in report.html")
    .option("--force", "start over: delete the previous results in --out")
    .action(async (inputs: string[], flags: BatchFlags) => {
      const controller = new AbortController();
      const onSigint = (): void => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write("\ncallsim: stopping after the calls in flight (Ctrl-C again to quit now)\n");
        controller.abort();
      };
      process.on("SIGINT", onSigint);
      try {
        const result = await startBatch({
          inputs,
          seeds: parseSeeds(flags.seeds),
          callers: parseSeatSpecs("caller", flags.caller),
          callees: parseSeatSpecs("callee", flags.callee),
          outDir: flags.out,
          force: flags.force === true,
          maxTurns: intFlag("--max-turns", flags.maxTurns ?? String(DEFAULTS.maxTurns), 1),
          concurrency: intFlag("--concurrency", flags.concurrency, 1),
          ...(flags.workers === undefined ? {} : { workers: intFlag("--workers", flags.workers, 1, 1024) }),
          ...(flags.passScore === undefined ? {} : { passScore: intFlag("--pass-score", flags.passScore, 0, 100) }),
          ...(flags.reportCalls === undefined ? {} : { maxReportCalls: intFlag("--report-calls", flags.reportCalls, 0) }),
          models: { model: flags.model, callerModel: flags.callerModel, calleeModel: flags.calleeModel, baseUrl: flags.baseUrl },
          signal: controller.signal,
          onSkipped: (line) => process.stderr.write(`callsim: skipping ${line}\n`),
        });
        printResult(result, flags.out);
        for (const error of result.errors) process.stderr.write(`callsim: job failed: ${error}\n`);
        if (result.interrupted) {
          process.stderr.write("callsim: interrupted; run the same command again to resume\n");
          process.exitCode = 130;
        } else if (result.failed > 0) {
          process.stderr.write(`callsim: ${result.failed} job(s) failed; run the same command again to retry them\n`);
          process.exitCode = 1;
        }
      } finally {
        process.off("SIGINT", onSigint);
      }
    });
}
