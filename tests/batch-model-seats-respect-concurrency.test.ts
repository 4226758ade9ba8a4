// Model-seat jobs run in the main thread through the model lane, never more at once than its capacity (--concurrency).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/batch/run-batch.js";
import { createJobRunner } from "../src/batch/run-job.js";
import { inProcessExecutor, type JobExecutor } from "../src/batch/executor.js";
import type { BatchLine } from "../src/batch/types.js";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { customerReply } from "./fakes/replies.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await FakeOpenAIServer.start({ latencyMs: 20, fallback: () => ({ kind: "content", content: customerReply("Okay, sure, go ahead.") }) });
});
afterEach(async () => {
  await server.close();
});

/** Wraps an executor to record the most jobs it ever had in flight. */
function counting(executor: JobExecutor): { executor: JobExecutor; max: () => number } {
  let now = 0;
  let max = 0;
  return {
    executor: {
      capacity: executor.capacity,
      run: async (job) => {
        max = Math.max(max, ++now);
        try {
          return await executor.run(job);
        } finally {
          now--;
        }
      },
      close: () => executor.close(),
    },
    max: () => max,
  };
}

describe("batch with a model callee", () => {
  it("runs every job through the model lane, at most --concurrency at once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-llm-"));
    const runner = createJobRunner({
      scenarios: [{ scenario: SAMPLE_SCENARIO, path: null }],
      maxTurns: 12,
      models: { baseUrl: server.baseUrl, timeoutMs: 5_000, maxRetries: 1 },
    });
    const model = counting(inProcessExecutor(runner, 3));
    const rule: JobExecutor = { capacity: 1, run: () => Promise.reject(new Error("rule lane must not be used")), close: async () => {} };
    const result = await runBatch({
      outDir: dir,
      scenarios: [SAMPLE_SCENARIO],
      plan: { scenarios: [{ id: SAMPLE_SCENARIO.id, path: "" }], seeds: [1, 2, 3, 4, 5, 6, 7, 8], callers: ["rule"], callees: ["llm:compatible:fake-customer"] },
      executors: { rule, model: model.executor },
    });
    expect(result).toMatchObject({ total: 8, ran: 8, failed: 0 });
    expect(model.max()).toBe(3);
    const lines = readFileSync(join(dir, "calls.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as BatchLine);
    expect(lines).toHaveLength(8);
    for (const line of lines) {
      expect(line.call.seats.callee.kind).toBe("llm");
      expect(line.call.turns.filter((turn) => turn.speaker === "callee").every((turn) => turn.text === "Okay, sure, go ahead.")).toBe(true);
    }
    expect(server.requests.every((request) => request.body.model === "fake-customer")).toBe(true);
  });
});
