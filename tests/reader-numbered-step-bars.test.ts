// "Step 5｜title" with the lines under it is a numbered step, not a flowchart node named "5" (the node-line reading
// took four such steps for a node export and read every title as a spoken line; zh and en, failing before).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const zh = `# 回访脚本
## 坐席
你是某家政公司的回访专员小林。
开场白：“您好，我是家政公司的小林，请问是陈女士吗？”
### 流程
Step 1｜核实身份
  话术：“请问是陈女士本人吗？”
Step 2｜询问服务感受
  话术：“上周的保洁您觉得怎么样？”
Step 3｜约下次时间（客户愿意才问）
  话术：“下次您看周几方便？”
Step 4｜请客户打分
  话术：“麻烦您给这次服务打个分，1到5分。”
## 客户
陈女士，上班族。
`;

const en = `# Follow-up script
## Agent
You are Dana, a follow-up agent at a cleaning company.
Opening: "Hi, this is Dana from the cleaning company, am I speaking with Mr Hale?"
### Steps
Step 1 | Confirm identity
  Say: "Is this Mr Hale?"
Step 2 | Ask about the visit
  Say: "How did last week's clean go?"
Step 3 | Book the next visit (only if they want one)
  Say: "Which day suits you next time?"
Step 4 | Ask for a rating
  Say: "Could you rate the visit from 1 to 5?"
## Customer
Mr Hale, works from home.
`;

describe("numbered steps written with a bar", () => {
  it("keeps each step's title as its title and its line as its line (zh)", () => {
    const steps = parseScenarioText(zh).caller.steps;
    expect(steps.map((s) => s.title)).toEqual(["核实身份", "询问服务感受", "约下次时间（客户愿意才问）", "请客户打分"]);
    expect(steps[3]?.lines).toEqual(["麻烦您给这次服务打个分，1到5分。"]);
  });

  it("keeps each step's title as its title and its line as its line (en)", () => {
    const steps = parseScenarioText(en).caller.steps;
    expect(steps.map((s) => s.title)).toEqual(["Confirm identity", "Ask about the visit", "Book the next visit (only if they want one)", "Ask for a rating"]);
    expect(steps[0]?.lines).toEqual(["Is this Mr Hale?"]);
  });
});
