// The compiled worker pool (dist/, as the CLI runs it): jobs on real worker processes, errors per job, dead workers
// bounded, none left behind.
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { lineText, type JobExecutor, type JobOutcome } from "../src/batch/executor.js";
import { IN_FLIGHT_PER_WORKER, type PoolOptions } from "../src/batch/worker-pool.js";

const COMPILED = resolve("dist/batch/worker-pool.js");
const RUNNER = pathToFileURL(resolve("tests/fixtures/echo-runner.mjs"));

async function compiledPool(options: PoolOptions): Promise<JobExecutor> {
  expect(existsSync(COMPILED), "build first: npm run build").toBe(true);
  const module = (await import(pathToFileURL(COMPILED).href)) as { createRuleExecutor(options: PoolOptions): Promise<JobExecutor> };
  return module.createRuleExecutor(options);
}

const job = (seed: number) => ({ key: `s#${seed}#rule~rule`, scenario: "s", seed, caller: "rule", callee: "rule" });

describe("worker pool", () => {
  it("spreads jobs over threads and reports a failing job without losing the others", async () => {
    const pool = await compiledPool({ runnerModule: RUNNER, runnerOptions: { failSeed: 3, tag: "t" }, threads: 2 });
    try {
      expect(pool.capacity).toBe(2 * IN_FLIGHT_PER_WORKER);
      const results = await Promise.allSettled([1, 2, 3, 4, 5, 6].map((seed) => pool.run(job(seed))));
      const ok = results.filter((r): r is PromiseFulfilledResult<JobOutcome> => r.status === "fulfilled").map((r) => JSON.parse(lineText(r.value.line)) as { job: { seed: number }; worker: number; tag: string });
      expect(ok.map((line) => line.job.seed)).toEqual([1, 2, 4, 5, 6]);
      expect(ok.every((line) => line.tag === "t" && line.worker !== process.pid)).toBe(true);
      expect(new Set(ok.map((line) => line.worker)).size).toBe(2);
      expect(results[2]).toMatchObject({ status: "rejected", reason: { message: "seed 3 failed" } });
    } finally {
      await pool.close();
    }
  });

  it("gives up after repeated worker deaths instead of respawning forever", async () => {
    const pool = await compiledPool({ runnerModule: RUNNER, runnerOptions: { crash: true }, threads: 1 });
    try {
      const errors: string[] = [];
      for (let i = 0; i < 12; i++) {
        errors.push(await pool.run(job(i)).then(() => "ok", (error: Error) => error.message));
      }
      expect(errors.every((message) => message !== "ok")).toBe(true);
      expect(errors.at(-1)).toBe("batch workers keep dying (last: batch worker exited with code 3)");
    } finally {
      await pool.close();
    }
  });
});
