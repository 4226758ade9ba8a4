// A header record of "label：value" lines ("拨打人：… / 公司：… / 客户：某某"): the customer's field is one more field
// of the record, not the start of the customer's side that would swallow the script below it (zh and en).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

describe("a side-naming label inside a header record", () => {
  it("is a field, and the script below stays the caller's (zh)", () => {
    const s = parseScenarioText(`# 回访话术\n\n拨打人：售后 客服 白一舟\n公司：远山净水\n客户：甘露先生（老客户）\n\n## 通话步骤\n\n1. 开场\n   "您好，我是远山净水的白一舟。"\n2. 道别\n   "谢谢，再见。"\n`);
    expect(s.caller.steps.length).toBe(2);
  });

  it("is a field, and the script below stays the caller's (en)", () => {
    const s = parseScenarioText(`# Follow-up\n\nCaller: Ivo Lund\nCompany: Brightwater Filters\nCustomer: Pia Holm (long-time client)\n\n## Call steps\n\n1. Open\n   "Hi, it's Ivo from Brightwater Filters."\n2. Close\n   "Thanks, bye."\n`);
    expect(s.caller.steps.length).toBe(2);
  });
});
