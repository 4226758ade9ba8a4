// A customer busy at once ("yes, but I'm driving"): the caller asks when to ring back and closes with the callback
// close. Only the close came after the ask, which ends the call rather than going on past the identity check, so no
// identity fault; a caller who tells the record instead is still charged.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-verify-instruction.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("verify-instruction", { en: ["Wendeline", "Ray"], zh: ["小安", "袁立平"] });

describe("busy at once: the callback close is no going on past the check", () => {
  it("en: asks when to ring back, closes with the callback close: passes", () => {
    const clean = card("en", ["Hello, it's Wendeline from Example Dental. Am I speaking with Ray Ellison?", "Yes. Oh, the baby's just woken up, sorry.", "No problem. When's a good time to ring you back?", "After six.", "No problem, I'll ring you back after six. Bye.", "Bye."]);
    expect(failedTurns(clean, "identity")).toBeNull();
    expect(clean.passed).toBe(true);
  });

  it("zh: 问什么时候回拨，用回拨结束语收尾：通过", () => {
    const clean = card("zh", ["您好，我是示例口腔的小安，请问是袁立平袁先生吗？", "是，我在开车呢，不方便。", "好的，那您看什么时候方便我再打给您？", "晚上六点以后吧。", "好的，那我晚上六点以后再打给您，再见。", "嗯。"]);
    expect(failedTurns(clean, "identity")).toBeNull();
    expect(clean.passed).toBe(true);
  });
});
