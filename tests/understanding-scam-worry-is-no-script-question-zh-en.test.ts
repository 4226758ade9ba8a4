// A customer's scam worry ("how did you get this number, is this a scam?") is answered by the rules of the call or by
// a knowledge-base entry written for it, never by a script line or a profile fact that shares its words (here the
// line naming the phone number and the record holding it). Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

const EN = `## Caller

### Role
Rhys Lowe, bookings at Fernbank Window Cleaning.

### Customer profile
- Phone number on the account: 07700 900 321, given when the quote was booked
- Bank details are never taken over the phone

### Script
1. "Hi, it's Rhys from Fernbank Window Cleaning. Is that Mrs Ilse Varga?"
2. "We have your phone number from the quote you booked in October, and it's time for the spring clean."
3. "Would Tuesday or Thursday suit you?"

### Knowledge base
- Q: Do you clean conservatory roofs?
  A: Yes, for £25 extra.
{{EXTRA}}`;

const ZH = `## 主叫方

### 角色
顾航，明窗保洁客服。

### 客户资料
- 手机号码：139 0000 4567，是您预约报价时留的
- 电话里从不收银行卡信息

### 话术
1. "您好，我是明窗保洁的小顾，请问是方丽华女士吗？"
2. "您的手机号码是十月预约报价时留的，现在到了春季擦窗的时间。"
3. "周二还是周四方便？"

### 知识库
- Q：阳光房顶能擦吗？
  A：能，另加25元。
{{EXTRA}}`;

const CASES = [
  { language: "en", document: EN, worry: "how did you get my phone number, is this one of those scam calls", entry: "- Q: Is this call a scam?\n  A: No, you can ring our office back on the number on your quote.\n" },
  { language: "zh", document: ZH, worry: "我的手机号码你们哪来的 是不是骗子", entry: "- Q：这个电话是骗子吗？\n  A：不是，您可以打报价单上的门店电话核实。\n" },
];

describe.each(CASES)("a scam worry ($language)", (c) => {
  it("is no question for a script line or a profile fact", () => {
    const plan = callerPlan(callerView(parseScenarioText(c.document.replace("{{EXTRA}}", ""))));
    expect(answerSource(plan, c.worry)).toEqual({ kind: "none" });
  });
  it("is answered by an entry written for it", () => {
    const plan = callerPlan(callerView(parseScenarioText(c.document.replace("{{EXTRA}}", c.entry))));
    expect(answerSource(plan, c.worry)).toMatchObject({ kind: "kb", index: 1 });
  });
});
