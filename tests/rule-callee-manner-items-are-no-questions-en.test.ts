// A persona item labelled as how the customer talks or acts ("Talks: warm, a little deaf on the left. Avoid sounding
// scripted.", "Does: gives the make, not the ticket") directs whoever plays the part: the rule customer never turns it
// into a question ("Avoid sounding scripted — where does that leave me?"), while an "Asks:" item still is one.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";

const EN = packFor("en");
const plainest = (concern: string): string[] => EN.grammar.concernQuestions(concern).map((wordings) => wordings[0] ?? "");

describe("persona items about manner are no concerns", () => {
  it("a talk or behaviour item gives no question", () => {
    expect(plainest("Talks: brisk, a bit hard of hearing on the right. Avoid sounding rehearsed.")).toEqual([]);
    expect(plainest("Does: reads out the invoice number rather than the postcode; picks the later slot")).toEqual([]);
    expect(plainest("Tone: friendly, chatty")).toEqual([]);
  });

  it("an item of what the customer asks still gives its questions", () => {
    expect(plainest("Asks: whether the van can park outside")).toEqual(["Can the van park outside?"]);
  });
});
