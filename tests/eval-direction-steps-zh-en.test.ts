// A script step written as a direction to the caller (read the choice back, close with the fitting line) is done by
// doing it, in any words; reading the direction out to the customer is a missing step at that turn; a step passed
// over is charged at the turn where the caller went past it. Documents and calls are invented for these tests
// (tests/fixtures/eval/*-direction-steps.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("direction-steps", { en: ["Wren", "Ansel"], zh: ["小闻", "欧阳宁"] });

const EN_HEAD = [
  "Hello, it's Wren from Example Piano Tuning. Am I speaking with Mr Ansel Okoro?",
  "Yes, that's me.",
  "Our tuner can't make Friday, so I'd like to move your tuning.",
  "Oh, okay.",
  "We have Monday morning or Tuesday afternoon. Which would you prefer?",
  "Tuesday afternoon.",
];
const EN_TIP = ["Until then, keep the piano away from the radiator; dry air pulls it out of tune.", "Will do."];
const EN_CLOSE = ["Perfect, the tuner will see you then. Thanks, Mr Okoro, goodbye.", "Bye."];

const ZH_HEAD = ["您好，我是示例钢琴调音的小闻，请问是欧阳宁先生吗？", "是我。", "周五调音师来不了，想跟您改个时间。", "哦，行。", "周一上午或者周二下午都可以，您选哪个？", "周二下午吧。"];
const ZH_TIP = ["这几天琴别靠着暖气片，太干了容易跑音。", "好的。"];
const ZH_CLOSE = ["好的，调音师到时上门，谢谢欧阳先生，再见。", "再见。"];

describe("missing-step: direction steps done by the deed, read out, or passed over", () => {
  it("en: a read-back in the caller's own words and the fitting close deliver both direction steps", () => {
    const clean = card("en", [...EN_HEAD, ...EN_TIP, "So that's Tuesday afternoon for you.", "Yes.", ...EN_CLOSE]);
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
    const clean = card("zh", [...ZH_HEAD, ...ZH_TIP, "跟您确认一下，定在周二下午。", "对。", ...ZH_CLOSE]);
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
