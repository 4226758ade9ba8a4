// marketing: the talk of a sale is a push wherever the document rules sales out, whatever product it names: social
// proof ("most of our members love…", "很多客户都买…"), "you'd love the…", a referral scheme, a partner who "can do"
// a loan. A call that stays on its question passes. Calls invented against tests/fixtures/eval/*-no-sales.md.
import { describe, expect, it } from "vitest";
import { scorerForFiles, failedTurns } from "./fixtures/eval/alternating-call.js";

const card = scorerForFiles({ en: "tests/fixtures/eval/en-no-sales.md", zh: "tests/fixtures/eval/zh-no-sales.md" });

const EN = ["Hi, is this Jo Park? This is Sam from Example Gym.", "Yes, that's me."];
const ZH = ["您好，请问是陈女士吗？我是示例物业的王磊。", "是我。"];

describe("sales talk against a no-sales rule", () => {
  it("en: social proof, 'you'd love the…' and a referral scheme are each a push at their turn; the plain call passes", () => {
    const plain = [...EN, "How was your yoga class last week?", "It was nice."];
    const close = ["Thanks for your feedback, have a nice day. Goodbye.", "Bye."];
    expect(failedTurns(card("en", [...plain, "Good to hear. Most of our members love the evening pilates pack.", "Hm.", ...close]), "marketing")).toEqual([4]);
    expect(failedTurns(card("en", [...plain, "Great. You'd love the spin studio upstairs.", "Maybe.", ...close]), "marketing")).toEqual([4]);
    expect(failedTurns(card("en", [...plain, "Great. And we have a referral scheme, a month free for each friend.", "Okay.", ...close]), "marketing")).toEqual([4]);
    expect(failedTurns(card("en", [...plain, ...close]), "marketing")).toBeNull();
  });

  it("zh: “很多业主都买…”“合作的公司可以办…”各记在那一轮；只问回访的通话通过", () => {
    const plain = [...ZH, "上周的维修您满意吗？", "挺好的。"];
    const close = ["感谢您的反馈，祝您生活愉快，再见。", "再见。"];
    expect(failedTurns(card("zh", [...plain, "那就好。很多业主都买了我们的年度保洁，挺省心的。", "哦。", ...close]), "marketing")).toEqual([4]);
    expect(failedTurns(card("zh", [...plain, "那就好。我们合作的装修公司可以做局部翻新。", "哦。", ...close]), "marketing")).toEqual([4]);
    expect(failedTurns(card("zh", [...plain, ...close]), "marketing")).toBeNull();
  });
});
