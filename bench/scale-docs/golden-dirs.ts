// The batch lines (call + scorecard, as JSON) of rule-vs-rule calls over scenario folders, from one build's dist/:
// run with the build before and after a speed change and `cmp` the two files (every byte must stay the same).
// `npx tsx bench/scale-docs/golden-dirs.ts DIST OUT SEEDS DIR…`
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { collectScenarios } from "../../src/batch/collect-scenarios.js";
import { jobKey } from "../../src/batch/jobs.js";
import type { JobRunner, JobRunnerOptions } from "../../src/batch/index.js";

const [dist, out, seedsArg, ...dirs] = process.argv.slice(2);
if (dist === undefined || out === undefined || dirs.length === 0) throw new Error("usage: golden-dirs.ts DIST OUT SEEDS DIR…");
const { scenarios } = await collectScenarios(dirs);
const m = (await import(pathToFileURL(`${resolve(dist)}/batch/run-job.js`).href)) as { createJobRunner: (o: JobRunnerOptions) => JobRunner };
const runner = m.createJobRunner({ scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })) });
const lines: string[] = [];
for (const { scenario } of scenarios) {
  for (let seed = 1; seed <= Number(seedsArg ?? 40); seed++) {
    lines.push(JSON.stringify(await runner({ key: jobKey(scenario.id, seed, "rule", "rule"), scenario: scenario.id, seed, caller: "rule", callee: "rule" })));
  }
}
writeFileSync(out, lines.join("\n") + "\n");
console.log(`${lines.length} lines (${scenarios.length} scenarios) -> ${out}`);
