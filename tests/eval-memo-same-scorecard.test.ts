// The scorer keeps what depends on the scenario (and on a turn's text alone) from call to call: a scorecard must not
// depend on what was scored before it. Each example's calls are scored cold (a fresh copy of the scenario, so nothing
// is remembered for it), then again after other calls and another scenario were scored: deep-equal every time.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { evaluateCall } from "../src/eval/index.js";
import type { CallRecord, Scenario, Scorecard } from "../src/schema/index.js";

const SEEDS = [1, 2, 3, 7];
const EXAMPLES = readdirSync("examples").filter((name) => name.endsWith(".md")).sort();

async function play(scenario: Scenario, seed: number): Promise<CallRecord> {
  return runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
}

describe("a scorecard does not depend on what was scored before it", () => {
  it("scores every example's calls alike cold, warm, and after another scenario", async () => {
    const scenarios = await Promise.all(EXAMPLES.map((name) => readScenarioFile(`examples/${name}`)));
    const played: { scenario: Scenario; call: CallRecord }[] = [];
    for (const scenario of scenarios) for (const seed of SEEDS) played.push({ scenario, call: await play(scenario, seed) });
    // Cold: each call against its own fresh copy of the scenario (no memo holds anything for that object).
    const cold: Scorecard[] = played.map(({ scenario, call }) => evaluateCall(structuredClone(scenario), structuredClone(call)));
    // Warm: the shared scenario objects, every call once, then every call again in the reverse order (another
    // scenario and other calls of the same one scored in between).
    const warm = played.map(({ scenario, call }) => evaluateCall(scenario, call));
    const again = [...played].reverse().map(({ scenario, call }) => evaluateCall(scenario, structuredClone(call))).reverse();
    expect(scenarios.length).toBeGreaterThan(1);
    for (let i = 0; i < played.length; i++) {
      expect(warm[i]).toEqual(cold[i]);
      expect(again[i]).toEqual(cold[i]);
    }
  }, 120_000);
});
