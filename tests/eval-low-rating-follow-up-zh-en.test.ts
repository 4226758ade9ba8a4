// A low rating the script says to follow up ("If it is 5 or less, ask what went wrong", "若低于6分，问一句哪里不满意"):
// the caller who takes the low score and goes straight on is charged (missing-step) at the reply; asking why, a
// score above the mark, and a reason the customer gave unasked that the caller takes up all pass.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-low-rating.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("low-rating", { en: ["Ravi", "Petra"], zh: ["小罗", "万佩"] });

const EN_OPEN = ["Hi, is this Petra Vance? It's Ravi from Example Window Blinds.", "Yes, that's me."];
const EN_ASK = "On a scale of 1 to 10, how happy are you with the fitting?";
const EN_CARE = "Wipe the fabric with a dry cloth only; water leaves marks.";
const EN_END = ["Okay.", "Thanks, Ms Vance, enjoy the blinds. Goodbye.", "Bye."];
const ZH_OPEN = ["您好，请问是万佩女士吗？我是示例窗帘的小罗。", "是我。"];
const ZH_ASK = "从1到10分，您对这次安装打几分？";
const ZH_CARE = "布面只用干布擦，沾水会留印子。";
const ZH_END = ["好。", "谢谢万女士，祝您用得顺心，再见。", "再见。"];

describe("a low rating the script says to follow up", () => {
  it("en: 'Four.' then the next step is charged at the reply; asking why, or an eight, passes", () => {
    const skipped = card("en", [...EN_OPEN, EN_ASK, "Four.", "Okay. " + EN_CARE, ...EN_END]);
    expect(failedTurns(skipped, "missing-step")).toEqual([4]);
    const asked = card("en", [...EN_OPEN, EN_ASK, "Four.", "Sorry to hear that. What went wrong?", "The fitter left a mess.", "I'll pass that on. " + EN_CARE, ...EN_END]);
    expect(failedTurns(asked, "missing-step")).toBeNull();
    const high = card("en", [...EN_OPEN, EN_ASK, "Eight.", "Great. " + EN_CARE, ...EN_END]);
    expect(failedTurns(high, "missing-step")).toBeNull();
  });

  it("zh: 打4分后直接往下讲记在回话那一轮；问原因、打8分、客户自己说了原因而客服接住，都不记", () => {
    const skipped = card("zh", [...ZH_OPEN, ZH_ASK, "4分吧。", "好的。" + ZH_CARE, ...ZH_END]);
    expect(failedTurns(skipped, "missing-step")).toEqual([4]);
    const asked = card("zh", [...ZH_OPEN, ZH_ASK, "4分吧。", "不好意思，是哪里不满意呢？", "师傅走的时候地上没收拾。", "抱歉，我反馈给安装组。" + ZH_CARE, ...ZH_END]);
    expect(failedTurns(asked, "missing-step")).toBeNull();
    const high = card("zh", [...ZH_OPEN, ZH_ASK, "8分。", "谢谢。" + ZH_CARE, ...ZH_END]);
    expect(failedTurns(high, "missing-step")).toBeNull();
    const volunteered = card("zh", [...ZH_OPEN, ZH_ASK, "4分吧，师傅走的时候地上没收拾。", "真抱歉，这个我记下反馈给安装组。" + ZH_CARE, ...ZH_END]);
    expect(failedTurns(volunteered, "missing-step")).toBeNull();
  });
});
