// A line said to the customer may name the customer as a noun modifier ("the customer lounge", "客户意见箱"): that is a
// line to say, not a direction about the customer, so saying it delivers its step. Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";
import { stepDirections } from "../src/eval/step-directions.js";

const EN = `## Caller

### Role
Ivo from Example Bike Repairs.

### Call script
1. Greeting: "Hello, it's Ivo from Example Bike Repairs. Am I speaking with Ms Petra Vance?"
2. Pickup: "Your bike is ready; you can wait in the customer lounge while we pump the tyres."
3. Choice: Ask the customer which day suits and note the customer's choice.

### Ending the call
- Done: "Thanks, Ms Vance, goodbye."
`;

const ZH = `## 拨打方

### 角色
示例单车维修的小伊。

### 通话步骤
1. 开场：“您好，我是示例单车维修的小伊，请问是万佩佩女士吗？”
2. 取车：“您的车修好了，取车后可以在门口的客户意见箱里留几句话。”
3. 选时间：向客户询问哪天方便，记下客户的选择。

### 结束条件
- 完成：“谢谢万女士，再见。”
`;

describe("step directions: the customer named as a noun modifier is a line, not a direction", () => {
  it("en: 'the customer lounge' in a quoted line keeps the step a line to say; the real direction stays one", () => {
    const directions = stepDirections(parseScenarioText(EN), EVAL_LANGS.en);
    expect(directions[1]?.directionOnly).toBe(false);
    expect(directions[1]?.sentences).toEqual([]);
    expect(directions[2]?.directionOnly).toBe(true);
  });

  it("zh: 台词里的“客户意见箱”不算指示；真正的指示仍是指示", () => {
    const directions = stepDirections(parseScenarioText(ZH), EVAL_LANGS.zh);
    expect(directions[1]?.directionOnly).toBe(false);
    expect(directions[1]?.sentences).toEqual([]);
    expect(directions[2]?.directionOnly).toBe(true);
  });
});
