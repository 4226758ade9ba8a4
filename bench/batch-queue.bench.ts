// A queued batch on a local redis-server: calls/s with N `callsim worker` processes, and Redis operations per job
// (INFO commandstats over the whole run: enqueue, take, result stream, completion, collection).
// Knobs: CALLSIM_BENCH_QUEUE_JOBS (2,000), CALLSIM_BENCH_QUEUE_WORKERS (2).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseRedisUrl, RespClient } from "../src/batch/queue/resp-client.js";
import { startRedisServer } from "../tests/fakes/redis-server.js";

const CLI = "dist/cli/main.js";

/** utime + stime of a live process in seconds (fields 14 and 15 of /proc/PID/stat, in ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function commandStats(url: string): Promise<Map<string, number>> {
  const target = parseRedisUrl(url);
  if (target === null) throw new Error(`bad url ${url}`);
  const client = new RespClient(target);
  await client.connect();
  const text = String(await client.send("INFO", ["commandstats"]));
  client.close();
  const stats = new Map<string, number>();
  for (const match of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) stats.set(match[1] ?? "", Number(match[2]));
  return stats;
}

export async function run(): Promise<void> {
  const jobs = Number(process.env["CALLSIM_BENCH_QUEUE_JOBS"] ?? 2000);
  const workerCount = Number(process.env["CALLSIM_BENCH_QUEUE_WORKERS"] ?? 2);
  const redis = await startRedisServer();
  const out = mkdtempSync(join(tmpdir(), "callsim-bench-queue-"));
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < workerCount; i++) workers.push(spawn(process.execPath, [CLI, "worker", "--queue", redis.url], { stdio: "ignore" }));
    const before = await commandStats(redis.url);
    const started = performance.now();
    const seeds = Math.ceil(jobs / 5);
    const coordinator = spawn(process.execPath, [CLI, "batch", "examples/", "--seeds", `1-${seeds}`, "--out", out, "--queue", redis.url], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    coordinator.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    // The collector's own CPU (enqueue, stream reads, writes, summary and report): what one coordinator can take.
    let collectorCpu = 0;
    const poll = setInterval(() => (collectorCpu = Math.max(collectorCpu, cpuSecondsOf(coordinator.pid ?? 0))), 100);
    const code = await new Promise<number | null>((resolve) => coordinator.on("exit", resolve));
    clearInterval(poll);
    const wall = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`queued batch exited ${code}: ${stderr}`);
    const after = await commandStats(redis.url);
    const used = [...after].map(([name, calls]) => [name, calls - (before.get(name) ?? 0)] as const).filter(([, calls]) => calls > 0).sort((a, b) => b[1] - a[1]);
    const total = used.reduce((sum, [, calls]) => sum + calls, 0);
    const rates = [...stderr.matchAll(/([\d.]+) calls\/s/g)].map((match) => Number(match[1]));
    const n = seeds * 5;
    console.log(`queued batch: ${n} rule jobs, ${workerCount} worker process(es): ${(rates.at(-1) ?? 0).toFixed(1)} calls/s, wall ${wall.toFixed(1)} s; load average ${loadavg()[0]?.toFixed(1)}`);
    console.log(`  collector CPU ${((1000 * collectorCpu) / n).toFixed(2)} ms per job (whole coordinator process)`);
    console.log(`  Redis commands per job: ${(total / n).toFixed(1)} (incl. those inside BullMQ's Lua scripts); top: ${used.slice(0, 8).map(([name, calls]) => `${name} ${(calls / n).toFixed(2)}`).join(", ")}`);
  } finally {
    // Workers leave before Redis goes, so none waits on a dead connection.
    await Promise.all(workers.map((worker) => new Promise((resolve) => {
      if (worker.exitCode !== null || worker.signalCode !== null) return resolve(null);
      worker.once("exit", resolve);
      worker.kill("SIGTERM");
    })));
    await redis.stop();
    rmSync(out, { recursive: true, force: true });
  }
}
