// A customer worried about a stranger coming into the home is asking how to know the visitor is genuine: the rule
// caller answers from the entry on how to recognise the visitor, not with "I don't know". Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

const EN = `# Boiler check booking

## Caller
Role: Ada, bookings at Pellow Heating.

### Script
1. "Hello, is that Mrs Rowe? It's Ada from Pellow Heating."
2. "Your boiler check is due. Could we come on Monday the 9th at 10?"

### Answers
Q: How long does the check take?
A: About an hour.
Q: How can I tell the fitter is really one of yours?
A: She wears a Pellow uniform and shows a photo ID badge at the door, and her name is in the text the day before.
Q: Is there a charge for the check?
A: No, it is part of your cover.

## Customer
Persona: June Rowe, retired.
`;

const ZH = `# 燃气灶检修预约

## 主叫方
角色：小柯，安达燃气服务预约专员。

### 话术
1. "您好，请问是罗阿姨吗？我是安达燃气服务的小柯。"
2. "您家的燃气灶该年检了，周一上午10点上门可以吗？"

### 常见问题
问：检修要多久？
答：大概一个小时。
问：怎么确认上门的师傅是你们的人？
答：师傅穿安达工装，进门会出示带照片的工牌，前一天短信里也有师傅的名字。
问：检修收费吗？
答：不收费，包含在您的服务里。

## 被叫方
人设：罗桂兰，退休。
`;

const CASES = [
  // gaps: labelled before the change and still missed (a concept-only match loses to a shared everyday word, or finds
  // nothing clear); kept as known failures so a fix shows.
  { language: "en", doc: EN, asks: [] as string[], gaps: ["What about strangers coming into my home?", "I don't like having a stranger in the house, to be honest."], control: "How long will it take?" },
  { language: "zh", doc: ZH, asks: ["陌生人上门怎么办？"], gaps: ["家里来陌生人我有点不放心。"], control: "要多久？" },
] as const;

describe.each(CASES)("a worry about a stranger in the home ($language)", (c) => {
  const plan = callerPlan(callerView(parseScenarioText(c.doc, { file: "t.md" })));
  for (const ask of c.asks) {
    it(`is answered from the visitor-ID entry: ${ask}`, () => {
      expect(answerSource(plan, ask)).toMatchObject({ kind: "kb", index: 1 });
    });
  }
  for (const ask of c.gaps) {
    it.fails(`known gap: ${ask}`, () => {
      expect(answerSource(plan, ask)).toMatchObject({ kind: "kb", index: 1 });
    });
  }
  it("leaves other questions where they were", () => {
    expect(answerSource(plan, c.control)).toMatchObject({ kind: "kb", index: 0 });
  });
});
