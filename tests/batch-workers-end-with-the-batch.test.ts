// Worker processes never outlive their batch: SIGKILL the batch (the built CLI) mid-run and its workers are gone
// at once, so no orphan keeps computing, and a resume finds the directory free.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli/main.js";

/** Children of a process, from every thread's /proc/PID/task/TID/children (Linux). */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter((c) => c !== "").map(Number));
}

const alive = (pid: number): boolean => {
  try {
    // A zombie (exited, not yet reaped) counts as gone.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

describe("batch worker processes", () => {
  it.skipIf(!existsSync("/proc/self/task"))("end when the batch is killed", { timeout: 120_000 }, async () => {
    expect(existsSync(CLI), "build first: npm run build").toBe(true);
    const out = mkdtempSync(join(tmpdir(), "callsim-orphans-"));
    const calls = join(out, "calls.jsonl");
    const child = spawn(process.execPath, [CLI, "batch", "examples", "--seeds", "1-2000", "--out", out, "--workers", "2"], { stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    const pid = child.pid ?? 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (!existsSync(calls) || statSync(calls).size < 20 * 4000)) await new Promise((resolve) => setTimeout(resolve, 10));
    const workers = childrenOf(pid);
    expect(workers).toHaveLength(2);
    child.kill("SIGKILL");
    await exited;
    const gone = Date.now() + 10_000;
    while (Date.now() < gone && workers.some(alive)) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(workers.filter(alive)).toEqual([]);
  });
});
