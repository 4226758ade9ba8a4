// A customer's question the knowledge base and the script leave open, but a step's branch foresees, is answered by
// that branch: its quoted line, or its clauses that are not the caller's own chores (noting, what not to say), a
// request to pass on said as "please …". A question no branch's situation shares words with is still put off.
// Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

const EN = `## Caller

### Role
Tomos Reed, bookings at Hollin Chimney Sweeps.

### Task
Book the yearly chimney sweep.

### Script
1. "Hi, it's Tomos from Hollin Chimney Sweeps. Is that Mr Aled Price?"
2. "The sweep takes about an hour. Would Monday or Wednesday suit you?"
   - Bird nest in the pot → note it; the sweep brings a guard and clears it first
   - Fireplace tiles cracked → say only "the sweep sheets the hearth and works round them", don't say "they will be fine"

### Knowledge base
- Q: Do you bring dust sheets?
  A: Yes, always.
`;

const ZH = `## 主叫方

### 角色
韩松，清风烟囱清扫客服。

### 任务
约一年一次的烟囱清扫。

### 话术
1. "您好，我是清风烟囱清扫的小韩，请问是秦女士吗？"
2. "清扫大概一个小时，周一还是周三方便？"
   - 烟囱口有鸟窝 → 记下来，师傅带网罩先清掉
   - 壁炉瓷砖裂了 → 只说“师傅会盖好炉台绕开瓷砖”，不说“肯定没事”

### 知识库
- Q：你们带防尘布吗？
  A：带，每次都带。
`;

const CASES = [
  { language: "en", document: EN, nest: "What about the bird nest up there?", tiles: "Will the cracked tiles be a problem?", open: "Can you fix my aerial too?", nestSays: "The sweep brings a guard and clears it first.", tilesSays: "the sweep sheets the hearth and works round them." },
  { language: "zh", document: ZH, nest: "上面有个鸟窝咋办？", tiles: "瓷砖裂了会不会有问题？", open: "天线能顺便修吗？", nestSays: "师傅带网罩先清掉。", tilesSays: "师傅会盖好炉台绕开瓷砖。" },
];

describe.each(CASES)("a question a branch foresees ($language)", (c) => {
  const plan = callerPlan(callerView(parseScenarioText(c.document)));
  it("is answered by the branch's own clause, without the chore", () => {
    expect(answerSource(plan, c.nest)).toEqual({ kind: "branch", step: 2, sentence: c.nestSays });
  });
  it("is answered by the branch's quoted line, not the one it forbids", () => {
    expect(answerSource(plan, c.tiles)).toEqual({ kind: "branch", step: 2, sentence: c.tilesSays });
  });
  it("leaves a question no branch foresees open", () => {
    expect(answerSource(plan, c.open)).toEqual({ kind: "none" });
  });
});
