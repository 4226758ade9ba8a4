// A script step that asks for verification data in the usual security wording ("For security, could you confirm…",
// "为了安全，…核实一下身份") holds every detail back until data comes: a bare "yes" is not verification.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

function withSecurityStep(ask: string): Scenario {
  const [first, ...rest] = TINY_SCENARIO.caller.steps;
  if (first === undefined) throw new Error("the tiny scenario has steps");
  const steps = [first, { index: 2, title: "Security check", lines: [ask] }, ...rest.map((step) => ({ ...step, index: step.index + 1 }))];
  return { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, steps } };
}

const detailTurns = (texts: readonly string[]): string[] => texts.filter((text) => /2025-09-30|\$480/.test(text));

describe("verification data before details", () => {
  it.each([
    ["For security, could you confirm the first line of the address on the account?"],
    ["For security purposes, can you confirm your house number?"],
  ])("a bare yes to %s gets the question again, not the details", async (ask) => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Yes." }, { text: "Yes." }, { text: "Okay, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario: withSecurityStep(ask), seed: 1, caller: new RuleCaller(), callee });
    const said = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(detailTurns(said)).toEqual([]);
  });

  it("data in the answer opens the details", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "It's 14 Harbour Lane." }, { text: "Okay." }, { text: "Okay, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario: withSecurityStep("For security, could you confirm the first line of the address on the account?"), seed: 1, caller: new RuleCaller(), callee });
    const said = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(detailTurns(said).length).toBeGreaterThan(0);
  });
});
