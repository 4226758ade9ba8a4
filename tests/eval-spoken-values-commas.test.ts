// A comma groups thousands only before exactly three digits; otherwise it separates two numbers.
import { describe, expect, it } from "vitest";
import { spokenValues } from "../src/eval/spoken-values.js";

describe("spoken values and commas", () => {
  it("reads grouped thousands as one number", () => {
    expect([...spokenValues("12,000元，1,280.50 dollars")]).toEqual(expect.arrayContaining([12000, 1280.5]));
  });

  it("reads a number, a comma and another number as two", () => {
    const values = spokenValues("运单号尾号8842，2025-07-06寄出");
    expect(values.has(8842)).toBe(true);
    expect(values.has(2025)).toBe(true);
    expect(values.has(88422025)).toBe(false);
    expect([...spokenValues("options 3,4 and 5")]).toEqual(expect.arrayContaining([3, 4, 5]));
  });
});
