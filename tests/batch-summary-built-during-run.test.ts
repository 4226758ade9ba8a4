// The summary a batch builds as results reach the disk (facts sent by the workers, earlier runs' lines read at the
// start, failures tracked) is exactly the one streamed from the files afterwards: fresh, resumed, retried, threaded.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/batch/run-batch.js";
import { createJobRunner } from "../src/batch/run-job.js";
import { inProcessExecutor, type JobExecutor } from "../src/batch/executor.js";
import { collectScenarios } from "../src/batch/collect-scenarios.js";
import { batchPaths, readBatchScenarios } from "../src/batch/batch-files.js";
import { summarizeCalls } from "../src/batch/summary.js";
import type { BatchSummary } from "../src/batch/summary-types.js";

const EXAMPLES = ["examples/00-seed-service-followup.md", "examples/06-saas-renewal-checkin-en.md"];

const streamed = (dir: string): Promise<BatchSummary> =>
  summarizeCalls(batchPaths(dir).calls, readBatchScenarios(dir), 80, batchPaths(dir).failures);

describe("the summary built during the run", () => {
  it("equals the one streamed from calls.jsonl and failures.jsonl, across a resume and retries", async () => {
    const { scenarios } = await collectScenarios(EXAMPLES);
    const runner = createJobRunner({ scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })) });
    const inner = inProcessExecutor(runner, 4);
    // Seeds divisible by 3 fail on the first run; odd seeds come back without facts (the batch parses the line).
    let failing = true;
    const flaky: JobExecutor = {
      capacity: 4,
      run: async (job) => {
        if (failing && job.seed % 3 === 0) throw new Error(`seed ${job.seed} broke`);
        const outcome = await inner.run(job);
        return job.seed % 2 === 1 ? { line: outcome.line, failure: outcome.failure } : outcome;
      },
      close: async () => {},
    };
    const dir = mkdtempSync(join(tmpdir(), "callsim-summary-built-"));
    const plan = (last: number) => ({
      scenarios: scenarios.map(({ scenario, path }) => ({ id: scenario.id, path })),
      seeds: Array.from({ length: last }, (_, i) => i + 1),
      callers: ["rule"],
      callees: ["rule"],
    });
    const run = (last: number) =>
      runBatch({ outDir: dir, scenarios: scenarios.map(({ scenario }) => scenario), plan: plan(last), executors: { rule: flaky, model: flaky } });

    const first = await run(4);
    expect(first).toMatchObject({ ran: 6, failed: 2 });
    expect(first.summary).toEqual(await streamed(dir));
    expect(first.summary.failedJobs).toBe(2);

    const second = await run(7); // resumes 6 lines; seeds 3 and 6 fail again, 5 and 7 are new
    expect(second).toMatchObject({ skipped: 6, ran: 4, failed: 4 });
    expect(second.summary).toEqual(await streamed(dir));

    failing = false;
    const third = await run(7); // retries the four failures
    expect(third).toMatchObject({ skipped: 10, ran: 4, failed: 0 });
    expect(third.summary).toEqual(await streamed(dir));
    expect(third.summary).toMatchObject({ calls: 14, failedJobs: 0, failures: [] });
  });

  it("equals it when the calls ran on worker threads (the built CLI)", { timeout: 60_000 }, async () => {
    expect(existsSync("dist/cli/main.js"), "build first: npm run build").toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "callsim-summary-threads-"));
    const child = spawn(process.execPath, ["dist/cli/main.js", "batch", ...EXAMPLES, "--seeds", "1-12", "--out", dir, "--workers", "2"], { stdio: "ignore" });
    expect(await new Promise<number | null>((resolve) => child.on("exit", resolve))).toBe(0);
    const written = JSON.parse(readFileSync(batchPaths(dir).summary, "utf8")) as BatchSummary;
    expect(written.calls).toBe(24);
    expect(written).toEqual(JSON.parse(JSON.stringify(await streamed(dir))));
  });
});
