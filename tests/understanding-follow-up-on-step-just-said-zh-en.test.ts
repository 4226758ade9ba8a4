// A question on what the caller just said ("could you do a Saturday?" after the slots were offered, "一千二对吧" after
// the price) that the document's words leave open is answered from the step just said, for the rule caller (which
// knows its step) and for the observer of a human caller (who has only the line's words). Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { readUtterance } from "../src/seats/rule/understand.js";
import type { Language } from "../src/schema/index.js";

const EN = `## Caller

### Role
Sam Reed, customer care at a window-cleaning firm.

### Step-by-step flow and scripts (most important)
1. **Greeting**
   - "Hi, is this Alex Moore? It's Sam from the window cleaners."
2. **Next visit**
   - "We can come on Tuesday 9 December at 10 in the morning or Thursday 11 December at 2 in the afternoon. Which suits you?"
3. **Wrap-up**
   - "Thanks, that's all booked."

### Q&A knowledge base
- Q: Do you clean the frames too?
  A: Yes, frames and sills are included.
- Q: Do I need to be home?
  A: No, we only need access to the back garden.

### Opening line
"Hi, is this Alex Moore? It's Sam from the window cleaners."
`;

const ZH = `## 主叫方

### 角色
王芳，家电清洗公司客服。

### 分步流程和话术（最重要）
1. **问候**
   - "您好，请问是陈先生吗？我是家电清洗公司的王芳。"
2. **上门时间**
   - "师傅可以 12 月 9 日周二上午 10 点或者 12 月 11 日周四下午 2 点上门，您看哪个方便？"
3. **结束**
   - "好的，那就这么定了。"

### 问答知识库
- Q：清洗用的药水安全吗？
  A：用的是食品级清洁剂，洗完会用清水冲干净。
- Q：家里要留人吗？
  A：要有人开门，清洗过程大约一个小时。

### 开场白
"您好，请问是陈先生吗？我是家电清洗公司的王芳。"
`;

const CASES: { language: Language; document: string; line: string; asks: string[] }[] = [
  { language: "en", document: EN, line: "We can come on Tuesday 9 December at 10 in the morning or Thursday 11 December at 2 in the afternoon. Which suits you?", asks: ["could you do a Saturday instead", "what time on the Thursday"] },
  { language: "zh", document: ZH, line: "师傅可以 12 月 9 日周二上午 10 点或者 12 月 11 日周四下午 2 点上门，您看哪个方便？", asks: ["周六能来吗", "周四是几点来着"] },
];

describe.each(CASES)("a follow-up on the step just said ($language)", (c) => {
  const view = callerView(parseScenarioText(c.document));
  const ask = (text: string, context: { step: number | null; prev: string | null }) => readUtterance(view, text, { identityAsked: false, ...context }).question?.answer;
  it("is answered from that step when the rule caller said it", () => {
    for (const text of c.asks) expect(ask(text, { step: 2, prev: c.line })).toMatchObject({ kind: "step", step: 2 });
  });
  it("is answered from that step when a human caller said it in the script's words", () => {
    for (const text of c.asks) expect(ask(text, { step: null, prev: c.line })).toMatchObject({ kind: "step", step: 2 });
  });
});
