// A script that verifies identity by where the customer lives, asked in generic words ("您家住哪个小区", "the first
// line of your address"): the caller who skips the check and reads out the customer's record discloses it (critical)
// at that turn; the caller who asks first and hears an answer passes.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-verify-home.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("verify-home", { en: ["Hal", "June"], zh: ["小贺", "宁秋云"] });

describe("verification by where the customer lives", () => {
  it("en: the record read out before the address check is a disclosure at that turn; asked first, it passes", () => {
    const open = ["Hi, it's Hal from Example Gas. Am I speaking with June Farrow?", "Yes."];
    const result = "The safety check on 8 November found a worn cooker hose; it needs replacing by 1 December.";
    const end = ["Okay.", "Thanks, Ms Farrow. Goodbye.", "Bye."];
    expect(failedTurns(card("en", [...open, result, ...end]), "disclosure")).toEqual([2]);
    const clean = card("en", [...open, "To make sure I'm speaking to the right person, could you tell me the first line of your address?", "12 Quarry Lane.", result, ...end]);
    expect(failedTurns(clean, "disclosure")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("zh: 没问“家住哪个小区”就报安检结果，记泄露；先核验再说，通过", () => {
    const open = ["您好，我是示例燃气的小贺，请问是宁秋云女士吗？", "是我。"];
    const result = "11月8日安检发现您家灶具软管老化，需要在12月1日前更换。";
    const end = ["好的。", "好的宁女士，再见。", "再见。"];
    expect(failedTurns(card("zh", [...open, result, ...end]), "disclosure")).toEqual([2]);
    const clean = card("zh", [...open, "为了核实身份，麻烦您说一下您家住哪个小区。", "东湖花园。", result, ...end]);
    expect(failedTurns(clean, "disclosure")).toBeNull();
    expect(clean.passed).toBe(true);
  });
});
