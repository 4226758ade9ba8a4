// Scoring speed and the score distribution: 50 rule-vs-rule calls of each example scenario are run once, then
// evaluateCall scores them (warm, repeated until at least 2 s have passed) → calls scored per second, and the
// min / median / max score per scenario with the checks that failed. Calls per scenario: CALLSIM_BENCH_EVAL_SEEDS.
import { readdirSync } from "node:fs";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import type { CallRecord, Scenario } from "../src/schema/index.js";
import { evaluateCall } from "../src/eval/index.js";

const SEEDS = Number(process.env["CALLSIM_BENCH_EVAL_SEEDS"] ?? 50);
const MIN_MS = 2000;

interface Set {
  scenario: Scenario;
  calls: CallRecord[];
}

async function ruleCalls(): Promise<Set[]> {
  const sets: Set[] = [];
  for (const name of readdirSync("examples").filter((n) => n.endsWith(".md")).sort()) {
    const scenario = await readScenarioFile(`examples/${name}`);
    const calls: CallRecord[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      calls.push(await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed }));
    }
    sets.push({ scenario, calls });
  }
  return sets;
}

export async function run(): Promise<void> {
  const sets = await ruleCalls();
  for (const { scenario, calls } of sets) {
    const scores = calls.map((call) => evaluateCall(scenario, call));
    const sorted = scores.map((s) => s.score).sort((a, b) => a - b);
    const failures = new Map<string, number>();
    for (const card of scores) for (const check of card.checks) if (!check.passed) failures.set(check.id, (failures.get(check.id) ?? 0) + 1);
    const failed = [...failures].map(([id, n]) => `${id} ${n}`).join(", ") || "none";
    console.log(
      `${scenario.id}: ${calls.length} calls, score min ${sorted[0]} median ${sorted[Math.floor(sorted.length / 2)]} max ${sorted[sorted.length - 1]}; failed checks: ${failed}`,
    );
  }
  const all = sets.flatMap(({ scenario, calls }) => calls.map((call) => ({ scenario, call })));
  let scored = 0;
  const start = performance.now();
  while (performance.now() - start < MIN_MS) {
    for (const { scenario, call } of all) evaluateCall(scenario, call);
    scored += all.length;
  }
  const seconds = (performance.now() - start) / 1000;
  const turns = all.reduce((n, { call }) => n + call.turns.length, 0) / all.length;
  console.log(`evaluateCall: ${Math.round(scored / seconds)} calls scored per second (${scored} scorings, ${turns.toFixed(1)} turns per call on average)`);
}
