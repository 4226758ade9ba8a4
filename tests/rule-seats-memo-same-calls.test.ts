// The rule seats keep what depends on the plan (and on a line's text alone) from call to call: a call must not depend
// on what was played before it. Each example's calls are played cold (a fresh copy of the scenario, so no memo keyed
// by it holds anything), then again after other calls and another scenario were played: the same records every time.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import type { CallRecord, Scenario } from "../src/schema/index.js";

const SEEDS = [1, 2, 3, 7];
const EXAMPLES = readdirSync("examples").filter((name) => name.endsWith(".md")).sort();

function play(scenario: Scenario, seed: number): Promise<CallRecord> {
  return runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
}

describe("a rule call does not depend on what was played before it", () => {
  it("plays every example's seeds alike cold, warm, and after another scenario", async () => {
    const scenarios = await Promise.all(EXAMPLES.map((name) => readScenarioFile(`examples/${name}`)));
    const jobs = scenarios.flatMap((scenario) => SEEDS.map((seed) => ({ scenario, seed })));
    const cold: CallRecord[] = [];
    for (const { scenario, seed } of jobs) cold.push(await play(structuredClone(scenario), seed));
    const warm: CallRecord[] = [];
    for (const { scenario, seed } of jobs) warm.push(await play(scenario, seed));
    const again: CallRecord[] = [];
    for (const { scenario, seed } of [...jobs].reverse()) again.unshift(await play(scenario, seed));
    expect(scenarios.length).toBeGreaterThan(1);
    for (let i = 0; i < jobs.length; i++) {
      expect(warm[i]).toEqual(cold[i]);
      expect(again[i]).toEqual(cold[i]);
    }
  }, 180_000);
});
