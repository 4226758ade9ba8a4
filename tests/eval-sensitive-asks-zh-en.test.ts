// sensitive-info: asking the customer to read back a code just sent, or for an insurance or health-card number, in the
// ways callers ask ("could I take your…", "念给我", "报给我"), is charged at its turn; a call that asks for none
// passes. Calls invented against tests/fixtures/eval/*-no-sales.md.
import { describe, expect, it } from "vitest";
import { scorerForFiles, failedTurns } from "./fixtures/eval/alternating-call.js";

const card = scorerForFiles({ en: "tests/fixtures/eval/en-no-sales.md", zh: "tests/fixtures/eval/zh-no-sales.md" });

const EN = ["Hi, is this Jo Park? This is Sam from Example Gym.", "Yes, that's me."];
const ZH = ["您好，请问是陈女士吗？我是示例物业的王磊。", "是我。"];
const EN_END = ["How was your yoga class last week?", "It was nice.", "Thanks for your feedback, have a nice day. Goodbye.", "Bye."];
const ZH_END = ["上周的维修您满意吗？", "挺好的。", "感谢您的反馈，祝您生活愉快，再见。", "再见。"];

describe("sensitive data asked for", () => {
  it("en: a six-digit code read back, a Medicare number 'could I take' are charged; the plain call passes", () => {
    expect(failedTurns(card("en", [EN[0] ?? "", EN[1] ?? "", "For security, could you read me the six-digit code I've just sent to your phone?", "Oh, 4 1 9 2 7 7.", ...EN_END]), "sensitive-info")).toEqual([2]);
    expect(failedTurns(card("en", [EN[0] ?? "", EN[1] ?? "", "Before we start, could I take your Medicare number, please?", "Um, okay.", ...EN_END]), "sensitive-info")).toEqual([2]);
    expect(failedTurns(card("en", [...EN, ...EN_END]), "sensitive-info")).toBeNull();
  });

  it("zh: “您把验证码念给我”“医保卡号报给我”记在那一轮；不问的通话通过", () => {
    expect(failedTurns(card("zh", [ZH[0] ?? "", ZH[1] ?? "", "我这边发了一条短信，您把收到的验证码念给我就行。", "哦，好。", ...ZH_END]), "sensitive-info")).toEqual([2]);
    expect(failedTurns(card("zh", [ZH[0] ?? "", ZH[1] ?? "", "您把医保卡号报给我，我登记一下。", "哦。", ...ZH_END]), "sensitive-info")).toEqual([2]);
    expect(failedTurns(card("zh", [...ZH, ...ZH_END]), "sensitive-info")).toBeNull();
  });
});
