// A human caller (lines from a pipe) against the rule customer: the engine reads the customer's turns itself.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { scriptedLineSource } from "../src/seats/human/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

describe("a human caller", () => {
  it("gets steps and Q&A use detected, the customer's turns recorded, and ends with /end N", async () => {
    const lines = scriptedLineSource([
      "Hi, is this Sam Taylor?",
      "Yes, you can freeze it for up to 3 months a year at no charge.",
      "/end 1 Thanks Sam, bye!",
    ]);
    const caller = createSeat("caller", "human", { lines });
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking. Can I pause my membership over the summer?" }, { text: "Great, thanks." }]);
    const record = await runCall({ scenario: TINY_SCENARIO, seed: 1, caller, callee });
    expect(lines.prompts).toEqual(["Dana Reyes> ", "Dana Reyes> ", "Dana Reyes> "]);
    expect(record.turns.map((t) => [t.speaker, t.step, t.kb])).toEqual([
      ["caller", 1, []],
      ["callee", null, []],
      ["caller", null, [0]],
      ["callee", null, []],
      ["caller", null, []],
    ]);
    expect(record.end).toEqual({ by: "caller", condition: 1, reason: "the human caller ended the call" });
    expect(record.outcome.identityConfirmed).toBe(true);
    expect(record.outcome.questions).toEqual([{ turn: 1, text: "Yes, speaking. Can I pause my membership over the summer?", kb: 0, answered: true }]);
    expect(record.outcome.stepsDelivered).toEqual([1]);
  });

  it("plays against the rule customer until the input ends", async () => {
    const caller = createSeat("caller", "human", { lines: scriptedLineSource(["Hi, is this Sam Taylor?", "Your membership ends on 2025-09-30, so I'm calling about renewing."]) });
    const record = await runCall({ scenario: TINY_SCENARIO, seed: 3, caller, callee: createSeat("callee", "rule") });
    expect(record.turns.filter((t) => t.speaker === "caller").map((t) => t.step)).toEqual([1, 2]);
    expect(record.end.reason === "the human caller hung up (end of input)" || record.end.by === "callee").toBe(true);
  });
});
