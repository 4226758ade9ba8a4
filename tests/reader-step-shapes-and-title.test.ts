// Script shapes the reader once missed, each on a document written for this test: steps ordered by letters or by
// 甲乙丙, steps set apart by banner lines, a task list with a retired item struck through, and a level-1 title that
// names a part while the headings under it name the document's other parts.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

describe("step shapes and the title", () => {
  it("reads steps ordered by letters with their lines indented under them", () => {
    const s = parseScenarioText(`## Role
You are Bea Lund from Copperleaf Plumbing.

## Call flow
A. Check the boiler
   "Has the boiler kept the pressure since Monday?"
   If it has dropped again, then book a revisit.
B. Offer the service plan
   "We do a yearly service for sixty pounds. Shall I send details?"
`);
    expect(s.caller.steps.map((step) => [step.title, step.lines.length, step.branches?.length ?? 0])).toEqual([["Check the boiler", 1, 1], ["Offer the service plan", 1, 0]]);
  });

  it("reads steps ordered 甲、乙、丙 with a line after a dash", () => {
    const s = parseScenarioText(`角色：你是松果书院的助教小季，给报了暑期班的家长打电话。

流程：
甲、确认课程——“您报的是七月的书法班，对吧？”
乙、说明时间——“每周六上午九点上课。”
丙、提醒物品——“记得带毛毡和墨汁。”
`);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["确认课程", "说明时间", "提醒物品"]);
    expect(s.caller.steps.every((step) => step.lines.length === 1)).toBe(true);
  });

  it("reads '-- STEP n --' banner lines as the script's steps though no heading names the script", () => {
    const s = parseScenarioText(`ROLE
You are Ike Moss, a rep at Fernway Seeds.

-- STEP 1 --
"Did your seed box arrive in good shape?"

-- STEP 2 --
"Would you like the autumn box as well?"
`);
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.steps.map((step) => step.lines.length)).toEqual([1, 1]);
  });

  it("reads a task list's items as steps and sets a struck-through item aside with a warning", () => {
    const s = parseScenarioText(`## 角色
你是禾苗托管的老师小于，给家长打电话确认暑托班。

## 待办
- [ ] **1. 问好**：“您好，我是禾苗托管的于老师。”
- [ ] **2. 确认日期**：“暑托班七月一号开始，您看没问题吧？”
- [x] ~~3. 推荐兴趣课：“要不要加一门美术课？”~~（这步不打了）
`);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["问好", "确认日期"]);
    expect(s.diagnostics.some((d) => d.message.includes("struck-through"))).toBe(true);
  });

  it("reads a level-1 heading naming a part as the title when the headings under it name the other parts", () => {
    const s = parseScenarioText(`# 续费提醒 — 常见问题与话术

> 这一页在内部文档里默认折叠。

你是安澜健身的会籍顾问小戚，给会员卡快到期的会员打电话。

<details>
<summary>开场白</summary>

“您好，我是安澜健身的小戚，您的年卡下个月到期。”

</details>

<details>
<summary>通话步骤</summary>

1. 说明优惠：“这个月续费送两个月。”
2. 约时间：“您哪天方便来前台办一下？”

</details>

<details>
<summary>常见问题</summary>

问：能转给家人吗？
答：可以，带上双方身份证。

</details>
`);
    expect(s.caller.opening).not.toBeNull();
    expect(s.caller.steps.length).toBe(2);
    expect(s.caller.knowledgeBase.length).toBe(1);
  });
});
