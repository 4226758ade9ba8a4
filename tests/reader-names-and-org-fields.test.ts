// Names and organisations as code-like documents write them: a double-barrelled surname ("Brook-Hale") is one name,
// an organisation field among the caller's own opening fields names the organisation when no sentence does, and a
// "you're all set for Monday" inside a quoted line is said to the customer, not a "you are" naming the caller.
// Before, the callee's name was empty for any hyphenated surname and the organisation read as "Monday".
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const DOC = `- caller name: Odette Vance-Moore
- company: Quillfeather Bookbinding

## Customer profile

- Contact: Anya Brook-Hale
- Item: family bible, rebacked

## Steps

1. "Hi, it's Odette here, just checking you're all set for Monday's collection."
2. "The balance is £85, paid when you collect."
`;

describe("names and organisation fields in code-like documents", () => {
  it("reads a double-barrelled callee, the organisation field, and no organisation from a quoted 'you're'", () => {
    const s = parseScenarioText(DOC);
    expect(s.callee.name).toBe("Anya Brook-Hale");
    expect(s.caller.name).toBe("Odette Vance-Moore");
    expect(s.caller.organization).toBe("Quillfeather Bookbinding");
  });
});
