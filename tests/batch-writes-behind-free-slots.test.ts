// A job slot is freed when the job has its result, not when its line is on disk; a job counts only once written.
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/batch/run-batch.js";
import { inProcessExecutor, type JobExecutor } from "../src/batch/executor.js";
import { ResultWriter, type ResultSink, type WrittenResult } from "../src/batch/result-writer.js";
import type { BatchPaths } from "../src/batch/batch-files.js";
import type { ProgressSink } from "../src/batch/progress.js";
import { makeLine, makeScenario } from "./fixtures/batch-lines.js";

/** The real writer behind a gate the test opens: until then no write finishes (a stalled fsync). */
function gatedSink(): { open: () => void; written: () => number; openSink: (paths: BatchPaths) => Promise<ResultSink> } {
  let opened!: () => void;
  const gate = new Promise<void>((resolve) => { opened = resolve; });
  let written = 0;
  return {
    openSink: async (paths) => {
      const real = await ResultWriter.open(paths);
      return {
        write: async (job, outcome): Promise<WrittenResult> => {
          await gate;
          const result = await real.write(job, outcome);
          written++;
          return result;
        },
        room: () => real.room(),
        close: () => real.close(),
      };
    },
    open: () => opened(),
    written: () => written,
  };
}

describe("the result writer queue", () => {
  it("keeps one slot busy with the next jobs while the first line's write is stalled, and counts only written jobs", async () => {
    const scenario = makeScenario("alpha");
    const ran: number[] = [];
    const gated = gatedSink();
    let ticks = 0;
    const progress: ProgressSink = { start: () => {}, tick: () => { ticks++; }, stop: () => {} };
    const executor: JobExecutor = inProcessExecutor(async (job) => {
      ran.push(job.seed);
      // Every job has run while no write has finished: the single slot never waited for the disk.
      if (ran.length === 5) {
        expect(gated.written()).toBe(0);
        expect(ticks).toBe(0);
        gated.open();
      }
      return makeLine({ scenario: job.scenario, seed: job.seed });
    }, 1);
    const result = await runBatch({
      outDir: mkdtempSync(join(tmpdir(), "callsim-writer-")),
      scenarios: [scenario],
      plan: { scenarios: [{ id: "alpha", path: "alpha.md" }], seeds: [1, 2, 3, 4, 5], callers: ["rule"], callees: ["rule"] },
      executors: { rule: executor, model: executor },
      progress,
      openSink: gated.openSink,
    });
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(result).toMatchObject({ ran: 5, failed: 0 });
    expect(ticks).toBe(5);
    expect(result.summary.calls).toBe(5);
  });
});
