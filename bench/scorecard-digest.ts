// Byte-identity guard for speed work: every rule-doc document of every part (tests/rule-docs/**, README/EXPECTED and
// JSON left out) and every examples/*.md run rule-vs-rule for a few seeds and scored → one sha256 of all transcripts and
// scorecards; every labelled call (tests/labelled/**) scored → one sha256 of their scorecards. A change that only makes
// things faster leaves both digests as they were. `npx tsx bench/scorecard-digest.ts [SEEDS]` (default 3).
// The blind part (folders heldout-t) is never read.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
import { loadLabels, type LoadedLabel } from "../src/eval/agreement/load-labels.js";

const SEEDS = Number(process.argv[2] ?? 3);
const BLIND = new Set(["heldout-t"]);

function documents(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return BLIND.has(name) ? [] : documents(path);
      return name === "README.md" || name === "EXPECTED.md" || name.endsWith(".json") ? [] : [path];
    });
}

const files = [...documents("tests/rule-docs"), ...readdirSync("examples").filter((n) => n.endsWith(".md")).sort().map((n) => join("examples", n))];
const calls = createHash("sha256");
let played = 0;
let unread = 0;
const cpu0 = process.cpuUsage();
for (const file of files) {
  let scenario;
  try {
    scenario = await readScenarioFile(file);
  } catch {
    unread++;
    calls.update(`${file}: unread\n`);
    continue;
  }
  for (let seed = 1; seed <= SEEDS; seed++) {
    const record = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
    calls.update(`${file} ${seed}\n${JSON.stringify(record)}\n${JSON.stringify(evaluateCall(scenario, record))}\n`);
    played++;
  }
}
const labels = createHash("sha256");
const loaded: LoadedLabel[] = [];
for (const part of readdirSync("tests/labelled").sort((a, b) => a.localeCompare(b))) {
  const dir = join("tests/labelled", part);
  if (BLIND.has(part) || !statSync(dir).isDirectory() || !readdirSync(dir).some((n) => n.endsWith(".json"))) continue;
  loaded.push(...(await loadLabels(dir, { onUnreadableScenario: (file) => labels.update(`${file}: unread\n`) })));
}
for (const item of loaded) labels.update(`${item.file}\n${JSON.stringify(evaluateCall(item.scenario, item.call))}\n`);
const used = process.cpuUsage(cpu0);
console.log(`rule-doc calls: ${calls.digest("hex")} (${files.length} documents, ${unread} unread, ${played} calls, ${SEEDS} seeds)`);
console.log(`labelled scorecards: ${labels.digest("hex")} (${loaded.length} calls)`);
console.log(`${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
