// Batch throughput (rule vs rule, worker threads on every core) and peak memory (RSS) of a whole batch run.
// The batch runs as the built CLI in a child process, so RSS covers the main thread, the workers, summary and report.
// Calls: CALLSIM_BENCH_BATCH_CALLS (default 100,000).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli/main.js";
const SCENARIO_DIR = "examples";

export interface BatchMeasure {
  calls: number;
  workers: number;
  /** Rate over the run phase, from the batch's own final progress line. */
  callsPerSecond: number;
  /** Whole command: start-up, calls, summary.json and report.html. */
  wallSeconds: number;
  peakRssMb: number;
  /** CPU time of the batch process (all threads), user + system: what the calls cost whatever else runs. */
  cpuSeconds: number;
  callsFileMb: number;
  reportKb: number;
}

function peakRssKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match === null ? 0 : Number(match[1]);
  } catch {
    return 0;
  }
}

/** utime + stime of a live process in seconds (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Runs one rule-vs-rule batch of about `calls` calls over the example scenarios. */
export async function measureBatch(calls: number, workers = availableParallelism()): Promise<BatchMeasure> {
  if (!existsSync(CLI)) throw new Error("build first: npm run build");
  const scenarios = 5;
  const seeds = Math.max(1, Math.ceil(calls / scenarios));
  const out = mkdtempSync(join(tmpdir(), "callsim-bench-batch-"));
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, "batch", SCENARIO_DIR, "--seeds", `1-${seeds}`, "--out", out, "--workers", String(workers)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
  child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
  let peak = 0;
  let cpu = 0;
  // VmHWM is the process's high-water mark, so polling it loses nothing between samples; CPU time misses at most
  // the last 100 ms.
  const poll = setInterval(() => {
    peak = Math.max(peak, peakRssKb(child.pid ?? 0));
    cpu = Math.max(cpu, cpuSecondsOf(child.pid ?? 0));
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`batch exited with ${code}: ${stderr}`);
  const rates = [...stderr.matchAll(/([\d.]+) calls\/s/g)].map((match) => Number(match[1]));
  const total = Number(/calls: (\d+)/.exec(stdout)?.[1] ?? 0);
  const result: BatchMeasure = {
    calls: total,
    workers,
    callsPerSecond: rates[rates.length - 1] ?? 0,
    wallSeconds,
    peakRssMb: peak / 1024,
    cpuSeconds: cpu,
    callsFileMb: statSync(join(out, "calls.jsonl")).size / 1048576,
    reportKb: statSync(join(out, "report.html")).size / 1024,
  };
  rmSync(out, { recursive: true, force: true });
  return result;
}

function line(label: string, m: BatchMeasure): string {
  return `${label}: ${m.calls} calls, ${m.workers} worker(s): ${m.callsPerSecond.toFixed(1)} calls/s, wall ${m.wallSeconds.toFixed(1)} s, ` +
    `peak RSS ${m.peakRssMb.toFixed(0)} MB, CPU ${((1000 * m.cpuSeconds) / Math.max(m.calls, 1)).toFixed(1)} ms/call, calls.jsonl ${m.callsFileMb.toFixed(1)} MB, report.html ${m.reportKb.toFixed(0)} KB`;
}

export async function run(): Promise<void> {
  const calls = Number(process.env["CALLSIM_BENCH_BATCH_CALLS"] ?? 100_000);
  const cores = availableParallelism();
  const small = Math.min(calls, 2000);
  const one = await measureBatch(small, 1);
  console.log(line("scaling, one core", one));
  const all = await measureBatch(small, cores);
  console.log(line(`scaling, ${cores} cores`, all));
  console.log(`speed-up ${cores} cores / 1 core: ${(all.callsPerSecond / Math.max(one.callsPerSecond, 1e-9)).toFixed(2)}x`);
  const big = await measureBatch(calls, cores);
  console.log(line("full batch", big));
}
