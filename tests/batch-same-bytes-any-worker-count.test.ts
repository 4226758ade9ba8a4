// A rule batch (the built CLI, real worker threads) writes the same bytes for the same seeds with 1, 2 or 3 workers:
// lines go to calls.jsonl in job order, whichever worker finished first.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expandJobs } from "../src/batch/jobs.js";

const CLI = "dist/cli/main.js";
const SEEDS = 24;
const FILES = ["calls.jsonl", "failures.jsonl", "summary.json", "report.html", "scenarios.json"];

function runBatch(workers: number): Map<string, Buffer> {
  const out = mkdtempSync(join(tmpdir(), `callsim-bytes-${workers}-`));
  try {
    const run = spawnSync(process.execPath, [CLI, "batch", "examples", "--seeds", `1-${SEEDS}`, "--out", out, "--workers", String(workers)], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    return new Map(FILES.map((file) => [file, existsSync(join(out, file)) ? readFileSync(join(out, file)) : Buffer.alloc(0)]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe("batch output and worker count", () => {
  it("is byte-identical with 1, 2 and 3 workers, lines in job order", { timeout: 180_000 }, () => {
    expect(existsSync(CLI), "build first: npm run build").toBe(true);
    const one = runBatch(1);
    const calls = one.get("calls.jsonl")?.toString("utf8").split("\n").filter((line) => line !== "") ?? [];
    const jobs = calls.map((line) => (JSON.parse(line) as { job: { key: string; scenario: string } }).job);
    expect(jobs.length).toBeGreaterThanOrEqual(5 * SEEDS);
    // The order the jobs were dispatched in.
    const scenarios = [...new Set(jobs.map((job) => job.scenario))].map((id) => ({ id, path: `${id}.md` }));
    const seeds = Array.from({ length: SEEDS }, (_, i) => i + 1);
    expect(jobs.map((job) => job.key)).toEqual([...expandJobs({ scenarios, seeds, callers: ["rule"], callees: ["rule"] })].map((job) => job.key));
    for (const workers of [2, 3]) {
      const other = runBatch(workers);
      for (const file of FILES) expect(other.get(file)?.equals(one.get(file) ?? Buffer.alloc(0)), `${file} with ${workers} workers`).toBe(true);
    }
  });
});
