// "Why are you ringing?" asked by the customer is answered by the script's first line that says what the call is
// about: a first step holding only the greeting, the caller's introduction and the check of who answered says nothing
// of it, so the next step answers, with or without the step just said. Someone else who answered and asks gets the
// opening (who is calling), not the customer's business. A knowledge-base entry written for the question answers it.
// Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";
import { contentUnits } from "../src/seats/rule/purpose-answer.js";

const EN = `## Caller

### Role
Nell Varga, bookings at Harbourside Opticians.

### Script
1. Greeting: "Good morning, this is Nell from Harbourside Opticians. Am I speaking with Mrs Tamsin Wold?"
2. Purpose: "I'm calling because your contact lens check is overdue and your lenses run out next month."
3. Book: "We have Monday 8 December at 9 or Friday 12 December at 3. Which suits you?"

### Knowledge base
- Q: Do I need to bring my lenses?
  A: Yes, please wear them to the appointment.
{{EXTRA}}
### Opening line
"Good morning, this is Nell from Harbourside Opticians. Am I speaking with Mrs Tamsin Wold?"

## Callee

### Persona
Tamsin Wold, 52, a florist.
`;

const ZH = `## 主叫方

### 角色
郑可，安和眼镜店客服。

### 话术
1. 问候："您好，我是安和眼镜店的小郑，请问是宋慧敏宋女士吗？"
2. 来意："您的隐形眼镜复查已经过期了，镜片下个月也要用完了。"
3. 预约："可以12月8日周一上午9点或者12月12日周五下午3点，您看哪个方便？"

### 知识库
- Q：要带眼镜来吗？
  A：要，复查那天戴着来。
{{EXTRA}}
### 开场白
"您好，我是安和眼镜店的小郑，请问是宋慧敏宋女士吗？"

## 被叫方

### 人设
宋慧敏，46岁，中学老师。
`;

const CASES = [
  { language: "en", document: EN, asks: ["why are you ringing me", "what's this about then"], relative: "I'm her husband, what's it about", entry: "- Q: Why are you calling me?\n  A: It's a routine reminder we send to everyone.\n", greeting: "Good morning, this is Nell from Harbourside Opticians.", purpose: "I'm calling because your contact lens check is overdue and your lenses run out next month." },
  { language: "zh", document: ZH, asks: ["你打电话来是什么事", "啥事啊"], relative: "我是她老公 啥事啊", entry: "- Q：为什么打电话给我？\n  A：这是例行提醒，每位顾客都会收到。\n", greeting: "您好，我是安和眼镜店的小郑，请问是宋慧敏宋女士吗？", purpose: "您的隐形眼镜复查已经过期了，镜片下个月也要用完了。" },
];

describe.each(CASES)("the call's purpose asked ($language)", (c) => {
  const plan = callerPlan(callerView(parseScenarioText(c.document.replace("{{EXTRA}}", ""))));
  it("a greeting and an introduction say nothing of it; the purpose line does", () => {
    expect(contentUnits(plan, c.greeting)).toBeLessThan(plan.pack.speech.labelUnits / 2);
    expect(contentUnits(plan, c.purpose)).toBeGreaterThanOrEqual(plan.pack.speech.labelUnits / 2);
  });
  it("asked by the customer, after the opening or with no step said: the step stating the purpose", () => {
    for (const text of c.asks) {
      for (const lastStep of [1, null]) expect(answerSource(plan, text, { lastStep })).toMatchObject({ kind: "step", step: 2 });
    }
  });
  it("asked by someone else who answered: the opening, not the customer's business", () => {
    expect(answerSource(plan, c.relative, { lastStep: 1 })).toMatchObject({ kind: "step", step: 1 });
  });
  it("an entry written for the question answers it", () => {
    const withEntry = callerPlan(callerView(parseScenarioText(c.document.replace("{{EXTRA}}", c.entry))));
    expect(answerSource(withEntry, c.asks[0] ?? "", { lastStep: 1 })).toMatchObject({ kind: "kb", index: 1 });
  });
});
