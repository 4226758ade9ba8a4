// Layout causes learnt from the rdl-27 own tune set and the opened heldout-j/k documents (each document here is
// written for this test, in words of its own).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const lines = (s: ReturnType<typeof parseScenarioText>): number => s.caller.steps.reduce((n, step) => n + step.lines.length, 0);

describe("a numbered script whose steps quote what is said on the step's own line", () => {
  const doc = [
    "## Caller",
    "Name: Ines Moreau",
    "",
    "## Steps",
    "",
    "1. Check identity: Ask for the membership number.",
    "",
    "   If it doesn't match, then close politely.",
    "",
    '2. Read back: "I have you down for the Saturday class, is that right?"',
    "",
    '3. Offer a time: "Would ten or eleven suit you better?"',
    "",
    "## Closing",
    '"Thanks, see you Saturday."',
  ].join("\n");

  it("keeps an unquoted text after a step's title as an instruction, not a line to say", () => {
    const s = parseScenarioText(doc, { file: "steps.md" });
    expect(s.caller.steps.length).toBe(3);
    expect(lines(s)).toBe(2);
    expect(s.caller.steps[0]?.lines).toEqual([]);
  });
});
