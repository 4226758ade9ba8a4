// 50 rule-vs-rule calls of every example scenario, scored by evaluateCall: a rule caller states only grounded figures,
// never asks for sensitive data and always closes (or the customer hung up under a condition that says so).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { Scorecard } from "../src/schema/index.js";
import { evaluateCall } from "../src/eval/index.js";

const SEEDS = 50;
const EXAMPLES = readdirSync("examples").filter((name) => name.endsWith(".md")).sort();
const MUST_PASS = ["grounding", "sensitive-info", "closing"];

describe.each(EXAMPLES)("rule vs rule on %s, 50 seeds, scored", (name) => {
  it("passes grounding, sensitive-info and closing every time; scores stay in 0..100", async () => {
    const scenario = await readScenarioFile(`examples/${name}`);
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule"), seed });
      const card = evaluateCall(scenario, call);
      expect(Scorecard.safeParse(card).success).toBe(true);
      for (const check of card.checks) {
        if (MUST_PASS.includes(check.id) && !check.passed) failures.push(`seed ${seed} ${check.id}: ${check.message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
