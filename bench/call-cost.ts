// What one warm rule call costs in the worker's own runner (call + scorecard + JSON line), one process: CPU per call
// and, with ALLOC=1, bytes allocated per call by site (V8's sampling heap profiler, objects collected by GC included).
// `npm run build && node --no-turbo-inlining --max-semi-space-size=32 --no-regexp-tier-up --v8-pool-size=1
//  --import tsx bench/call-cost.ts [WARM] [CALLS] [DIST]` (the worker's flags; DIST: another build's dist/).
// `CG=1 valgrind --tool=callgrind --instr-atstart=no node … bench/call-cost.ts W N` counts the instructions of the
// N measured calls only (switched on after the warm-up): their total over N is instructions per call, stable under load.
import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { collectScenarios } from "../src/batch/collect-scenarios.js";
import { jobKey } from "../src/batch/jobs.js";
import type { JobRunner, JobRunnerOptions } from "../src/batch/index.js";

interface SampleNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SampleNode[];
}

const warm = Number(process.argv[2] ?? 2000);
const calls = Number(process.argv[3] ?? 2000);
const dist = resolve(process.argv[4] ?? "dist");
const { scenarios } = await collectScenarios([process.env["SCEN"] ?? "examples"]);
const compiled = (await import(pathToFileURL(`${dist}/batch/run-job.js`).href)) as { createJobRunner: (o: JobRunnerOptions) => JobRunner };
const runner = compiled.createJobRunner({ scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })) });
const jobAt = (i: number) => {
  const entry = scenarios[i % scenarios.length];
  if (entry === undefined) throw new Error("no scenarios");
  const seed = Math.floor(i / scenarios.length) + 1;
  return { key: jobKey(entry.scenario.id, seed, "rule", "rule"), scenario: entry.scenario.id, seed, caller: "rule", callee: "rule" };
};
let bytes = 0;
for (let i = 0; i < warm; i++) bytes += JSON.stringify(await runner(jobAt(i))).length;
const session = process.env["ALLOC"] === "1" || process.env["PROF"] === "1" ? new Session() : undefined;
session?.connect();
if (process.env["PROF"] === "1") {
  await session?.post("Profiler.enable");
  await session?.post("Profiler.start");
}
if (session !== undefined && process.env["ALLOC"] === "1") {
  await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}
// Under `valgrind --tool=callgrind --instr-atstart=no`: instructions counted from here on only.
if (process.env["CG"] === "1") execSync(`callgrind_control -i on ${process.pid}`, { stdio: "ignore" });
const before = process.cpuUsage();
const start = performance.now();
for (let i = warm; i < warm + calls; i++) bytes += JSON.stringify(await runner(jobAt(i))).length;
const used = process.cpuUsage(before);
const wall = performance.now() - start;
console.log(`${calls} calls after ${warm}: ${((used.user + used.system) / 1000 / calls).toFixed(3)} ms CPU/call, wall ${(wall / calls).toFixed(3)} ms/call (${bytes} bytes of lines)`);
interface CpuNode {
  id: number;
  callFrame: SampleNode["callFrame"];
  children?: number[];
}
if (session !== undefined && process.env["PROF"] === "1") {
  // Self time per function, from the samples of V8's CPU profiler (this thread only).
  const { profile } = (await session.post("Profiler.stop")) as { profile: { nodes: CpuNode[]; samples: number[] } };
  // PROF_OUT=FILE keeps the whole profile (open it in a profile viewer, or sum time per function with its callees).
  if (process.env["PROF_OUT"] !== undefined) writeFileSync(process.env["PROF_OUT"], JSON.stringify(profile));
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const hits = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = nodeById.get(id)?.callFrame;
    if (frame === undefined) continue;
    const site = `${frame.functionName || "(anon)"} ${frame.url.replace(/^.*\/(dist|src|node_modules)\//, "$1/")}:${frame.lineNumber + 1}`;
    hits.set(site, (hits.get(site) ?? 0) + 1);
  }
  console.log(`self time, % of ${profile.samples.length} samples:`);
  for (const [site, count] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env["TOP"] ?? 40))) {
    console.log(`  ${((100 * count) / profile.samples.length).toFixed(1).padStart(5)}  ${site}`);
  }
}
if (session !== undefined && process.env["ALLOC"] === "1") {
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as { profile: { head: SampleNode } };
  const bySite = new Map<string, number>();
  let total = 0;
  // A builtin (split, Set, join…) is named with the script function that called it.
  const walk = (node: SampleNode, caller = ""): void => {
    const { functionName, url, lineNumber } = node.callFrame;
    const own = `${functionName || "(anon)"} ${url.replace(/^.*\/(dist|src|node_modules)\//, "$1/")}:${lineNumber + 1}`;
    const site = url === "" ? `${functionName} <- ${caller}` : own;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child, url === "" ? caller : own);
  };
  walk(profile.head);
  console.log(`sampled allocation ${(total / calls / 1024).toFixed(1)} KB/call; top sites (KB/call):`);
  for (const [site, size] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env["TOP"] ?? 40))) {
    console.log(`  ${(size / calls / 1024).toFixed(1).padStart(6)}  ${site}`);
  }
}
