// The rule caller on four things a customer does with any document: asks what the caller's line means ("what does
// that mean in practice?", "X是什么意思"), names a figure inside a range the document states, asks about a situation a
// rule of the call gives the words for, and meets a knowledge base written as bare "Question? Answer" lines. Invented
// documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";
import { readActs } from "../src/seats/rule/acts.js";
import { ruleSays } from "../src/seats/rule/rule-says.js";
import { packFor } from "../src/lang/index.js";
import { agentTurn, customer, simulate } from "../src/testing/index.js";

const EN = `# Kiln service booking

## Caller
Role: Nell, bookings at Fenwick Kiln Care.

### Rules
- If the customer asks for a discount, say: "I can pass that to the manager, who replies within two days."

### Script
1. "Hello, is that Mr Tobin? It's Nell from Fenwick Kiln Care."
2. "The engineer replaces the elements in the old casing, so the casing stays as it is. Is that still what you'd like?"
3. "Could we come on Monday the 9th at 10, or Tuesday the 10th at 2?"

### Answers
Q: How much is the service?
A: Kilns between 40 and 90 litres are £120; larger ones are quoted on the day.
Q: How long does it take?
A: About three hours.

## Customer
Persona: Sam Tobin, a potter.
`;

const ZH = `# 窑炉保养预约

## 主叫方
角色：小聂，丰和窑炉保养预约专员。

### 通话规则
- 不承诺免费；客户要求打折时说“可以帮您提交主管审批，两个工作日内回复”。

### 话术
1. "您好，请问是陶先生吗？我是丰和窑炉保养的小聂。"
2. "师傅会在原来的炉壳里更换电热丝，保养完要空烧两小时，炉壳不用动。您看可以吗？"
3. "周一上午10点或者周二下午2点，您看哪个方便？"

### 常见问题
问：保养多少钱？
答：容积在40升到90升之间的窑炉，保养费120元；更大的现场报价。
问：要多久？
答：大概三个小时。

## 被叫方
人设：陶明，做陶艺的。
`;

const CASES = [
  { language: "en", document: EN, prev: 'The engineer replaces the elements in the old casing, so the casing stays as it is.', meaning: "what does that mean in practice?", again: "sorry, say that again?", inRange: "mine's about 60 litres, is that the £120 one?", discount: "any discount for a regular customer?", discountLine: "I can pass that to the manager, who replies within two days." },
  { language: "zh", document: ZH, prev: "师傅会在原来的炉壳里更换电热丝，保养完要空烧两小时，炉壳不用动。您看可以吗？", meaning: "空烧两小时是什么意思？", again: "你再说一遍", inRange: "我那台是60升的，保养多少钱？", discount: "老客户能打折吗？", discountLine: "可以帮您提交主管审批，两个工作日内回复" },
] as const;

describe.each(CASES)("rule caller ($language)", (c) => {
  const scenario = parseScenarioText(c.document);
  const plan = callerPlan(callerView(scenario));
  const pack = packFor(c.language);
  const context = { prev: c.prev, customerName: "", awaiting: null };

  it("reads 'what does that mean?' as a question, and 'say it again' still as a repeat", () => {
    expect(readActs(c.meaning, pack, context)).toContain("question");
    expect(readActs(c.meaning, pack, context)).not.toContain("repeat");
    expect(readActs(c.again, pack, context)[0]).toBe("repeat");
  });

  it("meets a figure inside the range an entry states", () => {
    expect(answerSource(plan, c.inRange)).toMatchObject({ kind: "kb", index: 0 });
  });

  it("answers a situation a rule gives the words for, with those words", () => {
    expect(ruleSays(plan, c.discount)).toBe(c.discountLine);
    expect(ruleSays(plan, c.again)).toBeNull();
  });

  it("explains the line asked about instead of saying it again word for word", async () => {
    const result = await simulate({ scenario, script: [agentTurn(), customer(c.language === "en" ? "Yes, speaking." : "是我。"), agentTurn(), customer(c.meaning), agentTurn()], maxTurns: 5 });
    const turns = result.calls[0]?.record.turns ?? [];
    const asked = turns.findIndex((t) => t.text === c.meaning);
    const before = turns[asked - 1]?.text ?? "";
    const reply = turns[asked + 1]?.text ?? "";
    expect(reply).not.toBe("");
    expect(reply.includes(before)).toBe(false);
  });
});

describe("a knowledge base written as bare 'Question? Answer' lines", () => {
  const DOC = `## Caller
Role: Nell, bookings at Fenwick Kiln Care.

### Script
1. "Hello, is that Mr Tobin? It's Nell from Fenwick Kiln Care."
2. "Could we come on Monday the 9th at 10?"

## Knowledge
Answer only from this list.
- Do I need to empty the kiln? Yes, please take out every shelf and pot.
- Can I pay by card? Yes, the engineer takes cards on the day.
- Is there a call-out charge? No, it's included in the service price.

## Customer
Persona: Sam Tobin, a potter.
`;
  it("is read as the knowledge base, and a paraphrase finds its entry", () => {
    const plan = callerPlan(callerView(parseScenarioText(DOC)));
    expect(plan.kbEntries.map((e) => e.question)).toEqual(["Do I need to empty the kiln?", "Can I pay by card?", "Is there a call-out charge?"]);
    expect(answerSource(plan, "will you take a card payment?")).toMatchObject({ kind: "kb", index: 1 });
  });
});
