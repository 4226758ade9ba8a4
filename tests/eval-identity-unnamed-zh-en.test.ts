// A document that does not give the customer's name (no persona, no customer block) still has the caller ask for the
// person in its first words: "Is that <first> <last>?" / "是<姓名>吗？" is an identity ask by its form, so a
// relative's answer and a proper close is a clean short call, and a caller who never asks is still charged.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";
import type { Scorecard } from "../src/schema/index.js";

const EN = `## Caller

### Role
Ivo from Example Bike Repairs, calling about a repaired bike.

### Call script
1. Greeting: "Hello, it's Ivo from Example Bike Repairs. Is that Petra Vance?" then "Just to check I have the right account, what's your postcode?"
2. Pickup: "Your bike is ready to collect from Thursday."
3. Time: "Would you rather come in the morning or after work?"

### Ending the call
- Done: "Great, see you then. Goodbye."
- Someone else: "Could you ask her to ring Example Bike Repairs back? Thanks, goodbye."
- Busy: "No problem, I'll ring you back this evening. Bye."
`;

const ZH = `## 拨打方

### 角色
示例单车维修的小伊，通知客户车已修好。

### 通话步骤
1. 开场：“您好，我是示例单车维修的小伊，是万佩佩吗？”然后“为了核对账户，麻烦说一下您预留手机的尾号。”
2. 取车：“您的车修好了，周四起可以来取。”
3. 时间：“您上午来还是下班后来？”

### 结束条件
- 完成：“好的，到时见，再见。”
- 不是本人：“麻烦您转告她回电示例单车维修，谢谢，再见。”
- 对方忙：“没关系，我晚上再给您打，再见。”
`;

function score(doc: string, lines: readonly string[], zh: boolean): Scorecard {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}
const identity = (card: Scorecard) => card.checks.find((c) => c.id === "identity");

describe("identity: the ask by its form when the document names no customer", () => {
  it("en: 'Is that <name>?' answered by someone else and a proper close passes", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Is that Petra Vance?", "No, this is her flatmate, she's at work.", "Could you ask her to ring Example Bike Repairs back? Thanks, goodbye.", "Sure, bye."], false);
    expect(identity(card)?.passed).toBe(true);
    expect(card.passed).toBe(true);
  });

  it("en: 'Is that <name>?', the postcode given and the call carried on passes identity", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Is that Petra Vance?", "Yes, speaking.", "Just to check I have the right account, what's your postcode?", "BN2 4QT.", "Your bike is ready to collect from Thursday.", "Oh good.", "Would you rather come in the morning or after work?", "Morning.", "Great, see you then. Goodbye.", "Bye."], false);
    expect(identity(card)?.passed).toBe(true);
  });

  it("en: 'Is that all right?' is not an identity ask: a caller who never asks is charged", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Your bike is ready to collect from Thursday. Is that all right?", "Yes, fine.", "Would you rather come in the morning or after work?", "Morning.", "Great, see you then. Goodbye.", "Bye."], false);
    expect(identity(card)?.passed).toBe(false);
  });

  it("zh: “是<姓名>吗？”由别人接听、正确收尾，通过", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，是万佩佩吗？", "不是，我是她室友，她上班去了。", "麻烦您转告她回电示例单车维修，谢谢，再见。", "好，再见。"], true);
    expect(identity(card)?.passed).toBe(true);
    expect(card.passed).toBe(true);
  });

  it("zh: “是<姓名>吗？”、报了邮编、继续往下，身份检查通过", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，是万佩佩吗？", "对，是我。", "为了核对账户，麻烦说一下您预留手机的尾号。", "3721。", "您的车修好了，周四起可以来取。", "好的。", "您上午来还是下班后来？", "上午。", "好的，到时见，再见。", "再见。"], true);
    expect(identity(card)?.passed).toBe(true);
  });

  it("zh: “是这样吗？”不是问身份：从没问过的外呼仍记过", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，您的车修好了，周四起可以来取，是这样吗？", "对。", "您上午来还是下班后来？", "上午。", "好的，到时见，再见。", "再见。"], true);
    expect(identity(card)?.passed).toBe(false);
  });
});

describe("identity: going on past the check in the second turn is going on, even when a callback follows", () => {
  it("en: the step after the check said without it, then a callback, is charged at that turn", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Is that Petra Vance?", "Yes.", "Your bike is ready to collect from Thursday.", "Not now, I'm driving. Ring me tonight.", "No problem, I'll ring you back this evening. Bye."], false);
    expect(identity(card)?.turns).toEqual([2]);
  });

  it("en: a callback asked for at once owes no check", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Is that Petra Vance?", "Yes, but I'm driving. Ring me tonight.", "No problem, I'll ring you back this evening. Bye.", "Bye."], false);
    expect(identity(card)?.passed).toBe(true);
  });

  it("zh: 没核对就说下一步、随后约回电，在那一轮记身份", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，是万佩佩吗？", "是。", "您的车修好了，周四起可以来取。", "我在开车，晚上再打吧。", "没关系，我晚上再给您打，再见。"], true);
    expect(identity(card)?.turns).toEqual([2]);
  });

  it("zh: 一接就要求回电，不欠身份核对", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，是万佩佩吗？", "是，我在开车，晚上再打吧。", "没关系，我晚上再给您打，再见。", "再见。"], true);
    expect(identity(card)?.passed).toBe(true);
  });
});

describe("identity: a caller who closes in its second turn has not gone on", () => {
  it("en: a suspicious answerer and a polite close at once owe no check", () => {
    const card = score(EN, ["Hello, it's Ivo from Example Bike Repairs. Is that Petra Vance?", "How do I know you're really a bike shop?", "Fair enough, ring us back on the number on our website. Bye.", "I will."], false);
    expect(identity(card)?.passed).toBe(true);
  });

  it("zh: 对方起疑、客服当即礼貌收尾，不欠身份核对", () => {
    const card = score(ZH, ["您好，我是示例单车维修的小伊，是万佩佩吗？", "你怎么知道我名字？不会是骗子吧？", "理解，您可以打官网上的电话核实，再见。", "行。"], true);
    expect(identity(card)?.passed).toBe(true);
  });
});
