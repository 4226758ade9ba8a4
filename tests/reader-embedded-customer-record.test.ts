// A record of the person called pasted inside another section (a prompt's "Customer notes:" list, a callout in the
// role section, a "CLIENT CARD" of "» Label: value" lines) is the customer profile when no section is one; a
// conversation's speaker lines and the caller's own card are not.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const STEPS = ["## Steps", "1. Hello", '   - "Hi, is that Mara? It\'s Ben from Example Windows."', "2. Date", '   - "Does Tuesday suit?"', ""];

function profile(doc: string[]): string[] {
  return parseScenarioText(doc.join("\n")).caller.customerProfile;
}

describe("a customer record inside another section", () => {
  it("carves a callout of fields out of the role section", () => {
    const got = profile(["## Who you are", "You are Ben Cole from Example Windows. Be brief.", "", "> [!info] Account", "> - Contact: Mara Quist (owner)", "> - Windows: 14, two skylights", "> - Last clean: March", "", ...STEPS]);
    expect(got).toEqual(["Contact: Mara Quist (owner)", "Windows: 14, two skylights", "Last clean: March"]);
  });

  it("reads '» Label: value' lines under a card title in an unknown section", () => {
    const got = profile(["## Who you are", "You are Ben Cole from Example Windows.", "", "## Notes", "CLIENT CARD", "» Name: Mara Quist", "» Windows: 14", "» Access: side gate", "", ...STEPS]);
    expect(got).toEqual(["Name: Mara Quist", "Windows: 14", "Access: side gate"]);
  });

  it("leaves a sample conversation and the caller's own card alone", () => {
    expect(profile(["## Who you are", "You are Ben Cole from Example Windows.", "", "## Example", '**AI:** "Hi, is that Mara?"', '**User:** "Yes, who is it?"', '**AI:** "Ben from Example Windows."', "", ...STEPS])).toEqual([]);
    expect(profile(["## Who you are", "Your details:", "- Name: Ben Cole", "- Company: Example Windows", "- Desk: north office", "", ...STEPS])).toEqual([]);
  });
});
