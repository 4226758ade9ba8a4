// 1 worker against 2 on the same rule batch, for a quiet moment: wall time, rate and CPU per call of each run,
// then the ratios. `npm run build && npx tsx bench/batch-ratio.ts [CALLS] [ROUNDS] [OTHER_CLI]` (default 20,000
// calls, 2 rounds, 1 and 2 workers alternating so a change of load hits both alike). With OTHER_CLI (another build's
// dist/cli/main.js) every round runs both builds too, in turn and in alternating order, and the medians are given
// per build: before/after pairs measured under the same load. Not in `npm run bench` (batch.bench.ts there prints
// the same figures once, beside the runner alone).
import { availableParallelism, loadavg } from "node:os";
import { measureBatch, type BatchMeasure } from "./batch.bench.js";

const calls = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 2);
const other = process.argv[4];
const builds = other === undefined ? ["this build"] : ["this build", other];

const perCall = (m: BatchMeasure, seconds: number): string => ((1000 * seconds) / Math.max(m.calls, 1)).toFixed(3);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
/** O/T: CPU of everything but the worker threads (batch process, the workers' GC and compiler threads) per worker-thread CPU. */
const overhead = (m: BatchMeasure): number => (m.cpuSeconds - sum(m.workerCpuSeconds)) / Math.max(sum(m.workerCpuSeconds), 1e-9);

async function measureWith(build: string, workers: 1 | 2): Promise<BatchMeasure> {
  const saved = process.env["CALLSIM_BENCH_CLI"];
  if (build !== "this build") process.env["CALLSIM_BENCH_CLI"] = build;
  try {
    return await measureBatch(calls, workers);
  } finally {
    if (saved === undefined) delete process.env["CALLSIM_BENCH_CLI"];
    else process.env["CALLSIM_BENCH_CLI"] = saved;
  }
}

console.log(`${calls} rule calls over examples/, ${rounds} round(s), ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const runs = new Map<string, BatchMeasure[]>();
for (let round = 1; round <= rounds; round++) {
  // Alternate which build goes first, so a drift of load over a round favours neither.
  const order = round % 2 === 1 ? builds : [...builds].reverse();
  for (const workers of [1, 2] as const) {
    for (const build of order) {
      const m = await measureWith(build, workers);
      const key = `${build}:${workers}`;
      runs.set(key, [...(runs.get(key) ?? []), m]);
      console.log(
        `round ${round}, ${build}, ${workers} worker(s): wall ${m.wallSeconds.toFixed(2)} s, run ${m.callsPerSecond.toFixed(0)} calls/s, load ${m.load.map((l) => l.toFixed(2)).join("->")}; ` +
          `CPU ms/call all ${perCall(m, m.cpuSeconds)} = main process ${perCall(m, m.mainProcessCpuSeconds)} (main thread ${perCall(m, m.mainCpuSeconds)}) + ` +
          `worker processes ${m.workerProcessCpuSeconds.map((s) => perCall(m, s)).join(" + ")} (worker threads ${m.workerCpuSeconds.map((s) => perCall(m, s)).join(" + ")}); O/T ${overhead(m).toFixed(2)}`,
      );
    }
  }
}
for (const build of builds) {
  const of = (workers: 1 | 2): BatchMeasure[] => runs.get(`${build}:${workers}`) ?? [];
  const wall = (workers: 1 | 2): number => median(of(workers).map((m) => m.wallSeconds));
  const rate = (workers: 1 | 2): number => median(of(workers).map((m) => m.callsPerSecond));
  const cpu = (workers: 1 | 2): number => median(of(workers).map((m) => (1000 * m.cpuSeconds) / Math.max(m.calls, 1)));
  const spread = (workers: 1 | 2): string => {
    const walls = of(workers).map((m) => m.wallSeconds);
    return `${Math.min(...walls).toFixed(2)}-${Math.max(...walls).toFixed(2)} s`;
  };
  // Per round: the pair of runs next to each other in time, so their ratio shares that round's load.
  const ratios = of(1).map((one, i) => one.wallSeconds / (of(2)[i]?.wallSeconds ?? NaN));
  console.log(
    `${build}, median: 1 worker wall ${wall(1).toFixed(2)} s (${spread(1)}), ${rate(1).toFixed(0)} calls/s, ${cpu(1).toFixed(3)} ms CPU/call, O/T ${median(of(1).map(overhead)).toFixed(2)}; ` +
      `2 workers wall ${wall(2).toFixed(2)} s (${spread(2)}), ${rate(2).toFixed(0)} calls/s, ${cpu(2).toFixed(3)} ms CPU/call (${(1000 / cpu(2)).toFixed(0)} calls per CPU-second), O/T ${median(of(2).map(overhead)).toFixed(2)}\n` +
      `  2 workers / 1 worker: wall ${(wall(1) / wall(2)).toFixed(2)}x (per round ${ratios.map((r) => r.toFixed(2)).join(", ")}), run rate ${(rate(2) / rate(1)).toFixed(2)}x`,
  );
}
