// wrong-answer: a length of time is one quantity whatever its unit. An entry that says "about 3 hours" is
// contradicted by "about 45 minutes" (minutes and hours were two classes, so a reply in the other unit was never
// compared), agreed with by "180 minutes"; and a question that leans to an entry's question in its own words
// ("how long's it take?") answered with another length of time is held to that entry.
// Calls are invented for these tests against tests/fixtures/eval/*-measured-answer.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("measured-answer", { en: ["Nell", "Sam"], zh: ["小陆", "孟洁"] });

const EN_OPEN = ["Hi, is this Sam Okafor? This is Nell from Example Carpet Care.", "Yes, speaking.", "Your deep-clean is ready to book."];
const ZH_OPEN = ["您好，请问是孟洁女士吗？我是示例地毯护理的小陆。", "是我。", "您的地毯深度清洗可以预约了。"];
const EN_REST = ["Okay.", "I have Wednesday at 9 am or Friday at 1 pm. Which suits you?", "Wednesday."];
const ZH_REST = ["好。", "周三上午9点和周五下午1点，您看哪个方便？", "周三吧。"];

describe("a length of time said in another unit than the entry's", () => {
  it("en: 'about 45 minutes' to 'how long is the visit?' (entry: about 3 hours) is charged at the reply; '180 minutes' is not", () => {
    const wrong = card("en", [...EN_OPEN, "How long is the visit?", "About 45 minutes.", ...EN_REST]);
    expect(failedTurns(wrong, "wrong-answer")).toEqual([4]);
    const right = card("en", [...EN_OPEN, "How long is the visit?", "About 180 minutes, then the carpet dries for 12 hours.", ...EN_REST]);
    expect(failedTurns(right, "wrong-answer")).toBeNull();
  });

  it("en: 'how long's it take?' answered 'forty-five minutes' is held to the visit entry", () => {
    const wrong = card("en", [...EN_OPEN, "How long's it take?", "Around forty-five minutes.", ...EN_REST]);
    expect(failedTurns(wrong, "wrong-answer")).toEqual([4]);
    const right = card("en", [...EN_OPEN, "How long's it take?", "Around three hours.", ...EN_REST]);
    expect(failedTurns(right, "wrong-answer")).toBeNull();
  });

  it("zh: “上门要多久？”答“四十五分钟”与条目的3个小时不符，记在那一轮；答“180分钟”不记", () => {
    const wrong = card("zh", [...ZH_OPEN, "上门要多久？", "大概四十五分钟。", ...ZH_REST]);
    expect(failedTurns(wrong, "wrong-answer")).toEqual([4]);
    const right = card("zh", [...ZH_OPEN, "上门要多久？", "大概180分钟，之后晾干12个小时。", ...ZH_REST]);
    expect(failedTurns(right, "wrong-answer")).toBeNull();
  });
});
