// The rule seats on documents that lack parts: no opening, no Q&A, no end conditions or closings, no steps.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const play = (scenario: Scenario, seed: number) => runCall({ scenario, seed, caller: createSeat("caller", "rule"), callee: createSeat("callee", "rule") });

describe("the rule seats on incomplete documents", () => {
  it("without an opening the first caller turn is the first step's line, plus who calls when that line does not say it", async () => {
    const record = await play({ ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, opening: null } }, 1);
    expect(record.turns[0]).toMatchObject({ speaker: "caller", text: "Hi, is this Sam Taylor? This is Dana Reyes from Northside Fitness.", step: 1 });
  });

  it("with an opening that covers step 1, the opening delivers step 1 and the script goes on with step 2", async () => {
    const record = await play(TINY_SCENARIO, 1);
    expect(record.turns[0]?.step).toBe(1);
    expect(record.turns.find((t) => t.step === 2)?.text).toBe("Your membership ends on 2025-09-30, so I'm calling about renewing.");
    // The instruction line of step 3 is never said.
    expect(record.turns.some((t) => t.text.includes("stay calm"))).toBe(false);
  });

  it("with no steps, Q&A, end conditions or closings, the call still ends politely by the caller", async () => {
    const bare: Scenario = {
      ...TINY_SCENARIO,
      caller: { ...TINY_SCENARIO.caller, steps: [], knowledgeBase: [], endConditions: [], closingLines: [] },
      callee: { ...TINY_SCENARIO.callee, style: { positive: [], negative: [] }, endConditions: [], concerns: [], behaviours: [] },
    };
    for (let seed = 1; seed <= 20; seed++) {
      const record = await play(bare, seed);
      expect(record.end.by).toBe("caller");
      expect(record.end.condition).toBeNull();
      const wrongPerson = record.outcome.identityConfirmed === false;
      expect(record.turns.at(-1)?.text).toBe(wrongPerson ? "Sorry for the trouble. This is Dana Reyes from Northside Fitness. Could you ask Sam Taylor to call me back? Thank you, goodbye." : "Thank you for taking my call. Goodbye.");
    }
  });

  it("the same seed gives the same call on every run", async () => {
    for (const seed of [1, 2, 3]) expect(JSON.stringify(await play(TINY_SCENARIO, seed))).toBe(JSON.stringify(await play(TINY_SCENARIO, seed)));
  });
});
