// nonSpaceLength counts as the regex it replaced: every UTF-16 code unit, and mixed zh/en turns.
import { describe, expect, it } from "vitest";
import { nonSpaceLength } from "../src/text/non-space-length.js";

const byRegex = (text: string): number => text.replace(/\s+/gu, "").length;

describe("nonSpaceLength", () => {
  it("agrees with /\\s+/gu on every code unit", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(nonSpaceLength(text)).toBe(byRegex(text));
    }
  });
  it("counts zh and en turns alike", () => {
    for (const text of ["您好，请问是张先生吗？　我是客服。", "Hi,\tis this  Mr. Wren?\n\u00a0Yes. 😀", "", "   "]) expect(nonSpaceLength(text)).toBe(byRegex(text));
    expect(nonSpaceLength("好 的")).toBe(2);
    expect(nonSpaceLength("Okay, thanks.")).toBe(12);
  });
});
