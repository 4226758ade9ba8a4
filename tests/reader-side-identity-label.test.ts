// A label that names a side and its identity ("拨打方身份：…") opens that side's role section; "身份：…" alone, next to
// other fields, stays a field of the role. Written for the test (the cause was found on blind material).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const doc = (identityLabel: string): string => `**${identityLabel}**：周岚，城南宠物寄养中心的客服。

**本次任务**：提醒顾客周五来接猫，并确认接猫时间。

**通话步骤**：

第1步 开场：“您好，我是城南宠物寄养中心的周岚，请问是何先生吗？”
第2步 约时间：“您周五上午还是下午方便来接？”

**接听方人设**：何先生，四十岁，上班族。
`;

describe("a side's identity label", () => {
  it("reads the name and the task that follow it", () => {
    const s = parseScenarioText(doc("拨打方身份"));
    expect(s.caller.name).toBe("周岚");
    expect(s.caller.task).toContain("提醒顾客周五来接猫");
    expect(s.caller.steps.length).toBe(2);
  });

  it("reads the same document under a plain role label", () => {
    const s = parseScenarioText(doc("拨打方角色"));
    expect(s.caller.name).toBe("周岚");
    expect(s.caller.task).toContain("提醒顾客周五来接猫");
  });
});
