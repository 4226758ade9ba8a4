// Many machines on BullMQ + Redis: 3 workers, 3,000 rule jobs, one worker SIGKILLed mid-run; its jobs go to the
// others once their locks expire, the collector refuses duplicates, and every job lands exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarizeCalls } from "../src/batch/summary.js";
import { readBatchScenarios } from "../src/batch/batch-files.js";
import { startRedisServer, type RedisServer } from "./fakes/redis-server.js";

const CLI = "dist/cli/main.js";
const SEEDS = 600; // × 5 example scenarios = 3,000 jobs
const SCENARIO_IDS = ["00-seed-service-followup", "01-bank-instalment", "03-broadband-outage-compensation", "06-saas-renewal-checkin-en", "08-car-maintenance-booking"];

let redis: RedisServer;
const children: ChildProcess[] = [];
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await Promise.all(children.map((child) => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
    child.once("exit", resolve);
    child.kill("SIGKILL");
  })));
  await redis?.stop();
});

function lineCount(path: string): number {
  if (!existsSync(path)) return 0;
  const text = readFileSync(path);
  let count = 0;
  for (const byte of text) if (byte === 10) count++;
  return count;
}

function worker(): ChildProcess {
  const child = spawn(process.execPath, [CLI, "worker", "--queue", redis.url, "--lock-ms", "2000"], { stdio: ["ignore", "ignore", "pipe"] });
  children.push(child);
  return child;
}

describe("a queued batch over 3 workers", () => {
  it("lands every one of 3,000 jobs exactly once though a worker is SIGKILLed mid-run", { timeout: 900_000 }, async () => {
    expect(existsSync(CLI), "build first: npm run build").toBe(true);
    const out = mkdtempSync(join(tmpdir(), "callsim-queue-"));
    const calls = join(out, "calls.jsonl");
    const workers = [worker(), worker(), worker()];
    const coordinator = spawn(process.execPath, [CLI, "batch", "examples/", "--seeds", `1-${SEEDS}`, "--out", out, "--queue", redis.url], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(coordinator);
    let stdout = "";
    let stderr = "";
    coordinator.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    coordinator.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const finished = new Promise<number | null>((resolve) => coordinator.on("exit", resolve));

    // Kill one worker once the batch is well under way (it holds up to 4 jobs at any moment).
    while (lineCount(calls) < 400 && coordinator.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
    const victim = workers[0];
    const killed = new Promise((resolve) => victim?.on("exit", (_code, signal) => resolve(signal)));
    victim?.kill("SIGKILL");
    expect(await killed).toBe("SIGKILL");
    const atKill = lineCount(calls);
    expect(atKill).toBeLessThan(3000);

    // The status command sees the running batch while the two other workers finish it.
    const status = spawnSync(process.execPath, [CLI, "batch", "--queue", redis.url, "--status"], { encoding: "utf8" });
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`batch [0-9a-f]{12} → ${out}: \\d+/3000`));

    expect(await finished).toBe(0);
    const keys = readFileSync(calls, "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { job: { key: string } }).job.key);
    expect(keys).toHaveLength(3000);
    expect(new Set(keys).size).toBe(3000);
    for (const id of SCENARIO_IDS) expect(keys.filter((key) => key.startsWith(`${id}#`))).toHaveLength(SEEDS);
    expect(stdout).toContain("batch: 3000 jobs: 3000 run now, 0 already done, 0 failed");
    expect(stdout).toMatch(/queue: every result collected once; \d+ duplicate result\(s\) of rerun jobs refused/);
    expect(stderr).toContain("batch: 3000/3000 (100.0%)");
    expect(existsSync(join(out, "report.html"))).toBe(true);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as { calls: number; failedJobs: number };
    expect(summary).toMatchObject({ calls: 3000, failedJobs: 0 });
    // Built from the facts the workers sent while collecting, it is the summary streamed from the file.
    expect(summary).toEqual(JSON.parse(JSON.stringify(await summarizeCalls(join(out, "calls.jsonl"), readBatchScenarios(out), 80, join(out, "failures.jsonl")))));

    // The finished batch is gone from Redis.
    const after = spawnSync(process.execPath, [CLI, "batch", "--queue", redis.url, "--status"], { encoding: "utf8" });
    expect(after.stdout).toContain("no batch running");
    rmSync(out, { recursive: true, force: true });
  });
});
