// "when" opening a clause of the question's own statement ("can I pay the driver when he drops it off?") says when
// something happens, not that the customer asks for a date; asked outright, with a modal after its subject, or after
// "do you know" / "tell me", it still asks for one (en pack).
import { describe, expect, it } from "vitest";
import { typesAsked } from "../src/seats/rule/answer-terms.js";
import { packFor } from "../src/lang/index.js";

const pack = packFor("en");
const asksDate = (text: string): boolean => typesAsked(text, pack).includes("date");

describe("a when-clause is no question for a date", () => {
  it("reads a clause about when something happens as no date asked", () => {
    expect(asksDate("Can I pay the driver when he drops the sofa off?")).toBe(false);
    expect(asksDate("Is it all right to leave the key out when we go on holiday?")).toBe(false);
  });
  it("still reads a date asked", () => {
    expect(asksDate("When can the driver drop the sofa off?")).toBe(true);
    expect(asksDate("So when will you come round?")).toBe(true);
    expect(asksDate("Do you know when he gets here?")).toBe(true);
    expect(asksDate("Could you tell me when it opens?")).toBe(true);
    expect(asksDate("when you'll be here, roughly?")).toBe(true);
  });
});
