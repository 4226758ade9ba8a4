// Golden set for speed work: the batch lines (call + scorecard, as JSON) of the examples' rule-vs-rule calls.
// `npx tsx bench/batch-golden.ts FILE [SEEDS]` writes them to FILE (one line per job); compare two files with `cmp`
// before and after a speed change: it must leave every byte the same. Not a test: others change scoring on purpose.
import { writeFileSync } from "node:fs";
import { collectScenarios } from "../src/batch/collect-scenarios.js";
import { createJobRunner } from "../src/batch/run-job.js";
import { jobKey } from "../src/batch/jobs.js";

const [file, seedsArg] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: tsx bench/batch-golden.ts FILE [SEEDS]");
const seeds = Number(seedsArg ?? 200);
const { scenarios } = await collectScenarios(["examples"]);
const runner = createJobRunner({ scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })) });
const lines: string[] = [];
for (const { scenario } of scenarios) {
  for (let seed = 1; seed <= seeds; seed++) {
    const job = { key: jobKey(scenario.id, seed, "rule", "rule"), scenario: scenario.id, seed, caller: "rule", callee: "rule" };
    const line = await runner(job);
    // A rule line holds no wall-clock field (injected clock), so two runs of the same code give the same bytes.
    lines.push(JSON.stringify(line));
  }
}
writeFileSync(file, lines.join("\n") + "\n");
console.log(`${lines.length} lines (${scenarios.length} scenarios x ${seeds} seeds) -> ${file}`);
