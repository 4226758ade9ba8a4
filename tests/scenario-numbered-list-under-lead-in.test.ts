import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

// "THE CALL, IN ORDER:" over a numbered list most of whose items quote the caller's line: the whole list is the script,
// items that quote nothing themselves ("4. The choice - he picks one:") included; the numbers are the call's order.
const EN = `## Caller
Ana from Hillside Bikes.

THE CALL, IN ORDER:
  1. Opening: "Hello, is that Mr Tom Baker? It's Ana from Hillside Bikes."
  2. Identity: "Could you confirm your postcode for me?"
  3. Explain: "Your yearly service is due."
  4. The choice - he picks one:
       A) Saturday morning;
       B) next Tuesday.
  5. Lend a bike: "We can lend you a bike for the day."
  6. Read his choice back and close.

## Customer
Tom Baker, 40, engineer.
`;

const ZH = `## 拨打方
山城单车的安如。

通话顺序如下：
  1. 开场：“您好，请问是唐波先生吗？我是山城单车的安如。”
  2. 核对：“麻烦说一下您的手机尾号。”
  3. 说明：“您的单车年度保养到期了。”
  4. 请他选一个时间：
       A）周六上午；
       B）下周二。
  5. 备用车：“保养当天可以借您一辆车。”
  6. 复述他的选择并结束。

## 接听方
唐波，40岁，工程师。
`;

describe("a numbered list under a lead-in, most items quoted", () => {
  it.each([
    ["en", EN],
    ["zh", ZH],
  ])("%s: every numbered item is a step", (_, text) => {
    const s = parseScenarioText(text);
    expect(s.caller.steps).toHaveLength(6);
  });

});
