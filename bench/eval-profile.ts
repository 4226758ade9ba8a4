// Where scoring spends its time: rule-vs-rule calls of every example (SEEDS each) are played, scored once to warm up,
// then played and scored again (ROUNDS times) under V8's CPU profiler → self time per function, and the same summed
// with callees (total) for functions under src/. `npx tsx bench/eval-profile.ts [SEEDS] [ROUNDS] [TOP]`;
// PROF_OUT=FILE keeps the profile. SCORE_ONLY=1 profiles scoring alone (calls played before the profiler starts).
import { readdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import type { CallRecord, Scenario } from "../src/schema/index.js";
import type * as ScenarioModule from "../src/scenario/index.js";
import type * as CallModule from "../src/call/index.js";
import type * as SeatModule from "../src/seats/create-seat.js";
import type * as EvalModule from "../src/eval/index.js";

// DIST=1: tsc's output in dist/ (run `npx tsc -p tsconfig.build.json` first), whose line numbers are the source's.
const root = process.env["DIST"] === "1" ? "../dist" : "../src";
const { readScenarioFile } = (await import(`${root}/scenario/index.js`)) as typeof ScenarioModule;
const { runCall } = (await import(`${root}/call/index.js`)) as typeof CallModule;
const { createSeat } = (await import(`${root}/seats/create-seat.js`)) as typeof SeatModule;
const { evaluateCall } = (await import(`${root}/eval/index.js`)) as typeof EvalModule;

const SEEDS = Number(process.argv[2] ?? 60);
const ROUNDS = Number(process.argv[3] ?? 1);
const TOP = Number(process.argv[4] ?? 40);
const scoreOnly = process.env["SCORE_ONLY"] === "1";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

const scenarios: Scenario[] = [];
for (const name of readdirSync("examples").filter((n) => n.endsWith(".md")).sort()) scenarios.push(await readScenarioFile(`examples/${name}`));
const play = (scenario: Scenario, seed: number): Promise<CallRecord> =>
  runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
for (const scenario of scenarios) for (let seed = 1; seed <= SEEDS; seed++) evaluateCall(scenario, await play(scenario, seed));
const played: { scenario: Scenario; call: CallRecord }[] = [];
if (scoreOnly) for (const scenario of scenarios) for (let seed = 1000; seed < 1000 + SEEDS; seed++) played.push({ scenario, call: await play(scenario, seed) });

// PROF=0: the CPU figure alone, without the profiler's own cost (for before/after pairs).
const profiling = process.env["PROF"] !== "0";
const session = new Session();
session.connect();
if (profiling) {
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
}
const cpu0 = process.cpuUsage();
let n = 0;
for (let round = 0; round < ROUNDS; round++) {
  if (scoreOnly) {
    for (const { scenario, call } of played) evaluateCall(scenario, call);
    n += played.length;
  } else {
    for (const scenario of scenarios) for (let seed = 2000 + round * SEEDS; seed < 2000 + (round + 1) * SEEDS; seed++) {
      evaluateCall(scenario, await play(scenario, seed));
      n++;
    }
  }
}
const used = process.cpuUsage(cpu0);
if (!profiling) {
  console.log(`${n} ${scoreOnly ? "scorings" : "calls + scorecards"}: ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU each`);
  process.exit(0);
}
const { profile } = (await session.post("Profiler.stop")) as { profile: { nodes: Node[]; samples: number[] } };
if (process.env["PROF_OUT"] !== undefined) writeFileSync(process.env["PROF_OUT"], JSON.stringify(profile));
console.log(`${n} ${scoreOnly ? "scorings" : "calls + scorecards"}: ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU each (profiler on)`);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const site = (node: Node): string => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || "(anon)"} ${url.replace(/^.*\/(src|dist|node_modules)\//, "$1/")}:${lineNumber + 1}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const id of profile.samples) {
  const node = byId.get(id);
  if (node === undefined) continue;
  self.set(site(node), (self.get(site(node)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const up = byId.get(at);
    if (up === undefined) break;
    const key = site(up);
    if (!(key.includes("src/") || key.includes("dist/")) || seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + 1);
  }
}
const all = profile.samples.length;
const show = (title: string, map: Map<string, number>): void => {
  console.log(`${title}, % of ${all} samples:`);
  for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${((100 * count) / all).toFixed(1).padStart(5)}  ${key}`);
};
show("self time", self);
// Self time per source line (V8's position ticks): which statement of a function is the cost.
const lines = new Map<string, number>();
for (const node of profile.nodes) {
  for (const { line, ticks } of node.positionTicks ?? []) {
    const key = `${node.callFrame.url.replace(/^.*\/(src|dist|node_modules)\//, "$1/")}:${line}`;
    lines.set(key, (lines.get(key) ?? 0) + ticks);
  }
}
show("self time by line", lines);
show("total time (src/ functions, callees included)", total);
