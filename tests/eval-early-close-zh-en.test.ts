// A close the document writes for another ending than its first (the customer had the boiler replaced by another
// firm): the call ended by the document's own end condition there, so the steps after it (price, read-back) were
// never owed; a step skipped before that close (the times, before the price) is still charged where the caller went past it.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-early-close.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const card = scorerFor("early-close", { en: ["Petra", "Voice"], zh: ["沈晴", "对方"] });

describe("a call closed with the document's close for another ending", () => {
  it("en: no step after that close is missing; a step skipped before it is", () => {
    const head = ["Hello, it's Petra from Example Boilers. Could I speak to Mr Anselm Quillby, please?", "Speaking.",
      "Before I go on, could you confirm the first line of your address?", "8 Fennel Row."];
    const reason = "Thanks, Mr Quillby. Your boiler is due its yearly service; the last one was on 3 June.";
    const close = "Thanks for letting us know, I'll take you off the service list. Goodbye.";
    const clean = card("en", [...head, reason, "Ah, another firm replaced the whole boiler in spring.", close, "Bye."]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    const skipped = card("en", [...head, reason, "Right.", "The service is 85 pounds, paid to the engineer on the day.", "Oh, another firm replaced the whole boiler in spring.", close, "Bye."]);
    expect(failedTurns(skipped, "missing-step")).toEqual([6]);
  });

  it("zh: 说了文档为别的结局写的结束语，之后的步骤不算漏；之前跳过的照记", () => {
    const head = ["您好，我是示例锅炉的沈晴，请问是钱子墨钱先生吗？", "是我。", "麻烦您说一下登记的地址是哪条路？", "茴香路8号。"];
    const reason = "谢谢钱先生，您家锅炉该做年度保养了，上次是6月3日。";
    const close = "谢谢您告诉我们，我把您从保养名单里去掉，再见。";
    const clean = card("zh", [...head, reason, "哦，锅炉今年春天已经让别家整个换掉了。", close, "再见。"]);
    expect(failedTurns(clean, "missing-step")).toBeNull();
    const skipped = card("zh", [...head, reason, "哦。", "保养费85元，当天交给师傅。", "哦，锅炉今年春天已经让别家整个换掉了。", close, "再见。"]);
    expect(failedTurns(skipped, "missing-step")).toEqual([6]);
  });
});

// The close the document writes first (booked) said among others: the call ran its course, so a step whose own figure
// (the price) the caller never said was skipped, charged at that close though no later step came before it.
describe("a call closed with the document's close for a call that ran its course", () => {
  it("en: the price step never said is missing at the close; said, nothing is", () => {
    const head = ["Hello, it's Petra from Example Boilers. Could I speak to Mr Anselm Quillby, please?", "Speaking.",
      "Before I go on, could you confirm the first line of your address?", "8 Fennel Row.",
      "Thanks, Mr Quillby. Your boiler is due its yearly service; the last one was on 3 June.", "Right.",
      "We can come on Monday the 8th at 9, or Tuesday the 9th at 2. Which suits you?", "Tuesday."];
    const close = "Lovely, that's the service booked for Tuesday the 9th at 2. Thank you, goodbye.";
    expect(failedTurns(card("en", [...head, close, "Bye."]), "missing-step")).toEqual([8]);
    expect(failedTurns(card("en", [...head, "It's 85 pounds, paid to the engineer on the day.", "Fine.", close, "Bye."]), "missing-step")).toBeNull();
  });

  it("zh: 用预约成功的结束语收尾，费用那步的金额从没说过，记在结束语；说了就不记", () => {
    const head = ["您好，我是示例锅炉的沈晴，请问是钱子墨钱先生吗？", "是我。", "麻烦您说一下登记的地址是哪条路？", "茴香路8号。",
      "谢谢钱先生，您家锅炉该做年度保养了，上次是6月3日。", "哦。", "8号周一上午9点、9号周二下午2点都可以，您看哪个方便？", "周二吧。"];
    const close = "好的，保养就定在9号周二下午2点，谢谢您，再见。";
    expect(failedTurns(card("zh", [...head, close, "再见。"]), "missing-step")).toEqual([8]);
    expect(failedTurns(card("zh", [...head, "保养费85元，当天交给师傅就行。", "好。", close, "再见。"]), "missing-step")).toBeNull();
  });
});
