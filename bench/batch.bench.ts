// Batch throughput (rule vs rule, worker threads on every core) and peak memory (RSS) of a whole batch run.
// The batch runs as the built CLI in a child process, so RSS and CPU cover it, its worker processes, summary and report.
// Calls: CALLSIM_BENCH_BATCH_CALLS (default 100,000).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { collectScenarios } from "../src/batch/collect-scenarios.js";
import type { JobRunnerModule } from "../src/batch/executor.js";
import { jobKey } from "../src/batch/jobs.js";
import { WORKER_THREAD_NAME } from "../src/batch/worker-pool.js";
import { mainCpuPerLine } from "./batch-main-line.js";

/** The built command; CALLSIM_BENCH_CLI names another build (an earlier one, to compare before and after). */
const cliPath = (): string => process.env["CALLSIM_BENCH_CLI"] ?? "dist/cli/main.js";
const SCENARIO_DIR = "examples";

export interface BatchMeasure {
  calls: number;
  workers: number;
  /** Rate over the run phase, from the batch's own final progress line. */
  callsPerSecond: number;
  /** Whole command: start-up, calls, summary.json and report.html. */
  wallSeconds: number;
  peakRssMb: number;
  /** CPU time of the batch and its worker processes (all threads), user + system: what the calls cost. */
  cpuSeconds: number;
  /** CPU time of the main thread alone (taking results, writing, summary, report): the batch's own overhead. */
  mainCpuSeconds: number;
  /** Main-thread CPU while the workers ran (taking results, writing): what competes with the workers for cores. */
  mainRunCpuSeconds: number;
  /** The batch's own process, every thread: its main thread plus libuv's pool (writes, fsyncs) and its V8 threads. */
  mainProcessCpuSeconds: number;
  /** The same when every job was in (start-up and the run; summary.json and report.html come after). */
  mainProcessRunCpuSeconds: number;
  /** Each worker process, every thread: its worker thread plus its V8 threads (compiler, GC). */
  workerProcessCpuSeconds: number[];
  /** CPU time of each rule worker's main thread (threads named WORKER_THREAD_NAME). */
  workerCpuSeconds: number[];
  /** The rest: V8's GC and compiler threads, libuv's pool, of every process (all threads but main and workers). */
  otherCpuSeconds: number;
  /** 1-minute load average at the start and at the end (`uptime`): on a shared machine, what else competed. */
  load: [number, number];
  /** Event-loop utilisation of the rule workers over the run: near 1 means they never waited for the main thread. */
  workersBusy: number;
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
function cpuSecondsOf(pid: number, thread?: number): number {
  try {
    const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface ThreadSample {
  name: string;
  cpu: number;
}

/** CPU seconds of every live thread of a process, with its name (/proc/PID/task/TID/comm). */
function threadsOf(pid: number): Map<number, ThreadSample> {
  const threads = new Map<number, ThreadSample>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      threads.set(Number(tid), { name: readFileSync(`/proc/${pid}/task/${tid}/comm`, "utf8").trim(), cpu: cpuSecondsOf(pid, Number(tid)) });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return threads;
}

/** The worker processes the batch forked (/proc/PID/task/TID/children, every thread's). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter((child) => child !== "").map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

const loadNow = (): number => loadavg()[0] ?? 0;

/** Runs one rule-vs-rule batch of about `calls` calls over the example scenarios. */
export async function measureBatch(calls: number, workers = availableParallelism()): Promise<BatchMeasure> {
  const CLI = cliPath();
  if (!existsSync(CLI)) throw new Error("build first: npm run build");
  const scenarios = 5;
  const seeds = Math.max(1, Math.ceil(calls / scenarios));
  const out = mkdtempSync(join(tmpdir(), "callsim-bench-batch-"));
  const loadBefore = loadNow();
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, "batch", SCENARIO_DIR, "--seeds", `1-${seeds}`, "--out", out, "--workers", String(workers)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  let mainRunCpu = 0;
  let mainProcessRunCpu = 0;
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    // The last progress line (every job in) ends the run phase; summary and report come after.
    if (/(\d+)\/\1 \(100\.0%\)/.test(stderr) && mainRunCpu === 0) {
      mainRunCpu = cpuSecondsOf(child.pid ?? 0, child.pid ?? 0);
      mainProcessRunCpu = cpuSecondsOf(child.pid ?? 0);
    }
  });
  child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
  let mainCpu = 0;
  // Per process (the batch and its worker processes): high-water RSS, CPU, and each thread's CPU.
  const peaks = new Map<number, number>();
  const cpus = new Map<number, number>();
  const seen = new Map<number, ThreadSample>();
  // VmHWM is the process's high-water mark, so polling it loses nothing between samples; CPU time misses at most
  // the last 50 ms of each thread.
  const poll = setInterval(() => {
    const pid = child.pid ?? 0;
    mainCpu = Math.max(mainCpu, cpuSecondsOf(pid, pid));
    for (const proc of [pid, ...childrenOf(pid)]) {
      peaks.set(proc, Math.max(peaks.get(proc) ?? 0, peakRssKb(proc)));
      cpus.set(proc, Math.max(cpus.get(proc) ?? 0, cpuSecondsOf(proc)));
      for (const [tid, sample] of threadsOf(proc)) seen.set(tid, sample);
    }
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
  clearInterval(poll);
  const wallSeconds = (performance.now() - started) / 1000;
  const workerCpu = [...seen.values()].filter((thread) => thread.name === WORKER_THREAD_NAME).map((thread) => thread.cpu);
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
  // Each process's own high-water mark, added: an upper bound of what they held at once.
  const peak = sum([...peaks.values()]);
  const cpu = sum([...cpus.values()]);
  // The last poll may come before the run phase's own reading when the batch ends within one poll: the main
  // thread's CPU at the end is at least what it was when every job was in.
  mainCpu = Math.max(mainCpu, mainRunCpu);
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
    mainCpuSeconds: mainCpu,
    mainRunCpuSeconds: mainRunCpu,
    mainProcessCpuSeconds: Math.max(mainCpu, cpus.get(child.pid ?? 0) ?? 0),
    mainProcessRunCpuSeconds: mainProcessRunCpu,
    workerProcessCpuSeconds: [...cpus].filter(([pid]) => pid !== child.pid).map(([, seconds]) => seconds),
    workerCpuSeconds: workerCpu,
    otherCpuSeconds: Math.max(0, cpu - mainCpu - sum(workerCpu)),
    load: [loadBefore, loadNow()],
    workersBusy: Number(/rule workers busy ([\d.]+)%/.exec(stdout)?.[1] ?? NaN) / 100,
    callsFileMb: statSync(join(out, "calls.jsonl")).size / 1048576,
    reportKb: statSync(join(out, "report.html")).size / 1024,
  };
  rmSync(out, { recursive: true, force: true });
  return result;
}

function line(label: string, m: BatchMeasure): string {
  const perCall = (seconds: number): string => ((1000 * seconds) / Math.max(m.calls, 1)).toFixed(2);
  return `${label}: ${m.calls} calls, ${m.workers} worker(s): ${m.callsPerSecond.toFixed(1)} calls/s, wall ${m.wallSeconds.toFixed(1)} s, ` +
    `load ${m.load[0].toFixed(2)}->${m.load[1].toFixed(2)} on ${availableParallelism()} cores, peak RSS ${m.peakRssMb.toFixed(0)} MB\n` +
    `    CPU ms/call: all ${perCall(m.cpuSeconds)} = workers ${m.workerCpuSeconds.map(perCall).join(" + ")} + main ${perCall(m.mainCpuSeconds)} ` +
    `(during the run ${perCall(m.mainRunCpuSeconds)}, summary+report ${perCall(m.mainCpuSeconds - m.mainRunCpuSeconds)}) + other threads (GC, compiler, libuv) ${perCall(m.otherCpuSeconds)}; ` +
    `main process (all its threads) ${perCall(m.mainProcessCpuSeconds)} (during the run ${perCall(m.mainProcessRunCpuSeconds)}), worker processes ${m.workerProcessCpuSeconds.map(perCall).join(" + ")}; ` +
    `workers busy ${(100 * m.workersBusy).toFixed(1)}%, calls.jsonl ${m.callsFileMb.toFixed(1)} MB, report.html ${m.reportKb.toFixed(0)} KB`;
}

/**
 * Calls per second this CPU split allows on an idle machine: every thread together gets at most all the cores,
 * and each worker thread at most one. Explains a measured rate when other people's work took the cores.
 */
export function cpuBoundRate(m: BatchMeasure, cores = availableParallelism()): number {
  const perCall = (seconds: number): number => seconds / Math.max(m.calls, 1);
  const busiestWorker = Math.max(...m.workerCpuSeconds.map(perCall), 1e-9);
  return Math.min(cores / Math.max(perCall(m.cpuSeconds), 1e-9), 1 / busiestWorker);
}

/**
 * CPU of the job runner alone (call + scorecard + its JSON line) in this thread once warm, all threads counted
 * (V8's compiler and GC included): what a batch cannot go below.
 */
async function runnerCpuMsPerCall(calls: number): Promise<number> {
  const { scenarios } = await collectScenarios([SCENARIO_DIR]);
  // The compiled runner: the very code the batch's workers run.
  const compiled = (await import(pathToFileURL(resolve("dist/batch/run-job.js")).href)) as JobRunnerModule;
  const runner = await compiled.createJobRunner({ scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })) });
  const jobAt = (i: number) => {
    const entry = scenarios[i % scenarios.length];
    if (entry === undefined) throw new Error("no scenarios");
    const seed = Math.floor(i / scenarios.length) + 1;
    return { key: jobKey(entry.scenario.id, seed, "rule", "rule"), scenario: entry.scenario.id, seed, caller: "rule", callee: "rule" };
  };
  // Warmed up as long as it is measured: the first thousands of calls pay V8's compiler (see the thread split).
  for (let i = 0; i < calls; i++) JSON.stringify(await runner(jobAt(i)));
  const before = process.cpuUsage();
  for (let i = calls; i < 2 * calls; i++) JSON.stringify(await runner(jobAt(i)));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

export async function run(): Promise<void> {
  const calls = Number(process.env["CALLSIM_BENCH_BATCH_CALLS"] ?? 20_000);
  const sizes = [...new Set([Math.min(calls, 2000), calls])];
  const runner = await runnerCpuMsPerCall(2000);
  console.log(`job runner alone, warm (call + scorecard + JSON line, one thread): ${runner.toFixed(2)} ms CPU/call, load ${loadNow().toFixed(2)} on ${availableParallelism()} cores`);
  const mainLine = await mainCpuPerLine(Math.min(calls, 20_000));
  console.log(`batch process alone (instant workers: ordering, writing, fsync, summary): ${mainLine.toFixed(3)} ms CPU/line`);
  const runs = new Map<string, BatchMeasure>();
  for (const size of sizes) {
    const one = await measureBatch(size, 1);
    console.log(line(`${size} calls, 1 worker`, one));
    const two = await measureBatch(size, 2);
    console.log(line(`${size} calls, 2 workers`, two));
    runs.set(`${size}:1`, one);
    runs.set(`${size}:2`, two);
    console.log(
      `  2 workers / 1 worker: ${(two.callsPerSecond / Math.max(one.callsPerSecond, 1e-9)).toFixed(2)}x calls/s, wall ratio ${(one.wallSeconds / two.wallSeconds).toFixed(2)}\n` +
        `  on an idle ${availableParallelism()}-core machine this CPU split allows ${cpuBoundRate(one).toFixed(0)} calls/s (1 worker) and ${cpuBoundRate(two).toFixed(0)} (2 workers): ` +
        `at most ${(cpuBoundRate(two) / cpuBoundRate(one)).toFixed(2)}x`,
    );
  }
  // Start-up and warm-up cost the same whatever the size, so the difference of two sizes is the cost of a warm call.
  if (sizes.length === 2) {
    const [small, large] = sizes as [number, number];
    for (const workers of [1, 2]) {
      const a = runs.get(`${small}:${workers}`);
      const b = runs.get(`${large}:${workers}`);
      if (a === undefined || b === undefined || b.calls <= a.calls) continue;
      const marginal = (1000 * (b.cpuSeconds - a.cpuSeconds)) / (b.calls - a.calls);
      console.log(`  ${workers} worker(s), warm: ${marginal.toFixed(2)} ms CPU/call (all threads); batch overhead over the warm runner ${(marginal - runner).toFixed(2)} ms/call`);
    }
  }
}
