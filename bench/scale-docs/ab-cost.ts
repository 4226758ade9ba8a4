// Two builds' job runners in one process, their calls interleaved in rounds: CPU per warm call of each under the same
// load (a shared machine's load drifts less between rounds of a second than between two processes' runs).
// `node --no-turbo-inlining --max-semi-space-size=32 --no-regexp-tier-up --v8-pool-size=1 --import tsx
//  bench/scale-docs/ab-cost.ts DIST_A DIST_B [SCENARIO_DIR] [WARM] [ROUNDS] [PER_ROUND]`
// Keep both builds in like places (both copied to /tmp, or both in a worktree): at stop 28 a build run from the
// worktree's dist/ against an older one copied to /tmp measured 0.76-0.84x, the same two both in /tmp 0.98-1.03x, and
// main's eb06dbf allocated 412 KB per call from dist/ against 435 KB as a /tmp copy (no package.json beside it,
// node_modules by symlink; the cause was not pinned down).
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadavg } from "node:os";
import { collectScenarios } from "../../src/batch/collect-scenarios.js";
import { jobKey } from "../../src/batch/jobs.js";
import type { JobRunner, JobRunnerOptions } from "../../src/batch/index.js";

const [distA, distB, dir = "examples", warmArg = "1000", roundsArg = "20", perArg = "100"] = process.argv.slice(2);
if (distA === undefined || distB === undefined) throw new Error("usage: ab-cost.ts DIST_A DIST_B [DIR] [WARM] [ROUNDS] [PER_ROUND]");
const { scenarios } = await collectScenarios([dir]);
const load = async (dist: string): Promise<JobRunner> => {
  const m = (await import(pathToFileURL(`${resolve(dist)}/batch/run-job.js`).href)) as { createJobRunner: (o: JobRunnerOptions) => JobRunner };
  return m.createJobRunner({ scenarios: scenarios.map(({ scenario, path }) => ({ scenario, path })) });
};
const runners = [await load(distA), await load(distB)];
const jobAt = (i: number) => {
  const entry = scenarios[i % scenarios.length];
  if (entry === undefined) throw new Error("no scenarios");
  const seed = Math.floor(i / scenarios.length) + 1;
  return { key: jobKey(entry.scenario.id, seed, "rule", "rule"), scenario: entry.scenario.id, seed, caller: "rule", callee: "rule" };
};
const bytes = [0, 0];
const cpu = [0, 0];
const run = async (which: number, from: number, count: number): Promise<number> => {
  const runner = runners[which];
  if (runner === undefined) throw new Error("no runner");
  const before = process.cpuUsage();
  for (let i = from; i < from + count; i++) bytes[which] = (bytes[which] ?? 0) + JSON.stringify(await runner(jobAt(i))).length;
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const warm = Number(warmArg);
const rounds = Number(roundsArg);
const per = Number(perArg);
const load0 = loadavg()[0] ?? 0;
for (const which of [0, 1]) await run(which, 0, warm);
for (let round = 0; round < rounds; round++) {
  const from = warm + round * per;
  // Alternate which goes first, so a drift within a round favours neither.
  for (const which of round % 2 === 0 ? [0, 1] : [1, 0]) cpu[which] = (cpu[which] ?? 0) + (await run(which, from, per));
}
const calls = rounds * per;
const [a = 0, b = 0] = cpu;
console.log(
  `${calls} calls each after ${warm}, load ${load0.toFixed(1)}->${(loadavg()[0] ?? 0).toFixed(1)}: A ${(a / calls).toFixed(3)} ms CPU/call, B ${(b / calls).toFixed(3)} ms (B/A ${(b / a).toFixed(3)}); line bytes ${bytes[0] === bytes[1] ? "equal" : `DIFFER ${bytes[0]} ${bytes[1]}`}`,
);
