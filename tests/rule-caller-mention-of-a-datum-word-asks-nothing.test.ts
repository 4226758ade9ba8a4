// An opening whose held part only mentions the matter in a datum's word ("calling to confirm your birthday party
// booking", "确认一下明天的生日蛋糕订单") asks for no data: after the yes the script goes on, it does not wait for a
// birth date nobody asked for and close the call without a single step.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const OPENING = "Hi, is this Sam Taylor? This is Dana from Northside Fitness, calling to confirm the birthday party booking at the studio.";
const scenario: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, opening: OPENING } };

describe("a datum's word in a mention of the matter", () => {
  it("goes on with the script after the yes", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay." }, { text: "Okay." }, { text: "Okay, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const said = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(said.some((text) => text.includes("2025-09-30"))).toBe(true);
    expect(said.some((text) => /birth date/i.test(text))).toBe(false);
  });
});
