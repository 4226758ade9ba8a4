// Scoring speed and the score distribution: 50 rule-vs-rule calls of each example scenario are run once, then
// evaluateCall scores them (warm, repeated until at least 2 s have passed) → calls scored per second and per
// CPU-second, and the min / median / max score per scenario with the checks that failed. Also: a rule call and its
// scoring together (ms per call), and scoring calls of 25 / 100 / 400 turns (ms per turn: linear in call length).
// Calls per scenario: CALLSIM_BENCH_EVAL_SEEDS.
import { readdirSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import type { CallRecord, Scenario, Turn } from "../src/schema/index.js";
import { evaluateCall } from "../src/eval/index.js";

const SEEDS = Number(process.env["CALLSIM_BENCH_EVAL_SEEDS"] ?? 50);
const MIN_MS = 2000;
const LENGTHS = [25, 100, 400];

interface Set {
  scenario: Scenario;
  calls: CallRecord[];
}

const play = (scenario: Scenario, seed: number): Promise<CallRecord> =>
  runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });

async function ruleCalls(): Promise<Set[]> {
  const sets: Set[] = [];
  for (const name of readdirSync("examples").filter((n) => n.endsWith(".md")).sort()) {
    const scenario = await readScenarioFile(`examples/${name}`);
    const calls: CallRecord[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) calls.push(await play(scenario, seed));
    sets.push({ scenario, calls });
  }
  return sets;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const load = (): string => `load ${loadavg().map((n) => n.toFixed(2)).join(" ")} on ${availableParallelism()} cores`;

/** Repeats `pass` until MIN_MS have passed; wall and CPU milliseconds per item. */
function timed(items: number, pass: () => void, minMs = MIN_MS): { wallMs: number; cpuMs: number; rounds: number } {
  let rounds = 0;
  const cpu0 = cpuMs();
  const start = performance.now();
  while (performance.now() - start < minMs) {
    pass();
    rounds++;
  }
  const n = rounds * items;
  return { wallMs: (performance.now() - start) / n, cpuMs: (cpuMs() - cpu0) / n, rounds };
}

/** A call of `length` turns: the turns of consecutive rule calls of one scenario, renumbered (their texts vary). */
function longCall(calls: readonly CallRecord[], length: number): CallRecord {
  const turns: Turn[] = [];
  let at = 0;
  for (let k = 0; turns.length < length; k++) {
    const call = calls[k % calls.length] as CallRecord;
    for (const turn of call.turns) {
      if (turns.length === length) break;
      const duration = turn.endMs - turn.startMs;
      turns.push({ ...turn, index: turns.length, startMs: at, endMs: at + duration });
      at += duration + 500;
    }
  }
  return { ...(calls[0] as CallRecord), turns };
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
  const scoring = timed(all.length, () => {
    for (const { scenario, call } of all) evaluateCall(scenario, call);
  });
  const turns = all.reduce((n, { call }) => n + call.turns.length, 0) / all.length;
  console.log(
    `evaluateCall: ${Math.round(1000 / scoring.wallMs)} calls scored per second, ${Math.round(1000 / scoring.cpuMs)} per CPU-second ` +
      `(${scoring.rounds * all.length} scorings, ${turns.toFixed(1)} turns per call on average; ${load()})`,
  );

  // A rule call and its scorecard, as a batch makes them (new seeds each round: the call itself is not reused).
  let seed = 10_000;
  const both = { calls: 0, cpu: 0, wall: 0 };
  const cpu0 = cpuMs();
  const start = performance.now();
  while (performance.now() - start < MIN_MS) {
    for (const { scenario } of sets) evaluateCall(scenario, await play(scenario, seed));
    seed++;
    both.calls += sets.length;
  }
  both.cpu = (cpuMs() - cpu0) / both.calls;
  both.wall = (performance.now() - start) / both.calls;
  console.log(`rule call + scorecard: ${both.cpu.toFixed(2)} ms CPU per call (${both.wall.toFixed(2)} ms wall, ${Math.round(1000 / both.cpu)} per CPU-second; ${both.calls} calls; ${load()})`);

  const perTurn: string[] = [];
  for (const length of LENGTHS) {
    const long = sets.map(({ scenario, calls }) => ({ scenario, call: longCall(calls, length) }));
    const t = timed(long.length * length, () => {
      for (const { scenario, call } of long) evaluateCall(scenario, call);
    }, MIN_MS / 2);
    perTurn.push(`${length} turns ${t.cpuMs.toFixed(3)}`);
  }
  console.log(`evaluateCall by call length, ms CPU per turn: ${perTurn.join(", ")} (${load()})`);
}
