// A number read out digit by digit ("幺三八 一二三四", "oh seven nine, double one") is the number its digits spell, in
// its groups and whole: a caller reading the customer's phone number back in digits is not inventing a figure.
import { describe, expect, it } from "vitest";
import { spokenValues } from "../src/eval/spoken-values.js";

describe("spoken values: digit strings", () => {
  it("zh: 逐位念的号码（幺=1，分组停顿）整串和每组都算", () => {
    const values = spokenValues("嗯 他舅舅 幺五九 八七六五 四三二一");
    expect(values.has(15987654321)).toBe(true);
    expect(values.has(159)).toBe(true);
    expect(values.has(8765)).toBe(true);
  });

  it("zh: 数目（三十八、十二三个）不被拼成号码", () => {
    const values = spokenValues("三十八个人，十二三个老师");
    expect(values.has(38)).toBe(true);
    expect(values.has(38123)).toBe(false);
    expect(values.has(123)).toBe(false);
  });

  it("en: digits read one by one, with 'oh' and 'double', spell the whole number and its groups", () => {
    const values = spokenValues("It's oh seven nine double one, four five six two.");
    expect(values.has(79114562)).toBe(true);
    expect(values.has(7911)).toBe(true);
    expect(values.has(4562)).toBe(true);
  });

  it("en: digit groups said apart join into one number; counts in a sentence do not", () => {
    expect(spokenValues("my number is 0161 496 0733").has(1614960733)).toBe(true);
    expect(spokenValues("options 3 4 and 5").has(34)).toBe(false);
  });
});
