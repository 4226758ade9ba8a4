// Golden set for speed work on other documents than the examples: the batch lines (call + scorecard, as JSON) of
// rule-vs-rule calls on every document of tests/rule-docs (each part, heldout-k left out: written blind) and of
// tests/labelled/scenarios, a few seeds each, in name order. `npx tsx bench/batch-golden-docs.ts FILE [SEEDS] [DIST]`
// (DIST: another build's dist/, to compare two builds); compare two files with `cmp`: a speed change leaves every
// byte the same. A document the reader refuses is named in the file, so a reader change shows too.
import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { JobRunner, JobRunnerOptions } from "../src/batch/index.js";
import type { Scenario } from "../src/schema/index.js";

const [file, seedsArg, distArg] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: tsx bench/batch-golden-docs.ts FILE [SEEDS] [DIST]");
const seeds = Number(seedsArg ?? 3);
const root = distArg === undefined ? resolve("src") : resolve(distArg);
const ext = distArg === undefined ? "ts" : "js";
const load = async <T>(path: string) => (await import(pathToFileURL(`${root}/${path}.${ext}`).href)) as T;
const { readScenarioFile } = await load<{ readScenarioFile: (path: string) => Promise<Scenario> }>("scenario/index");
const { createJobRunner } = await load<{ createJobRunner: (o: JobRunnerOptions) => JobRunner }>("batch/run-job");
const { jobKey } = await load<{ jobKey: (s: string, seed: number, a: string, b: string) => string }>("batch/jobs");

const isDoc = (name: string) => name !== "README.md" && !name.endsWith(".json");
/** A folder and its subfolders (a part's tune/ and kept/), depth first, in name order; heldout-k is never read. */
const foldersUnder = (dir: string): string[] => [
  dir,
  ...readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "heldout-k")
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => foldersUnder(join(dir, name))),
];
const dirs = [...foldersUnder("tests/rule-docs").slice(1), "tests/labelled/scenarios"];
const lines: string[] = [];
let read = 0;
for (const dir of dirs) {
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && isDoc(entry.name));
  for (const name of files.map((entry) => entry.name).sort()) {
    const path = join(dir, name);
    let scenario: Scenario;
    try {
      scenario = await readScenarioFile(path);
    } catch (error) {
      lines.push(`${path}: not read (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    read++;
    const runner = createJobRunner({ scenarios: [{ scenario, path }] });
    for (let seed = 1; seed <= seeds; seed++) {
      const job = { key: jobKey(scenario.id, seed, "rule", "rule"), scenario: scenario.id, seed, caller: "rule", callee: "rule" };
      lines.push(JSON.stringify(await runner(job)));
    }
  }
}
writeFileSync(file, lines.join("\n") + "\n");
console.log(`${lines.length} lines (${read} documents x ${seeds} seeds) -> ${file}`);
