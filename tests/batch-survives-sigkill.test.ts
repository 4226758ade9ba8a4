// Kill a real batch (the built CLI, worker threads) with SIGKILL mid-way, resume it, and find every job exactly once.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli/main.js";
const SCENARIOS = ["examples/01-bank-instalment.md", "examples/06-saas-renewal-checkin-en.md"];
const SEEDS = 100;

function linesOf(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").filter((line) => line !== "");
}

describe("batch after SIGKILL", () => {
  it("resumes and holds every job exactly once", { timeout: 180_000 }, async () => {
    expect(existsSync(CLI), "build first: npm run build").toBe(true);
    const out = mkdtempSync(join(tmpdir(), "callsim-kill-"));
    const calls = join(out, "calls.jsonl");
    const args = [CLI, "batch", ...SCENARIOS, "--seeds", `1-${SEEDS}`, "--out", out, "--workers", "2"];

    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    const killed = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    // Kill once a few dozen calls are on disk, well before the 300 jobs are done.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (!existsSync(calls) || statSync(calls).size < 40 * 4000)) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill("SIGKILL");
    expect(await killed).toBe("SIGKILL");
    // Its worker processes stop when they see the batch gone, but first finish writing the lines the batch had already
    // placed (those jobs are done and count as done): wait until the file stops changing before counting.
    await settled(calls);
    // Only complete lines count: the kill may itself have torn the last one.
    const killedText = readFileSync(calls);
    const complete = killedText.lastIndexOf(10) + 1;
    const tornByKill = killedText.length - complete;
    const beforeResume = killedText.subarray(0, complete).toString("utf8").split("\n").filter((line) => line !== "").length;
    expect(beforeResume).toBeGreaterThan(0);
    expect(beforeResume).toBeLessThan(2 * SEEDS);

    // Make sure the resume meets a torn last line, as a kill during a write leaves one.
    const partial = readFileSync(calls, "utf8").split("\n")[0]!.slice(0, 200);
    appendFileSync(calls, partial);

    const resumed = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 120_000 });
    expect(resumed.stderr).not.toContain("job failed");
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toContain(`dropped a torn last line of ${tornByKill + Buffer.byteLength(partial)} bytes`);
    const after = linesOf(calls);
    const keys = after.map((line) => (JSON.parse(line) as { job: { key: string } }).job.key);
    const expected = ["01-bank-instalment", "06-saas-renewal-checkin-en"].flatMap((id) => Array.from({ length: SEEDS }, (_, i) => `${id}#${i + 1}#rule~rule`));
    expect(after).toHaveLength(2 * SEEDS);
    expect(new Set(keys).size).toBe(2 * SEEDS);
    expect([...keys].sort()).toEqual([...expected].sort());
    expect(resumed.stdout).toContain(`${2 * SEEDS - beforeResume} run now, ${beforeResume} already done, 0 failed`);

    // A third run has nothing left to do.
    const third = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 120_000 });
    expect(third.stdout).toContain(`0 run now, ${2 * SEEDS} already done`);
    expect(linesOf(calls)).toHaveLength(2 * SEEDS);
    expect(existsSync(join(out, "report.html"))).toBe(true);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as { calls: number };
    expect(summary.calls).toBe(2 * SEEDS);
  });
});

/** Resolves once the file's size has not changed for half a second (at most 20 s). */
async function settled(file: string): Promise<void> {
  let size = -1;
  let still = 0;
  for (const start = Date.now(); Date.now() - start < 20_000 && still < 5; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = statSync(file).size;
    still = now === size ? still + 1 : 0;
    size = now;
  }
}
