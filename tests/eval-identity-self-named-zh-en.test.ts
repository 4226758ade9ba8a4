// identity: a script that has the caller ask for the customer ("Hi, is this Jo Marsh?", "请问是蒋梅女士吗？") is not
// followed when the caller never asks and goes on because the person who answered said a name on their own ("Jo
// Marsh speaking", "我是蒋梅"): charged at the caller's first words. Asking, then the answer naming them, passes.
// Calls are invented for these tests against tests/fixtures/eval/*-walked-past.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_SLOTS, EN_VISIT, ZH_OPEN, ZH_SLOTS, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });

describe("the customer named themself and the caller never asked", () => {
  it("en: 'This is Theo…' / 'Jo Marsh speaking.' then the visit is charged at turn 0; asking first passes", () => {
    const tail = [EN_VISIT, "Okay.", EN_SLOTS, "Friday.", "Great, the tuner will see you then. Bye.", "Bye."];
    const unasked = card("en", ["Hello, this is Theo from Example Piano Tuning, calling about your piano.", "Oh hello, Jo Marsh speaking.", ...tail]);
    expect(failedTurns(unasked, "identity")).toEqual([0]);
    expect(failedTurns(card("en", [EN_OPEN[0] ?? "", "Yes, Jo Marsh speaking.", ...tail]), "identity")).toBeNull();
  });

  it("zh: “我是示例钢琴调音的小宋”/“我是蒋梅”后直接讲调音，记在第0轮；先问再答不记", () => {
    const tail = [ZH_VISIT, "行。", ZH_SLOTS, "周五吧。", "好的，师傅到时候上门，再见。", "再见。"];
    const unasked = card("zh", ["您好，我是示例钢琴调音的小宋，给您打电话说一下调音的事。", "哦，我是蒋梅，你说。", ...tail]);
    expect(failedTurns(unasked, "identity")).toEqual([0]);
    expect(failedTurns(card("zh", [ZH_OPEN[0] ?? "", "是我，我是蒋梅。", ...tail]), "identity")).toBeNull();
  });
});
