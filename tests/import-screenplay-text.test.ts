// A call staged as a Fountain screenplay: the synopsis lines are the steps, a character's dialogue is what that
// character says, the boneyard (/* */) is cut, and a card of "key: value" lines under a capitalised label is fields.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readScenarioFile } from "../src/scenario/index.js";

const dir = mkdtempSync(join(tmpdir(), "callsim-fountain-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const FOUNTAIN = `Title: Kiln collection call
Author: the studio office

INT. OLD MILL KILNS - OFFICE - DAY

Caller: Tamsin Oakhurst, Old Mill Kilns.

CUSTOMER PROFILE
Name: Odile Marsh
Kiln: 40-litre top loader

= Step 1 — greet

TAMSIN OAKHURST
Hello, it's Tamsin from Old Mill Kilns, your kiln is repaired.

/* = Step 2 — upsell
TAMSIN OAKHURST
A new shelf set, perhaps? */

= Step 2 — book

TAMSIN OAKHURST
(brightly)
Could we bring it round on Friday?
`;

describe("a document written as a Fountain screenplay", () => {
  it("reads synopsis steps with the dialogue under them, the card as fields, the boneyard cut (en)", async () => {
    const s = await readScenarioFile(file("en.fountain", FOUNTAIN));
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps[1]?.lines[0]).toBe("Could we bring it round on Friday?");
    expect(s.caller.customerProfile.length).toBe(2);
  });
});
