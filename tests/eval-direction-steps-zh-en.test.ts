// A script step written as a direction to the caller (read the choice back, close with the fitting line) is done by
// doing it, in any words; reading the direction out to the customer is a missing step at that turn; a step passed
// over is charged at the turn where the caller went past it. Documents and calls are invented for these tests
// (tests/fixtures/eval/*-direction-steps.md).
import { describe, expect, it } from "vitest";
import { failedTurns } from "./fixtures/eval/alternating-call.js";
import { card, EN_CLOSE, EN_HEAD, EN_READ_BACK, EN_TIP, ZH_CLOSE, ZH_HEAD, ZH_READ_BACK, ZH_TIP } from "./fixtures/eval/direction-steps-calls.js";

describe("missing-step: direction steps done by the deed, read out, or passed over", () => {
  it("en: a read-back in the caller's own words and the fitting close deliver both direction steps", () => {
    const clean = card("en", [...EN_HEAD, ...EN_TIP, ...EN_READ_BACK, ...EN_CLOSE]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("en: the read-back direction read out to the customer is charged at that turn", () => {
    const read = card("en", [...EN_HEAD, ...EN_TIP, "Next: say the day they picked back to them.", "Sorry?", ...EN_CLOSE]);
    expect(failedTurns(read, "missing-step")).toEqual([8]);
  });

  it("en: the tip passed over is charged where the caller went past it (the read-back)", () => {
    const skipped = card("en", [...EN_HEAD, "So that's Tuesday afternoon for you.", "Yes.", ...EN_CLOSE]);
    expect(failedTurns(skipped, "missing-step")).toEqual([6]);
  });

  it("zh: 用自己的话复述选择、说对应结束语，两个指示步骤都算做到", () => {
    const clean = card("zh", [...ZH_HEAD, ...ZH_TIP, ...ZH_READ_BACK, ...ZH_CLOSE]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    expect(failedTurns(clean, "wrong-closing")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("zh: 把收尾指示念给顾客听，在念的那一轮记漏步骤", () => {
    const read = card("zh", [...ZH_HEAD, ...ZH_TIP, "跟您确认一下，定在周二下午。", "对。", "下面依照结束条件念对应的结束语。", "啊？"]);
    expect(failedTurns(read, "missing-step")).toEqual([10]);
  });

  it("zh: 跳过保养提醒，在越过它的那一轮（复述）记漏步骤", () => {
    const skipped = card("zh", [...ZH_HEAD, "跟您确认一下，定在周二下午。", "对。", ...ZH_CLOSE]);
    expect(failedTurns(skipped, "missing-step")).toEqual([6]);
  });
});
