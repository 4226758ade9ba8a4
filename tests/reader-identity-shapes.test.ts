// Identity sentences the reader once half-read, on documents written for this test: a name given in brackets after the
// title ("（名字叫…）"), and a quoted organisation followed by a place or an aside before 的.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

describe("identity shapes", () => {
  it("takes the name closed by a bracket ('（名字叫…）') and the quoted organisation before 的", () => {
    const s = parseScenarioText(`你是「云杉书屋」的会员顾问（名字叫窦清远），给会员卡快到期的读者打电话。

## 步骤
1. 开场：“您好，我是云杉书屋的窦清远。”
`);
    expect(s.caller.name).toBe("窦清远");
    expect(s.caller.organization).toBe("云杉书屋");
  });

  it("takes a quoted organisation followed by a place or an aside before 的, without its quote mark", () => {
    const store = parseScenarioText(`## 身份\n你是“青柠换新”门店的店员鲍语桐，给登记过以旧换新的用户打电话。\n\n## 步骤\n1. 开场：“您好，我是青柠换新的小鲍。”\n`);
    expect(store.caller.organization).toBe("青柠换新");
    const campus = parseScenarioText(`角色：你是“松风书画院”（南门校区）的助教庞一苇，给报了暑期班的学员打电话。\n\n流程：\n1. 开场：“您好，我是松风书画院的庞老师。”\n`);
    expect(campus.caller.organization).toBe("松风书画院");
  });
});
