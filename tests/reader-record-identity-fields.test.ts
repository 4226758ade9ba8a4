// A header record names the caller, its organisation and the person called: "拨打人：售后组 客服 某某" (team and title
// before the name), "公司：…有限公司" writing out the short name the script says, "客户：某某某先生（…）" (the title
// after the name is no part of it).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

const doc = (record: string): string => `# 回访话术\n\n${record}\n\n## 通话步骤\n\n1. 开场\n   "您好，我是远山净水的白一舟。"\n2. 道别\n   "谢谢，再见。"\n`;

describe("identity from a header record", () => {
  it("reads the caller's name at the end of a caller field, the organisation written out in full", () => {
    const s = parseScenarioText(doc("拨打人：售后组 客服 白一舟\n公司：远山净水科技有限公司\n客户：甘露晴女士（老客户）"));
    expect([s.caller.name, s.caller.organization, s.callee.name]).toEqual(["白一舟", "远山净水科技有限公司", "甘露晴"]);
  });

  it("reads the name after a title the team's name runs into", () => {
    expect(parseScenarioText(doc("外呼员：售后客服 白一舟\n公司：远山净水")).caller.name).toBe("白一舟");
  });

  it("keeps an organisation field's note out of the name (en)", () => {
    const s = parseScenarioText(`# Follow-up\n\nCaller: Ivo Lund\nCompany: Brightwater Filters Group, service desk\n\n## Call steps\n\n1. Open\n   "Hi, it's Ivo from Brightwater Filters."\n2. Close\n   "Thanks, bye."\n`);
    expect(s.caller.organization).toBe("Brightwater Filters Group");
  });
});
