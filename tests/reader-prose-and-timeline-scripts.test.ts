// Scripts told without a script heading, on documents written for this test: paragraphs in sequence ("First, … Next,
// … Finally, …") with a quoted line each, a 'Start by saying: “…”' opening that is one paragraph, and a time line of
// bold slots; and a customer record beside a caller part named by a label rather than a "you are" sentence.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

describe("prose and time-line scripts", () => {
  it("reads paragraphs in sequence as steps, a branch after the quote apart, and the opening as its one paragraph", () => {
    const s = parseScenarioText(`You are Orla Finch, and you book tunings at Keystone Piano Care.

Start by saying: "Hi, it's Orla from Keystone Piano Care about your piano's tuning."

First, check the room. Ask: "Is the piano still by the window?" If it is, then suggest moving it away from the radiator.

Next, offer a date: "We have Tuesday morning or Friday afternoon. Which suits you?"

Finally, confirm access: "Will someone be home to let the tuner in?"

Be patient; many owners have not played in years.
`);
    expect(s.caller.opening).toBe("Hi, it's Orla from Keystone Piano Care about your piano's tuning.");
    expect(s.caller.steps.map((step) => [step.lines.length, step.branches?.length ?? 0])).toEqual([[1, 1], [1, 0], [1, 0]]);
  });

  it("reads a time line of bold slots as the script's steps", () => {
    const s = parseScenarioText(`# 课程回访

**客服**：晨曦琴行的回访专员 钟意

### 通话安排
**00:00–00:40 问候**
“您好，我是晨曦琴行的小钟，想问问孩子上课的情况。”

**00:40–02:00 了解进度**
- 说：“最近练琴顺利吗？”
- 如果家长说孩子不想练，就建议换成周末的小组课。
`);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["问候", "了解进度"]);
    expect(s.caller.steps[1]?.branches?.length).toBe(1);
  });

  it("reads a record of fields about the customer as the profile when a caller-named part says who calls", () => {
    const s = parseScenarioText(`# 回访

**坐席**：晨曦琴行的回访专员 钟意

### 学员信息
- 联系人: 孔女士
- 课程: 钢琴初级

### 步骤
1. 问候：“您好，我是晨曦琴行的小钟。”
`);
    expect(s.caller.customerProfile.length).toBe(2);
    expect(s.callee.name).toBe("孔女士");
  });
});
