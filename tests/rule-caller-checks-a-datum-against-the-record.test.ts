// A datum the document asks for is compared with the record: digits that end a number the record states open the
// details; other digits are a mismatch, never "matches what we have" (zh and en). A direction-only step is never
// read out, and a greeting step the opening did is passed over.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

function withDirections(profile: string, check: string): Scenario {
  const [, second, third] = TINY_SCENARIO.caller.steps;
  if (second === undefined || third === undefined) throw new Error("the tiny scenario has three steps");
  const steps = [
    { index: 1, title: "Greet and confirm who you are talking to.", lines: [] },
    { index: 2, title: check, lines: [] },
    { ...second, index: 3 },
    { ...third, index: 4 },
  ];
  return { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, customerProfile: [...TINY_SCENARIO.caller.customerProfile, profile], steps } };
}

const details = (texts: readonly string[]): string[] => texts.filter((text) => /2025-09-30|\$480/.test(text));

async function callerLines(scenario: Scenario, datum: string): Promise<string[]> {
  const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: datum }, { text: datum }, { text: "Okay." }, { text: "Okay, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
  const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
  return record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
}

describe("a datum check compares with the record", () => {
  const en = withDirections("Member number ending 4471", "Ask for the member number and compare it with the one on file.");
  const zh: Scenario = { ...withDirections("会员卡尾号 4471", "核对会员卡尾号。"), language: "zh" };

  it.each([
    ["en", en, "It's 4471."],
    ["zh", zh, "4471。"],
  ] as const)("%s: the right digits open the details", async (_, scenario, datum) => {
    const said = await callerLines(scenario, datum);
    expect(details(said).length).toBeGreaterThan(0);
  });

  it.each([
    ["en", en, "It's 9183."],
    ["zh", zh, "9183。"],
  ] as const)("%s: wrong digits are no match: no details", async (_, scenario, datum) => {
    const said = await callerLines(scenario, datum);
    expect(details(said)).toEqual([]);
    expect(said.join(" ")).not.toMatch(/matches what we have|核实过了/);
  });

  it("no direction is read out and the greeting step says nothing of its own", async () => {
    const said = await callerLines(en, "It's 4471.");
    expect(said.join(" ")).not.toMatch(/Greet and confirm|compare it with the one on file|Next, briefly/);
  });
});
