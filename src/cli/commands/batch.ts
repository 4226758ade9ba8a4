// `callsim batch SCENARIOS... --seeds 1-100 --out DIR`: many calls, resumable, then summary.json and report.html.
import type { Command } from "commander";
import { inert } from "../terminal-text.js";
import { userError } from "../../errors.js";
import { DEFAULTS } from "../../defaults.js";
import { parseSeeds } from "../../batch/seeds.js";
import { parseSeatSpecs, startBatch } from "../../batch/start-batch.js";
import { batchPaths } from "../../batch/batch-files.js";
import type { BatchRunResult } from "../../batch/run-batch.js";
import { findConfig, loadConfig, type BatchConfig } from "../../batch/config.js";
import { parseRate, passRate } from "../../batch/verdict.js";
import { writeJunit } from "../../report/junit.js";

interface BatchFlags {
  config?: string;
  seeds?: string;
  out?: string;
  caller: string[];
  callee: string[];
  persona: string[];
  model?: string;
  callerModel?: string;
  calleeModel?: string;
  baseUrl?: string;
  judge?: string;
  concurrency?: string;
  workers?: string;
  maxTurns?: string;
  passScore?: string;
  reportCalls?: string;
  force?: boolean;
  failUnder?: string;
  junit?: string;
  rpm?: string;
  tpm?: string;
  queue?: string;
  status?: boolean;
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
const listOf = (value: string | readonly string[] | undefined): string[] => (value === undefined ? [] : typeof value === "string" ? [value] : [...value]);

/** The suite's config: --config FILE, or callsim.config.* here when no scenarios are named; null without one. */
async function suiteConfig(inputs: readonly string[], flags: BatchFlags): Promise<BatchConfig | null> {
  const path = flags.config ?? (inputs.length === 0 ? findConfig(process.cwd()) : null);
  if (path === null) return null;
  return (await loadConfig(path)).config;
}

function seedsOf(flags: BatchFlags, config: BatchConfig | null): number[] {
  const value = flags.seeds ?? config?.seeds;
  if (value === undefined) throw userError("missing-seeds", "give --seeds (e.g. 1-100) or seeds: in the config file");
  return parseSeeds(Array.isArray(value) ? value.join(",") : String(value));
}

/** Redis connection trouble while a queued batch runs: said once per message, the batch goes on or stops by itself. */
const warned = new Set<string>();
function queueWarning(error: Error): void {
  if (warned.has(error.message)) return;
  warned.add(error.message);
  process.stderr.write(`callsim: redis: ${inert(error.message)}\n`);
}

function failUnderOf(flags: BatchFlags, config: BatchConfig | null): number | undefined {
  if (flags.failUnder === undefined) return config?.thresholds?.failUnder;
  const rate = parseRate(flags.failUnder);
  if (rate === null) throw userError("bad-flag", `--fail-under must be a rate from 0 to 1 or a percentage (got '${flags.failUnder}')`);
  return rate;
}

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
    ...(summary.calls - summary.passed === 0
      ? []
      : [`  not passed: ${summary.calls - summary.passed - summary.failedWithSimulatorFault} by the caller, ${summary.failedWithSimulatorFault} with a misbehaving simulated customer (rerun those)`]),
    ...(summary.judge === null
      ? []
      : [`  judge ${summary.judge.models.join(", ")}: verdicts agree with the rules on ${summary.judge.agree} of ${summary.judge.judged} calls`]),
    ...("duplicates" in result && typeof result.duplicates === "number" ? [`queue: every result collected once; ${result.duplicates} duplicate result(s) of rerun jobs refused`] : []),
    ...(result.ruleWorkersBusy === null || result.ran === 0 ? [] : [`rule workers busy ${(100 * result.ruleWorkersBusy).toFixed(1)}% of the run`]),
    `wrote ${batchPaths(out).calls}, ${batchPaths(out).summary}, ${batchPaths(out).report}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

export function registerBatchCommand(program: Command): void {
  program
    .command("batch")
    .description("run every scenario × seed × seat choice; resumable; writes calls.jsonl, summary.json and report.html")
    .argument("[scenarios...]", "scenario files or folders (default: those of the config file)")
    .option("--config <file>", "suite config (callsim.config.yaml or .mjs; found here when no scenarios are given)")
    .option("--seeds <list>", "seeds, e.g. 1-100 or 1,5,9-12")
    .option("--out <dir>", "output directory (running again resumes it)")
    .option("--caller <seat>", "caller seat: rule, llm[:PROVIDER:MODEL], http:URL, webhook:URL or cmd:COMMAND (repeat for several)", collect, [])
    .option("--callee <seat>", "callee seat: rule, llm[:PROVIDER:MODEL], http:URL, webhook:URL or cmd:COMMAND (repeat for several)", collect, [])
    .option("--persona <file>", "a customer persona document crossed with every scenario (repeat: agents × personas × seeds)", collect, [])
    .option("--model <provider:model>", "model for llm seats")
    .option("--caller-model <provider:model>", "model for the llm caller seat")
    .option("--callee-model <provider:model>", "model for the llm callee seat")
    .option("--base-url <url>", "OpenAI-compatible endpoint (provider 'compatible')")
    .option("--judge <provider:model>", "a model judge also reads every call; the report compares its verdicts with the rules' (jobs then run --concurrency at a time)")
    .option("--concurrency <n>", `model-seat calls in flight at once (default ${DEFAULTS.concurrency})`)
    .option("--rpm <n>", "requests per minute to each provider (default: the provider's preset; 0: no limit)")
    .option("--tpm <n>", "tokens per minute to each provider (default: the provider's preset; 0: no limit)")
    .option("--workers <n>", "worker threads for rule-seat calls (default: all cores)")
    .option("--max-turns <n>", `turn limit per call (default ${DEFAULTS.maxTurns})`)
    .option("--pass-score <n>", "score at or above which a call passes (with no critical check failed)")
    .option("--report-calls <n>", "most transcripts embedded in report.html")
    .option("--force", "start over: delete the previous results in --out")
    .option("--queue <url>", "run on many machines: enqueue on BullMQ at redis://HOST:PORT/DB for `callsim worker`s and collect here")
    .option("--status", "with --queue: show the batches running on that Redis and exit")
    .option("--fail-under <rate>", "exit 1 when the share of calls passing is below RATE (0.9 or 90%)")
    .option("--junit <file>", "also write JUnit XML: one testcase per call, failing checks as failures")
    .action(async (inputs: string[], flags: BatchFlags) => {
      const controller = new AbortController();
      const onSigint = (): void => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write("\ncallsim: stopping after the calls in flight (Ctrl-C again to quit now)\n");
        controller.abort();
      };
      process.on("SIGINT", onSigint);
      try {
        if (flags.status === true) {
          if (flags.queue === undefined) throw userError("bad-flags", "--status needs --queue redis://HOST:PORT/DB");
          const { queueStatus, formatStatus } = await import("../../batch/queue/status.js");
          process.stdout.write(inert(formatStatus(await queueStatus(flags.queue, queueWarning), Date.now())));
          return;
        }
        const config = await suiteConfig(inputs, flags);
        const scenarios = inputs.length > 0 ? inputs : listOf(config?.scenarios);
        if (scenarios.length === 0) throw userError("missing-scenarios", "name scenario files or folders, or give a config file (--config or callsim.config.yaml here)");
        const out = flags.out ?? config?.out;
        if (out === undefined) throw userError("missing-out", "give --out DIR or out: in the config file");
        const failUnder = failUnderOf(flags, config);
        const junit = flags.junit ?? config?.junit;
        const passScore = flags.passScore === undefined ? config?.thresholds?.passScore : intFlag("--pass-score", flags.passScore, 0, 100);
        const workers = flags.workers === undefined ? config?.workers : intFlag("--workers", flags.workers, 1, 1024);
        const result = await startBatch({
          inputs: scenarios,
          personas: flags.persona,
          seeds: seedsOf(flags, config),
          callers: parseSeatSpecs("caller", flags.caller.length > 0 ? flags.caller : listOf(config?.caller)),
          callees: parseSeatSpecs("callee", flags.callee.length > 0 ? flags.callee : listOf(config?.callee)),
          outDir: out,
          force: flags.force === true,
          maxTurns: flags.maxTurns === undefined ? (config?.maxTurns ?? DEFAULTS.maxTurns) : intFlag("--max-turns", flags.maxTurns, 1),
          concurrency: flags.concurrency === undefined ? (config?.concurrency ?? DEFAULTS.concurrency) : intFlag("--concurrency", flags.concurrency, 1),
          ...(workers === undefined ? {} : { workers }),
          ...(passScore === undefined ? {} : { passScore }),
          ...(flags.reportCalls === undefined ? {} : { maxReportCalls: intFlag("--report-calls", flags.reportCalls, 0) }),
          models: {
            model: flags.model ?? config?.model,
            callerModel: flags.callerModel ?? config?.callerModel,
            calleeModel: flags.calleeModel ?? config?.calleeModel,
            baseUrl: flags.baseUrl ?? config?.baseUrl,
            requestsPerMinute: flags.rpm === undefined ? config?.rpm : intFlag("--rpm", flags.rpm, 0),
            tokensPerMinute: flags.tpm === undefined ? config?.tpm : intFlag("--tpm", flags.tpm, 0),
          },
          ...(flags.judge === undefined ? {} : { judge: flags.judge }),
          signal: controller.signal,
          ...(flags.queue === undefined ? {} : { queueUrl: flags.queue, onQueueError: queueWarning }),
          onSkipped: (line) => process.stderr.write(`callsim: skipping ${inert(line)}\n`),
        });
        printResult(result, out);
        if (junit !== undefined) {
          await writeJunit(out, junit, result.summary);
          process.stdout.write(`wrote ${junit}\n`);
        }
        for (const error of result.errors) process.stderr.write(`callsim: job failed: ${inert(error)}\n`);
        const rate = passRate(result.summary);
        if (result.interrupted) {
          process.stderr.write("callsim: interrupted; run the same command again to resume\n");
          process.exitCode = 130;
        } else if (result.failed > 0) {
          process.stderr.write(`callsim: ${result.failed} job(s) failed; run the same command again to retry them\n`);
          process.exitCode = 1;
        } else if (failUnder !== undefined && rate < failUnder) {
          process.stderr.write(`callsim: ${(100 * rate).toFixed(1)}% of calls passed, under --fail-under ${(100 * failUnder).toFixed(1)}%\n`);
          process.exitCode = 1;
        }
      } finally {
        process.off("SIGINT", onSigint);
      }
    });
}
