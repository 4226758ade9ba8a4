// A step no line matches is still said where the caller names most of its own figures in other words ("Monday the
// 7th … nine till twelve" for "Mon 7 Dec … 9-12"), and the script's identity step is done where the caller asks for
// the datum, whatever the words. Documents and calls are invented (tests/fixtures/eval/*-step-figures.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const score = scorerFor("step-figures", { en: ["Nell", "Ravi"], zh: ["小林", "欧阳明"] });

describe("missing-step: a step said by its own figures, an identity step by the ask", () => {
  it("en: the date of birth asked in own words and the slots offered in words deliver both steps", () => {
    const card = score("en", [
      "Hi, it's Nell from Example Blinds. Is that Ravi Oduya?", "Yes.",
      "Thanks. Before I go on, could you confirm your date of birth?", "Third of May, seventy-nine.",
      "Thanks Ravi. Your blinds are made and ready to fit.", "Great.",
      "We've got Monday the 7th or Wednesday the 9th, nine till twelve or one till five.", "Wednesday morning.",
      "So that's Wednesday the 9th, nine till twelve.", "Yep.",
      "You're booked in. Thanks, Ravi. Bye.", "Bye.",
    ]);
    expect(failedTurns(card, "missing-step")).toBeNull();
  });

  it("en: the slots never offered are still charged where the caller went past them", () => {
    const card = score("en", [
      "Hi, it's Nell from Example Blinds. Is that Ravi Oduya?", "Yes.",
      "Thanks. Before I go on, could you confirm your date of birth?", "Third of May, seventy-nine.",
      "Thanks Ravi. Your blinds are made and ready to fit.", "Great.",
      "So that's Wednesday the 9th, nine till twelve.", "Er, OK.",
      "You're booked in. Thanks, Ravi. Bye.", "Bye.",
    ]);
    expect(failedTurns(card, "missing-step")).toEqual([6]);
  });

  it("zh: 用自己的话问出生日期、报可约日期和时段，两个步骤都算做到", () => {
    const card = score("zh", [
      "您好，我是示例窗帘小林，请问是欧阳明先生吗？", "是我。",
      "麻烦您先说一下您的出生日期。", "七九年五月三号。",
      "好的，您的窗帘已经做好了，可以上门装。", "好。",
      "7号或者9号都行，上午9点到12点，下午1点到5点。", "9号上午吧。",
      "好的，就是9号上午9点到12点。", "对。",
      "那就这么定了，谢谢欧阳先生，再见。", "再见。",
    ]);
    expect(failedTurns(card, "missing-step")).toBeNull();
  });
});
