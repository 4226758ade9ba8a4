// The batch process's own CPU per line, without workers: runBatch (compiled) over jobs whose results are ready-made
// (one real line and its facts per scenario), handed back 8 at a time as worker messages are. What it measures
// (ordering, writing, group commit, summary, progress) is what competes with the workers for the cores, apart from
// receiving the lines over the channel (~0.01 ms a line) and start-up; unlike a real batch's CPU it does not move
// with the workers' load.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { collectScenarios } from "../src/batch/collect-scenarios.js";
import type { JobExecutor, JobOutcome, JobRunnerModule } from "../src/batch/executor.js";
import type { runBatch as RunBatch } from "../src/batch/run-batch.js";
import type { summaryFacts as SummaryFactsOf } from "../src/batch/summary-facts.js";
import type { Job } from "../src/batch/types.js";
import { RESULTS_PER_MESSAGE } from "../src/batch/worker-pool.js";

const compiled = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(path)).href)) as T;

/** CPU ms per line of the batch process with instant workers, over `lines` jobs of the example scenarios. */
export async function mainCpuPerLine(lines: number): Promise<number> {
  const { runBatch } = await compiled<{ runBatch: typeof RunBatch }>("dist/batch/run-batch.js");
  const { summaryFacts } = await compiled<{ summaryFacts: typeof SummaryFactsOf }>("dist/batch/summary-facts.js");
  const { createJobRunner } = await compiled<JobRunnerModule>("dist/batch/run-job.js");
  const { scenarios } = await collectScenarios(["examples"]);
  const runner = await createJobRunner({ scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })) });
  const encoder = new TextEncoder();
  const ready = new Map<string, { bytes: Uint8Array; facts: ReturnType<typeof SummaryFactsOf> }>();
  for (const { scenario } of scenarios) {
    const line = await runner({ key: `${scenario.id}#1#rule~rule`, scenario: scenario.id, seed: 1, caller: "rule", callee: "rule" });
    ready.set(scenario.id, { bytes: encoder.encode(JSON.stringify(line)), facts: summaryFacts(line) });
  }
  // Jobs dispatched in one turn come back RESULTS_PER_MESSAGE at a time, each group in a turn of its own.
  let waiting: { job: Job; resolve: (outcome: JobOutcome) => void }[] = [];
  const answer = (group: typeof waiting): void => {
    for (const { job, resolve: done } of group) {
      const made = ready.get(job.scenario);
      if (made === undefined) throw new Error(`no line for ${job.scenario}`);
      done({ line: made.bytes, failure: null, facts: { ...made.facts, key: job.key, seed: job.seed } });
    }
  };
  const executor: JobExecutor = {
    capacity: 64,
    close: async () => {},
    run: (job) =>
      new Promise((done) => {
        if (waiting.length === 0) {
          setImmediate(() => {
            const all = waiting;
            waiting = [];
            for (let i = 0; i < all.length; i += RESULTS_PER_MESSAGE) setImmediate(() => answer(all.slice(i, i + RESULTS_PER_MESSAGE)));
          });
        }
        waiting.push({ job, resolve: done });
      }),
  };
  const out = mkdtempSync(join(tmpdir(), "callsim-bench-main-"));
  const seeds = Array.from({ length: Math.ceil(lines / scenarios.length) }, (_, i) => i + 1);
  const before = process.cpuUsage();
  const result = await runBatch({
    outDir: out,
    scenarios: scenarios.map((entry) => entry.scenario),
    plan: { scenarios: scenarios.map((entry) => ({ id: entry.scenario.id, path: entry.path })), seeds, callers: ["rule"], callees: ["rule"] },
    executors: { rule: executor, model: executor },
  });
  const used = process.cpuUsage(before);
  rmSync(out, { recursive: true, force: true });
  return (used.user + used.system) / 1000 / Math.max(result.ran, 1);
}
