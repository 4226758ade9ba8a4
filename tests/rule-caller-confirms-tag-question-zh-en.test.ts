// A statement with a tag ("…, right?", "…是吧") asks the caller to confirm what it says. When the knowledge base and
// the script rank too close to choose, the script sentence that shares its words confirms it (said again from the
// document); the same words without the tag are no question the caller answers from that sentence.
// Invented documents, zh and en.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { answerSource } from "../src/seats/rule/answer-source.js";

const EN = `## Caller

### Role
Ines Lowe, Kestrel Frames.

### Task
Book the fitting of the new window frames.

### Script
1. "Hi, it's Ines from Kestrel Frames. Is that Mr Dev Rana?"
2. "Your new frames are ready, all six of them, so we can book the fitting."
3. "Would Tuesday or Friday suit you?"

### Knowledge base
- Q: Are the new frames guaranteed?
  A: Ten years on the frames and the fitting.
- Q: Are the new frames double glazed?
  A: Yes, all of them.
`;

const ZH = `## 主叫方

### 角色
罗青，青雀门窗客服。

### 任务
约新窗框的安装时间。

### 话术
1. "您好，我是青雀门窗的小罗，请问是严先生吗？"
2. "您订的新窗框已经做好了，一共六樘，可以约安装了。"
3. "周二还是周五方便？"

### 知识库
- Q：新窗框有保修吗？
  A：窗框和安装都保修十年。
- Q：新窗框是双层玻璃吗？
  A：是，都是双层的。
`;

const CASES = [
  { language: "en", document: EN, tag: "Oh yes, the new frames are ready, right?", sentence: "Your new frames are ready, all six of them, so we can book the fitting." },
  { language: "zh", document: ZH, tag: "哦对，新窗框做好了是吧。", sentence: "您订的新窗框已经做好了，一共六樘，可以约安装了。" },
];

describe.each(CASES)("a statement asked as a tag ($language)", (c) => {
  const plan = callerPlan(callerView(parseScenarioText(c.document)));
  it("is confirmed by the script sentence that says it", () => {
    expect(answerSource(plan, c.tag, { lastStep: 3 })).toEqual({ kind: "step", step: 2, sentence: c.sentence });
  });
});

describe("a tag where the ranking is too close to choose (a document of an opened part)", () => {
  it("is confirmed from the script, not put off", async () => {
    const { readScenarioFile } = await import("../src/scenario/index.js");
    const plan = callerPlan(callerView(await readScenarioFile("tests/rule-docs/heldout-b/zh-wedding-photo-selection.md")));
    const source = answerSource(plan, "婚纱照？哦哦哦对，原片好了是吧。", { lastStep: 5 });
    expect(source).toMatchObject({ kind: "step", step: 2 });
  });
});
