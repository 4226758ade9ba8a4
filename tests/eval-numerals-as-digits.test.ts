// Spoken Chinese numerals before a unit are read as the digits a script writes (invented examples).
import { describe, expect, it } from "vitest";
import { numeralsAsDigits } from "../src/eval/numerals-as-digits.js";

describe("numeralsAsDigits", () => {
  it("writes a date, an hour, an amount and a span in digits", () => {
    expect(numeralsAsDigits("三月十七号周五下午三点")).toBe("3月17号周五下午3点");
    expect(numeralsAsDigits("一共三百六十元，大概两个小时")).toBe("一共360元，大概2个小时");
    expect(numeralsAsDigits("八十三平")).toBe("83平");
  });
  it("leaves a numeral that is a word, not a figure", () => {
    expect(numeralsAsDigits("您稍等一下，我们一起看看")).toBe("您稍等一下，我们一起看看");
    expect(numeralsAsDigits("no numerals here")).toBe("no numerals here");
  });
});
