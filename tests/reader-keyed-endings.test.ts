// Endings written as one key per ending (a config's `ending.booked=…` once outlined: "### booked" over its line) are
// end conditions paired with closing lines.
import { describe, expect, it } from "vitest";
import { keyedClosings } from "../src/scenario/keyed-closings.js";
import type { SourceLine } from "../src/scenario/lines.js";

const body = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ no: i + 1, text }));

describe("keyed endings", () => {
  it("pairs each key with the line under it (en)", () => {
    expect(keyedClosings(body("### booked", "", "Lovely, see you Tuesday. Bye!", "", "### wrong_person", "Sorry to bother you. Bye!"))).toEqual({
      endConditions: ["booked", "wrong person"],
      closingLines: ["Lovely, see you Tuesday. Bye!", "Sorry to bother you. Bye!"],
    });
  });
  it("pairs each key with the line under it (zh)", () => {
    expect(keyedClosings(body("### 约好", "好的，那就周二见，再见！", "### 留言", "麻烦您转告一下，谢谢，再见！"))).toEqual({
      endConditions: ["约好", "留言"],
      closingLines: ["好的，那就周二见，再见！", "麻烦您转告一下，谢谢，再见！"],
    });
  });
  it("is no reading when a key has nothing under it or text comes first", () => {
    expect(keyedClosings(body("### booked", "### message", "Bye!"))).toBeNull();
    expect(keyedClosings(body("Close politely.", "### booked", "Bye!", "### message", "Bye now!"))).toBeNull();
  });
  it("keeps a key that names another part of a scenario as an ending (identity_fail), not sub-parts", () => {
    expect(keyedClosings(body("### booked", "See you Tuesday. Bye!", "### identity_fail", "Sorry, the details don't match. Bye!"))).toEqual({
      endConditions: ["booked", "identity fail"],
      closingLines: ["See you Tuesday. Bye!", "Sorry, the details don't match. Bye!"],
    });
    expect(keyedClosings(body("### End conditions", "- booked", "### Closing lines", "Bye!"))).toBeNull();
  });
});
