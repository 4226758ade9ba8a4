// A Han word of the question that only shares one character with a word of the call's task ("羽绒衣" and the task's
// "衣服") names another thing: it still picks the branch that foresees it. Invented document.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { branchAnswer } from "../src/seats/rule/branch-answer.js";

const ZH = `## 主叫方

### 角色
罗青，绿回收的上门顾问。

### 任务
约上门回收旧衣服的时间。

### 话术
1. "您好，我是绿回收的小罗，请问是温先生吗？"
2. "上门回收大概二十分钟，周二还是周四方便？"
   - 问能不能收羽绒衣 → 羽绒衣要看成色，师傅到了当面看
   - 说家里没人 → 记下来，改约周末

### 知识库
- Q：回收要钱吗？
  A：不收钱，还按斤给积分。
`;

describe("a question word sharing one character with the task", () => {
  const plan = callerPlan(callerView(parseScenarioText(ZH)));
  it("is answered by the branch that foresees it", () => {
    expect(branchAnswer(plan, "能收羽绒衣吗？", 2)).toEqual({ step: 2, sentence: "羽绒衣要看成色。师傅到了当面看。" });
  });
  it("the task's own word still tells no branch apart", () => {
    expect(branchAnswer(plan, "旧衣服呢？", 2)).toBeNull();
  });
});
