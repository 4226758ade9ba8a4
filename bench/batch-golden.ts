// Golden set for speed work: the batch lines (call + scorecard, as JSON) of the examples' rule-vs-rule calls, then the
// scorecards of the labelled calls (tests/labelled dev, heldout, heldout-b: real and model calls), scored twice so
// per-scenario memos are read back too. `npx tsx bench/batch-golden.ts FILE [SEEDS]` writes them to FILE; compare two
// files with `cmp` before and after a speed change: it must leave every byte the same. Not a test: others change
// scoring on purpose.
import { writeFileSync } from "node:fs";
import { collectScenarios } from "../src/batch/collect-scenarios.js";
import { createJobRunner } from "../src/batch/run-job.js";
import { jobKey } from "../src/batch/jobs.js";
import { loadLabels } from "../src/eval/agreement/load-labels.js";
import { evaluateCall } from "../src/eval/evaluate-call.js";
import { benchParts } from "./parts.js";

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
// A part whose scenario the reader refuses is named in the file and left out (the others still compare).
const loadPart = (part: string) =>
  loadLabels(`tests/labelled/${part}`).catch((error: unknown) => {
    lines.push(`tests/labelled/${part}: not read (${error instanceof Error ? error.message : String(error)})`);
    return [];
  });
const labelled = (await Promise.all(benchParts("tests/labelled").map(loadPart))).flat();
for (let pass = 0; pass < 2; pass++) for (const item of labelled) lines.push(JSON.stringify(evaluateCall(item.scenario, item.call)));
writeFileSync(file, lines.join("\n") + "\n");
console.log(`${lines.length} lines (${scenarios.length} scenarios x ${seeds} seeds, ${labelled.length} labelled calls twice) -> ${file}`);
