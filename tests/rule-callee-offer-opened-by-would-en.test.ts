// "Would Tuesday …, or Friday …, suit you better?": the customer picks "Tuesday …", never "Would Tuesday …" (and the
// caller then never reads back "so that's would Tuesday …"). A question about the customer itself keeps its frame rule.
import { describe, expect, it } from "vitest";
import { offeredIn } from "../src/seats/rule/callee-wording.js";
import { packFor } from "../src/lang/index.js";

const en = packFor("en");

describe("an offer opened by an auxiliary", () => {
  it("'Would <option>, or <option>, suit you better?' gives the options without 'Would'", () => {
    const options = offeredIn("Would Tuesday the 3rd at 10 in the morning, or Friday the 6th at 2 in the afternoon, suit you better?", en).map((o) => o.text);
    expect(options[0]).toBe("Tuesday the 3rd at 10 in the morning");
    expect(options.every((o) => !/^would\b/iu.test(o))).toBe(true);
  });
  it("'Is the morning or the afternoon better?' gives 'the morning' first", () => {
    const options = offeredIn("Is the morning or the afternoon better for you?", en).map((o) => o.text);
    expect(options[0]).toMatch(/^the morning$/iu);
  });
});
