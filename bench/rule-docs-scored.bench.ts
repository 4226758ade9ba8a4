// Rule-vs-rule calls on the rule-seat documents, scored by the scorecard (issue 10's "Must show"): the share of
// calls that pass, the checks that fail them, how often the simulated customer misbehaved and its verbatim share.
// Parts: bench/parts.ts (CALLSIM_BENCH_PARTS, or every part present).
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
import type { Scenario } from "../src/schema/index.js";
import { benchParts } from "./parts.js";
import { ruleDocs } from "./rule-doc-files.js";

const SEEDS = Number(process.env.CALLSIM_BENCH_SEEDS ?? 50);

interface Tally {
  calls: number;
  passed: number;
  simulatorFaults: number;
  verbatim: number;
  failedChecks: Map<string, number>;
  simulatorChecks: Map<string, number>;
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

async function scoreDocument(scenario: Scenario): Promise<Tally> {
  const t: Tally = { calls: 0, passed: 0, simulatorFaults: 0, verbatim: 0, failedChecks: new Map(), simulatorChecks: new Map() };
  for (let seed = 1; seed <= SEEDS; seed++) {
    const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
    const card = evaluateCall(scenario, call);
    t.calls++;
    if (card.passed) t.passed++;
    if (card.simulator.simulatorFault) t.simulatorFaults++;
    t.verbatim += card.simulator.verbatimShare;
    for (const id of new Set(card.verdict.reasons.map((r) => r.id))) bump(t.failedChecks, id);
    for (const check of card.simulator.checks) if (!check.passed) bump(t.simulatorChecks, check.id);
  }
  return t;
}

const listed = (map: Map<string, number>): string =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${id} ${n}`)
    .join(", ") || "none";

export async function run(): Promise<void> {
  const parts = benchParts("tests/rule-docs");
  for (const part of parts) {
    let calls = 0;
    let passed = 0;
    for await (const { file, scenario } of ruleDocs(part)) {
      const t = await scoreDocument(scenario);
      calls += t.calls;
      passed += t.passed;
      const pct = (n: number): string => `${Math.round((100 * n) / Math.max(1, t.calls))}%`;
      console.log(
        `${part}/${file}: ${t.calls} calls, passed ${pct(t.passed)}; failing checks: ${listed(t.failedChecks)}; ` +
          `customer misbehaved ${pct(t.simulatorFaults)} (${listed(t.simulatorChecks)}); verbatim share ${pct(t.verbatim)}`,
      );
    }
    console.log(`${part}: ${passed}/${calls} rule-vs-rule calls pass the scorecard`);
  }
}
