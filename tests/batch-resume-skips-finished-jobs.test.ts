import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/batch/run-batch.js";
import { inProcessExecutor, type JobExecutor } from "../src/batch/executor.js";
import type { Job } from "../src/batch/types.js";
import { makeLine, makeScenario } from "./fixtures/batch-lines.js";

/** A typed fake executor: records which jobs it ran, fails the seeds it is told to. */
function fakeExecutor(ran: string[], failSeeds: readonly number[] = []): JobExecutor {
  return inProcessExecutor(async (job: Job) => {
    ran.push(job.key);
    if (failSeeds.includes(job.seed)) throw new Error(`boom ${job.seed}`);
    const line = makeLine({ scenario: job.scenario, seed: job.seed, caller: job.caller, callee: job.callee, score: job.seed * 10 });
    return line;
  }, 3);
}

const scenarios = [makeScenario("alpha"), makeScenario("beta", "en")];
const plan = (seeds: number[]) => ({
  scenarios: scenarios.map((scenario) => ({ id: scenario.id, path: `${scenario.id}.md` })),
  seeds,
  callers: ["rule"],
  callees: ["rule", "llm:m"],
});

function keysOf(dir: string): string[] {
  return readFileSync(join(dir, "calls.jsonl"), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { job: Job }).job.key);
}

describe("runBatch", () => {
  it("runs every job once, sends model seats to the model executor, and resumes without re-running", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-"));
    const ruleRan: string[] = [];
    const modelRan: string[] = [];
    const first = await runBatch({ outDir: dir, scenarios, plan: plan([1, 2, 3]), executors: { rule: fakeExecutor(ruleRan, [2]), model: fakeExecutor(modelRan) } });
    expect(first).toMatchObject({ total: 12, skipped: 0, ran: 10, failed: 2, interrupted: false });
    expect(first.errors).toEqual(["alpha#2#rule~rule: boom 2", "beta#2#rule~rule: boom 2"]);
    expect(ruleRan).toHaveLength(6);
    expect(modelRan.every((key) => key.endsWith("~llm:m"))).toBe(true);
    expect(keysOf(dir)).toHaveLength(10);

    // Second run with one more seed: only the failed jobs and the new seed's jobs run.
    const again: string[] = [];
    const second = await runBatch({ outDir: dir, scenarios, plan: plan([1, 2, 3, 4]), executors: { rule: fakeExecutor(again), model: fakeExecutor(again) } });
    expect(second).toMatchObject({ total: 16, skipped: 10, ran: 6, failed: 0 });
    expect(again.sort()).toEqual(["alpha#2#rule~rule", "alpha#4#rule~llm:m", "alpha#4#rule~rule", "beta#2#rule~rule", "beta#4#rule~llm:m", "beta#4#rule~rule"]);
    const keys = keysOf(dir);
    expect(keys).toHaveLength(16);
    expect(new Set(keys).size).toBe(16);

    const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as { calls: number; groups: unknown[] };
    expect(summary.calls).toBe(16);
    expect(summary.groups).toHaveLength(4);
    expect(existsSync(join(dir, "scenarios.json"))).toBe(true);
  });

  it("--force starts over", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-"));
    await runBatch({ outDir: dir, scenarios, plan: plan([1, 2]), executors: { rule: fakeExecutor([]), model: fakeExecutor([]) } });
    const ran: string[] = [];
    const result = await runBatch({ outDir: dir, scenarios, plan: plan([1]), force: true, executors: { rule: fakeExecutor(ran), model: fakeExecutor(ran) } });
    expect(result).toMatchObject({ total: 4, skipped: 0, ran: 4 });
    expect(keysOf(dir)).toHaveLength(4);
  });

  it("stops dispatching when aborted and keeps what finished", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-"));
    const controller = new AbortController();
    let count = 0;
    const stopping = inProcessExecutor(async (job: Job) => {
      if (++count === 3) controller.abort();
      return makeLine({ scenario: job.scenario, seed: job.seed, caller: job.caller, callee: job.callee });
    }, 1);
    const result = await runBatch({ outDir: dir, scenarios, plan: plan([1, 2, 3, 4, 5]), signal: controller.signal, executors: { rule: stopping, model: stopping } });
    expect(result.interrupted).toBe(true);
    expect(result.ran).toBe(3);
    expect(keysOf(dir)).toHaveLength(3);
  });
});
