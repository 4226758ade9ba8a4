// A first step that only asks something ("Have you got a moment…?") loses its question when the opening is guarded
// for a stranger (the document's identity rule makes the caller ask who answered first): the step is then not
// delivered by the opening, and the caller asks it after the yes instead of passing over it.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const ASK = "Have you got a moment to hear about the renewal offer?";
const [, ...rest] = TINY_SCENARIO.caller.steps;
const scenario: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, opening: null, steps: [{ index: 1, title: "Start", lines: [ASK] }, ...rest] } };

describe("a first step the guarded opening dropped", () => {
  it("is asked after the customer confirms", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Sure." }, { text: "Okay." }, { text: "Okay." }, { text: "Okay, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const said = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(said[0]).not.toContain(ASK);
    expect(said[1]).toContain(ASK);
  });
});
