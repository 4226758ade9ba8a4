// An objection written with a "Pushback:" label among the FAQ's Q/A lines, its reply after an arrow or a "reply:"
// mark, is objection handling. Before, such lines were dropped (only "Objection:" and "Customer says:" were marks).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const DOC = `# Caller
You are Jo Bright from Acme Looms.

## Steps
1. "Hello, it's Jo from Acme Looms."
2. "Can we book your loom service?"

## FAQ
Q: Do you do the brakes? A: Yes, we oil them.
PUSHBACK: "I can oil them myself." -> "Oiling is only half of it."
- **Pushback:** "It's too dear." — reply: "The price is frozen this year."

## Closing
"Thanks, bye."
`;

describe("pushback lines in a FAQ", () => {
  it("are objections with their replies", () => {
    const kb = parseScenarioText(DOC).caller.knowledgeBase;
    expect(kb.map((e) => e.kind ?? "qa")).toEqual(["qa", "objection", "objection"]);
    expect(kb[1]?.answer).toBe("Oiling is only half of it.");
    expect(kb[2]?.answer).toBe("The price is frozen this year.");
  });
});
