// 1 worker against 2 on the same rule batch, for a quiet moment: wall time, rate and CPU per call of each run,
// then the ratios. `npm run build && npx tsx bench/batch-ratio.ts [CALLS] [ROUNDS]` (default 20,000 calls, 2 rounds,
// 1 and 2 workers alternating so a change of load hits both alike). Not in `npm run bench` (batch.bench.ts there
// prints the same figures once, beside the runner alone).
import { availableParallelism, loadavg } from "node:os";
import { measureBatch, type BatchMeasure } from "./batch.bench.js";

const calls = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 2);

const perCall = (m: BatchMeasure, seconds: number): string => ((1000 * seconds) / Math.max(m.calls, 1)).toFixed(3);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

console.log(`${calls} rule calls over examples/, ${rounds} round(s), ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
const runs: Record<1 | 2, BatchMeasure[]> = { 1: [], 2: [] };
for (let round = 1; round <= rounds; round++) {
  for (const workers of [1, 2] as const) {
    const m = await measureBatch(calls, workers);
    runs[workers].push(m);
    console.log(
      `round ${round}, ${workers} worker(s): wall ${m.wallSeconds.toFixed(2)} s, run ${m.callsPerSecond.toFixed(0)} calls/s, load ${m.load.map((l) => l.toFixed(2)).join("->")}; ` +
        `CPU ms/call all ${perCall(m, m.cpuSeconds)} = main process ${perCall(m, m.mainProcessCpuSeconds)} (main thread ${perCall(m, m.mainCpuSeconds)}) + ` +
        `worker processes ${m.workerProcessCpuSeconds.map((s) => perCall(m, s)).join(" + ")} (worker threads ${m.workerCpuSeconds.map((s) => perCall(m, s)).join(" + ")})`,
    );
  }
}
const wall = (workers: 1 | 2): number => median(runs[workers].map((m) => m.wallSeconds));
const rate = (workers: 1 | 2): number => median(runs[workers].map((m) => m.callsPerSecond));
const cpu = (workers: 1 | 2): number => median(runs[workers].map((m) => (1000 * m.cpuSeconds) / Math.max(m.calls, 1)));
console.log(
  `median: 1 worker wall ${wall(1).toFixed(2)} s, ${rate(1).toFixed(0)} calls/s, ${cpu(1).toFixed(3)} ms CPU/call; ` +
    `2 workers wall ${wall(2).toFixed(2)} s, ${rate(2).toFixed(0)} calls/s, ${cpu(2).toFixed(3)} ms CPU/call\n` +
    `2 workers / 1 worker: wall ${(wall(1) / wall(2)).toFixed(2)}x, run rate ${(rate(2) / rate(1)).toFixed(2)}x`,
);
