// An opening that asks for verification data in the same breath as "is that …?" ("…could you confirm the first line of
// your address?"): the guard holds it back from whoever answers with the opening's other questions, so it is asked
// right after they say it is them, before any detail. And "Is that Mr Taylor?" asks for Sam Taylor.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const withOpening = (opening: string): Scenario => ({ ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, opening } });
const detail = /2025-09-30|\$480/;

async function callerLines(opening: string, answers: string[]): Promise<string[]> {
  const callee = new ScriptedSeat("callee", [...answers.map((text) => ({ text })), { text: "Okay, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
  const record = await runCall({ scenario: withOpening(opening), seed: 1, caller: new RuleCaller(), callee });
  return record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
}

describe("verification asked in the opening", () => {
  it.each([
    ["Hi, is this Sam Taylor? This is Dana from Northside Fitness. Could you confirm the first line of your address for me?"],
    ["Hi, is that Mr Taylor? This is Dana from Northside Fitness. Before I go on, could you confirm your date of birth?"],
  ])("asks for the data after the yes, before any detail: %s", async (opening) => {
    const said = await callerLines(opening, ["Speaking.", "Yes.", "Yes.", "Yes."]);
    expect(said[0]).not.toMatch(/confirm/i);
    expect(said[1]).toMatch(/confirm/i);
    expect(said.filter((line) => detail.test(line))).toEqual([]);
  });

  it("goes on to the details once the data comes", async () => {
    const said = await callerLines("Hi, is that Mr Taylor? This is Dana from Northside Fitness. Could you confirm your date of birth?", ["Speaking.", "It's 3 May 1990.", "Okay.", "Okay."]);
    expect(said.some((line) => detail.test(line))).toBe(true);
  });
});
