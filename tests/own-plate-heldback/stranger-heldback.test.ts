// Held-back part of the stranger-worry set (run once, at the end): other wordings, invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../../src/scenario/index.js";
import { callerView } from "../../src/call/seat-views.js";
import { callerPlan } from "../../src/seats/rule/caller-plan.js";
import { answerSource } from "../../src/seats/rule/answer-source.js";

const EN = `# Window survey booking

## Caller
Role: Tom, bookings at Greyholt Glazing.

### Script
1. "Hello, is that Mr Pike? It's Tom from Greyholt Glazing."
2. "Could our surveyor come on Thursday the 12th at 2?"

### Answers
Q: Do I need to move furniture?
A: Only away from the windows being measured.
Q: How do I know the surveyor is genuine?
A: He carries a Greyholt photo card and you can ring the office to check his name.

## Customer
Persona: Len Pike.
`;

const ZH = `# 净水器滤芯更换预约

## 主叫方
角色：小温，清源净水客服。

### 话术
1. "您好，请问是钱先生吗？我是清源净水的小温。"
2. "您家净水器的滤芯该换了，周四下午2点上门可以吗？"

### 常见问题
问：要提前准备什么？
答：把水槽下面的东西清出来就行。
问：上门的人怎么证明是你们公司的？
答：师傅会出示公司工牌，您也可以打客服电话核对工号。

## 被叫方
人设：钱国强。
`;

const CASES = [
  { language: "en", doc: EN, asks: ["I'm wary of letting strangers in, you know.", "Strangers at the door worry me."], gaps: [] as string[] },
  { language: "zh", doc: ZH, asks: ["我一个人在家，不太敢让陌生人进门。"], gaps: ["来的是陌生人，我怎么放心？"] },
] as const;

describe.each(CASES)("held-back: a worry about a stranger ($language)", (c) => {
  const plan = callerPlan(callerView(parseScenarioText(c.doc, { file: "t.md" })));
  for (const ask of c.asks) {
    it(ask, () => {
      expect(answerSource(plan, ask)).toMatchObject({ kind: "kb", index: 1 });
    });
  }
  // Missed at the one held-back run (kept as a known failure so a fix shows).
  for (const ask of c.gaps) {
    it.fails(`known gap: ${ask}`, () => {
      expect(answerSource(plan, ask)).toMatchObject({ kind: "kb", index: 1 });
    });
  }
});
