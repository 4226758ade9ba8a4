// "What times were those again?" asks for the step the caller just said, even where a knowledge-base entry shares its
// words; "what's it about?" after the opening asks for the opening's own statement, never a note to the caller. A
// said-again question about something the step does not say ("what was the deposit again" after the slots) is left to
// the ranking. Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

const EN = `## Caller

### Role
Jo Park, bookings at a chimney sweep.

### Step-by-step flow and scripts (most important)
1. **Greeting**
   - "Hello, is that Mr Dunn? It's Jo from Sootaway Sweeps, about sweeping your chimney before winter."
   - Someone else answers: take a message.
2. **Times**
   - "We have Monday 8 December at 9 or Friday 12 December at 3. Which suits you?"
3. **Wrap-up**
   - "Lovely, see you then."

### Q&A knowledge base
- Q: What times do the sweeps start work?
  A: Our sweeps start at 8 and finish by 5.
- Q: Is there a deposit?
  A: No deposit, you pay £70 on the day.

### Opening line
"Hello, is that Mr Dunn? It's Jo from Sootaway Sweeps, about sweeping your chimney before winter."
`;

const ZH = `## 主叫方

### 角色
刘洋，油烟机清洗公司客服。

### 分步流程和话术（最重要）
1. **问候**
   - "您好，请问是孙女士吗？我是净宇清洗的刘洋，跟您约一下油烟机清洗。"
   - → 不是本人：请对方转告。
2. **时间**
   - "可以 12 月 8 日周一上午 9 点或者 12 月 12 日周五下午 3 点，您看哪个方便？"
3. **结束**
   - "好的，到时见。"

### 问答知识库
- Q：师傅几点开始上班？
  A：师傅早上 8 点开始，下午 5 点前收工。
- Q：要交定金吗？
  A：不用定金，当天付 70 元。

### 开场白
"您好，请问是孙女士吗？我是净宇清洗的刘洋，跟您约一下油烟机清洗。"
`;

const CASES = [
  { language: "en", document: EN, again: ["what times were those again sorry", "which days did you say"], purpose: ["I'm his wife, what's it about", "is this about the chimney"], elsewhere: "is there a deposit again" },
  { language: "zh", document: ZH, again: ["你刚说几点来着", "你再说一遍几号"], purpose: ["我是她老公 啥事啊", "你找她干嘛"], elsewhere: "你刚说要交定金吗" },
];

describe.each(CASES)("a question the call's place answers ($language)", (c) => {
  const plan = callerPlan(callerView(parseScenarioText(c.document)));
  it("asked again after the slots: the slots' step, not the entry sharing its words", () => {
    for (const text of c.again) expect(answerSource(plan, text, { lastStep: 2 })).toMatchObject({ kind: "step", step: 2 });
  });
  it("asked what it's about after the opening: the opening's statement, not the note beside it", () => {
    for (const text of c.purpose) {
      const got = answerSource(plan, text, { lastStep: 1 });
      expect(got).toMatchObject({ kind: "step", step: 1 });
      expect(got.kind === "step" ? got.sentence : "").not.toMatch(/→|Someone else/);
    }
  });
  it("asked again about what the step does not say: the entry that says it", () => {
    expect(answerSource(plan, c.elsewhere, { lastStep: 2 })).toMatchObject({ kind: "kb", index: 1 });
  });
});
