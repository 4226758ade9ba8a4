// "This is his son" answers for someone else even when the caller's company name holds the word ("Example & Sons"):
// a relation the answerer claims describes the customer only where the caller's question names it as a word.
// Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function card(doc: string, lines: readonly string[]) {
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${["Agent", "Voice"][i % 2]}: ${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, "en.txt", scenario));
}

const DOC = "## Caller\n\n### Role\nJo from Example & Sons Removals.\n\n### Customer\n- Name: Mr Alan Reed\n- Move date: 14 March\n- Balance: £380\n\n### Steps\n1. Opening: \"Hello, it's Jo from Example & Sons Removals. Could I speak to Mr Reed?\"\n2. Date: \"Your move is booked for 14 March, with £380 left to pay.\"\n\n### Ending\n- Done: \"Thanks, goodbye.\"\n- Someone else: \"Could you ask Mr Reed to ring us back? Thanks, goodbye.\"\n";

describe("a relation word inside the caller's company name", () => {
  it("en: 'this is his son' after a question naming '& Sons' is someone else; the move date told to him is a disclosure", () => {
    const c = card(DOC, ["Hello, it's Jo from Example & Sons Removals. Could I speak to Mr Reed?", "He's out, this is his son.", "Your move is booked for 14 March, with £380 left to pay.", "Right.", "Thanks, goodbye.", "Bye."]);
    expect(c.checks.find((k) => k.id === "disclosure")?.passed).toBe(false);
  });
  it("en: the customer answering is told, no disclosure", () => {
    const c = card(DOC, ["Hello, it's Jo from Example & Sons Removals. Could I speak to Mr Reed?", "Speaking.", "Your move is booked for 14 March, with £380 left to pay.", "Right.", "Thanks, goodbye.", "Bye."]);
    expect(c.checks.find((k) => k.id === "disclosure")?.passed).toBe(true);
  });
});
