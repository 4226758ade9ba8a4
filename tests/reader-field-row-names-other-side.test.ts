// A table of fields on the caller's side may hold a row labelled with the other side's name ("| 客户 | … |",
// "| Customer | … |"): it says who the customer is, as the caller knows it, and never moves what follows to the callee.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const zh = `# 钢琴调音回访

### 拨打方

| 项目 | 内容 |
| --- | --- |
| 角色 | 小周，琴声调音工作室的客服 |
| 任务 | 预约下一次上门调音 |

**已知信息**

| 项目 | 内容 |
| --- | --- |
| 客户 | 郑女士，家里一台立式钢琴 |
| 上次调音 | 半年前 |

### 流程与话术

| 步骤 | 目的 | 参考话术 |
| --- | --- | --- |
| 1 | 核对身份 | “您好，请问是郑女士吗？我是琴声调音工作室的小周。” |
| 2 | 预约时间 | “这周六上午或者周日下午，您看哪个方便？” |

### 被叫方

郑女士，退休教师，说话慢。
`;

const en = `# Piano tuning follow-up

### Caller

| Field | Value |
| --- | --- |
| Role | Mia, scheduler at Keynote Tuning |
| Task | Book the next home tuning |

**Customer profile**

| Field | Value |
| --- | --- |
| Customer | Mr. Ortega, an upright piano at home |
| Last tuning | six months ago |

### Steps

| # | Step | What Mia says |
| --- | --- | --- |
| 1 | Confirm identity | "Hi, is this Mr. Ortega? This is Mia from Keynote Tuning." |
| 2 | Book a time | "Would Saturday morning or Sunday afternoon suit you?" |

### Callee

Mr. Ortega, a retired teacher who speaks slowly.
`;

describe("a field row naming the other side", () => {
  it.each([["zh", zh], ["en", en]])("%s: the script stays the caller's and the row is caller knowledge", (_lang, text) => {
    const scenario = parseScenarioText(text);
    expect(scenario.caller.steps).toHaveLength(2);
    expect(scenario.caller.customerProfile.some((line) => /郑女士|Ortega/.test(line))).toBe(true);
  });
});
