// repetition: the customer says they heard it already ("Yes, you said that.", "知道了，你刚说过了。") and the caller's next
// turn says it again, the third time in the call: the caller did not listen. Charged at that turn. The same turn
// without the repeated content passes, and a fee said a third time in a read-back is confirming, not looping. Calls
// are invented for these tests against tests/fixtures/eval/*-walked-past.md.
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";
import { EN_OPEN, EN_SLOTS, EN_VISIT, ZH_OPEN, ZH_SLOTS, ZH_VISIT } from "./fixtures/eval/walked-past-lines.js";

const card = scorerFor("walked-past", { en: ["Theo", "Jo"], zh: ["小宋", "蒋梅"] });

describe("content said again after the customer said they heard it", () => {
  it("en: '$95 all in' a third time right after 'Yes, you said that' is charged there; the slots alone pass", () => {
    const head = [...EN_OPEN, EN_VISIT, "Okay.", "Just so you know, it's $95 all in.", "Yes, you said that."];
    const tail = ["Friday.", "Great, the tuner will see you then. Bye.", "Bye."];
    const again = card("en", [...head, `Great. It's $95 all in, nothing extra. ${EN_SLOTS}`, ...tail]);
    expect(failedTurns(again, "repetition")).toEqual([6]);
    expect(failedTurns(card("en", [...head, EN_SLOTS, ...tail]), "repetition")).toBeNull();
  });

  it("zh: 客户说“你刚说过了”后下一轮第三次说380元，记在那一轮；只报时段不记", () => {
    const head = [...ZH_OPEN, ZH_VISIT, "行。", "再跟您说一下，调音费就是380元。", "知道了，你刚说过了。"];
    const tail = ["周五吧。", "好的，师傅到时候上门，再见。", "再见。"];
    const again = card("zh", [...head, `好的，调音费380元，不另外收钱。${ZH_SLOTS}`, ...tail]);
    expect(failedTurns(again, "repetition")).toEqual([6]);
    expect(failedTurns(card("zh", [...head, ZH_SLOTS, ...tail]), "repetition")).toBeNull();
  });
});
