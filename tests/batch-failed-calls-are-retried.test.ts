// A call whose model seat got no answers (end.by "error") is a failed job: kept in failures.jsonl, listed in
// summary.json, not in calls.jsonl, retried by the next run; the CLI exits 1.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/batch/run-batch.js";
import { createJobRunner } from "../src/batch/run-job.js";
import { inProcessExecutor, type JobExecutor } from "../src/batch/executor.js";
import type { BatchSummary } from "../src/batch/summary-types.js";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { customerReply } from "./fakes/replies.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";

const rule: JobExecutor = { capacity: 1, run: () => Promise.reject(new Error("rule lane must not be used")), close: async () => {} };
const plan = { scenarios: [{ id: SAMPLE_SCENARIO.id, path: "" }], seeds: [1, 2, 3], callers: ["rule"], callees: ["llm:compatible:fake-customer"] };

function modelLane(baseUrl: string): JobExecutor {
  return inProcessExecutor(createJobRunner({ scenarios: [{ scenario: SAMPLE_SCENARIO, path: null }], maxTurns: 8, models: { baseUrl, timeoutMs: 5_000, maxRetries: 0 } }), 2);
}

function lines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, "utf8").split("\n").filter((line) => line !== "") : [];
}

describe("a batch whose model fails", () => {
  it("counts the calls failed, lists them, and a second run retries them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-fail-"));
    const failing = await FakeOpenAIServer.start({ fallback: () => ({ kind: "status", status: 500 }) });
    let first;
    try {
      first = await runBatch({ outDir: dir, scenarios: [SAMPLE_SCENARIO], plan, executors: { rule, model: modelLane(failing.baseUrl) } });
    } finally {
      await failing.close();
    }
    expect(first).toMatchObject({ total: 3, ran: 0, failed: 3 });
    expect(first.errors[0]).toMatch(/#1#rule~llm:compatible:fake-customer: the call ended on an error: /);
    expect(lines(join(dir, "calls.jsonl"))).toHaveLength(0);
    const kept = lines(join(dir, "failures.jsonl")).map((line) => JSON.parse(line) as { job: { key: string }; call: { end: { by: string } }; error: string });
    expect(kept.map((line) => line.call.end.by)).toEqual(["error", "error", "error"]);
    const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as BatchSummary;
    expect(summary.calls).toBe(0);
    expect(summary.failedJobs).toBe(3);
    expect(summary.failures.map((failure) => failure.key).sort()).toEqual(kept.map((line) => line.job.key).sort());

    const answering = await FakeOpenAIServer.start({ fallback: () => ({ kind: "content", content: customerReply("Okay, sure, go ahead.") }) });
    try {
      const second = await runBatch({ outDir: dir, scenarios: [SAMPLE_SCENARIO], plan, executors: { rule, model: modelLane(answering.baseUrl) } });
      expect(second).toMatchObject({ total: 3, skipped: 0, ran: 3, failed: 0 });
      expect(second.summary).toMatchObject({ calls: 3, failedJobs: 0, failures: [] });
    } finally {
      await answering.close();
    }
    expect(lines(join(dir, "calls.jsonl"))).toHaveLength(3);
  });

  it("makes the CLI exit 1 and name the failed jobs", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-fail-cli-"));
    const failing = await FakeOpenAIServer.start({ fallback: () => ({ kind: "status", status: 500 }) });
    try {
      const args = ["dist/cli/main.js", "batch", "examples/06-saas-renewal-checkin-en.md", "--seeds", "1-2", "--out", dir,
        "--callee", "llm:compatible:fake", "--base-url", failing.baseUrl, "--max-turns", "6"];
      const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
      child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(1);
      expect(stdout).toContain("0 run now, 0 already done, 2 failed");
      expect(stderr).toContain("callsim: job failed: 06-saas-renewal-checkin-en#1#rule~llm:compatible:fake: the call ended on an error");
      expect(stderr).toContain("2 job(s) failed; run the same command again to retry them");
    } finally {
      await failing.close();
    }
  });
});
