// missing-step: a rating asked on a number scale ("On a scale of 1 to 10…", "从1到10分…") that the customer answered
// with no number on it ("Go on.", "嗯，接着说", a 12 on 1 to 10) and the caller went on as if rated: the step was asked,
// not done, charged where the caller went on. A rating on the scale, the question asked again, a rating given a turn
// later, and a customer who declines or leaves all pass. Calls are invented against tests/fixtures/eval/*-low-rating.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("low-rating", { en: ["Ravi", "Petra"], zh: ["小罗", "万佩"] });

const EN_OPEN = ["Hi, is this Petra Vance? It's Ravi from Example Window Blinds.", "Yes, that's me."];
const EN_ASK = "On a scale of 1 to 10, how happy are you with the fitting?";
const EN_CARE = "Great. Wipe the fabric with a dry cloth only; water leaves marks.";
const EN_END = ["Okay.", "Thanks, Ms Vance, enjoy the blinds. Goodbye.", "Bye."];
const ZH_OPEN = ["您好，请问是万佩女士吗？我是示例窗帘的小罗。", "是我。"];
const ZH_ASK = "从1到10分，您对这次安装打几分？";
const ZH_CARE = "好的。布面只用干布擦，沾水会留印子。";
const ZH_END = ["好。", "谢谢万女士，祝您用得顺心，再见。", "再见。"];

describe("a rating asked and never given", () => {
  it("en: 'Mm, go on.' or a 12 then the next step is charged there; an 8, or the question asked again, passes", () => {
    expect(failedTurns(card("en", [...EN_OPEN, EN_ASK, "Mm, go on.", EN_CARE, ...EN_END]), "missing-step")).toEqual([4]);
    expect(failedTurns(card("en", [...EN_OPEN, EN_ASK, "Honestly? 12 out of 10.", EN_CARE, ...EN_END]), "missing-step")).toEqual([4]);
    expect(failedTurns(card("en", [...EN_OPEN, EN_ASK, "8.", EN_CARE, ...EN_END]), "missing-step")).toBeNull();
    const again = [...EN_OPEN, EN_ASK, "Mm, go on.", "Sorry, just a number from 1 to 10 for the fitting, how would you rate it?", "Eight.", EN_CARE, ...EN_END];
    expect(failedTurns(card("en", again), "missing-step")).toBeNull();
  });

  it("en: a customer who has to go is owed the close, not the rating", () => {
    const leaving = [...EN_OPEN, EN_ASK, "Sorry, I'm driving, I have to go now.", "No problem. Thanks, Ms Vance, enjoy the blinds. Goodbye.", "Bye."];
    expect(failedTurns(card("en", leaving), "missing-step")).toBeNull();
  });

  it("zh: “嗯，接着说”或者打12分后直接往下讲，记在那一轮；打8分、再问一遍都不记", () => {
    expect(failedTurns(card("zh", [...ZH_OPEN, ZH_ASK, "嗯，接着说。", ZH_CARE, ...ZH_END]), "missing-step")).toEqual([4]);
    expect(failedTurns(card("zh", [...ZH_OPEN, ZH_ASK, "12分吧。", ZH_CARE, ...ZH_END]), "missing-step")).toEqual([4]);
    expect(failedTurns(card("zh", [...ZH_OPEN, ZH_ASK, "8分吧。", ZH_CARE, ...ZH_END]), "missing-step")).toBeNull();
    const again = [...ZH_OPEN, ZH_ASK, "嗯，接着说。", "不好意思，麻烦您从1到10分给安装打个分？", "8分。", ZH_CARE, ...ZH_END];
    expect(failedTurns(card("zh", again), "missing-step")).toBeNull();
  });
});
