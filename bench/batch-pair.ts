// Two builds' batches at the same moment, for a shared machine whose load moves: both runs meet the same load,
// so their CPU per call (each process, worker threads apart) and wall time compare where alternate runs cannot.
// `npx tsx bench/batch-pair.ts OTHER_CLI [CALLS] [WORKERS]` (default 8,000 calls, 1 worker); OTHER_CLI is another
// build's dist/cli/main.js. Both run at once, so neither figure is that build's speed alone: only the pair compares.
import { measureBatch, type BatchMeasure } from "./batch.bench.js";

const [other, callsArg, workersArg] = process.argv.slice(2);
if (other === undefined) throw new Error("usage: tsx bench/batch-pair.ts OTHER_CLI [CALLS] [WORKERS]");
const calls = Number(callsArg ?? 8000);
const workers = Number(workersArg ?? 1);

/** measureBatch reads CALLSIM_BENCH_CLI before its first await, so each run keeps the build it was started with. */
function start(cli: string | undefined): Promise<BatchMeasure> {
  if (cli === undefined) delete process.env["CALLSIM_BENCH_CLI"];
  else process.env["CALLSIM_BENCH_CLI"] = cli;
  return measureBatch(calls, workers);
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
const [mine, theirs] = await Promise.all([start(undefined), start(other)]);
for (const [name, m] of [["this build", mine], [other, theirs]] as const) {
  const per = (seconds: number): string => ((1000 * seconds) / Math.max(m.calls, 1)).toFixed(3);
  console.log(
    `${name}: ${m.calls} calls, ${workers} worker(s), wall ${m.wallSeconds.toFixed(1)} s; CPU ms/call all ${per(m.cpuSeconds)} = batch process ` +
      `${per(m.mainProcessCpuSeconds)} + worker processes ${per(sum(m.workerProcessCpuSeconds))} (worker threads ${per(sum(m.workerCpuSeconds))}); ` +
      `load ${m.load.map((l) => l.toFixed(1)).join("->")}`,
  );
}
