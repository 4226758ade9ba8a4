// A step heading struck through whole ("### ~~Step 3 …~~") is a retired step: it and what is under it are set aside
// with a warning, and the live steps after it are still read as steps (they were once left as unknown sections).
// Documents invented for this test.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/read-scenario.js";

describe("a struck-through step heading retires its section only", () => {
  it("zh: 划掉的第二步连同其内容跳过，第三、四步照常是步骤", () => {
    const s = parseScenarioText(`## 角色
你是青禾洗衣的客服小罗，给客户打电话约上门取件。

## 通话流程
### 第一步\u3000问好
> 坐席："您好，我是青禾洗衣的小罗。"

### ~~第二步\u3000推荐年卡~~
~~坐席："我们现在有洗衣年卡……"~~
（已停用，不再讲。）

### 第三步\u3000约取件时间
> 坐席："明天上午或者下午，您看哪个方便？"

### 第四步\u3000复述
> 坐席："好的，{时间}师傅上门取件。"
`);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["问好", "约取件时间", "复述"]);
    expect(s.diagnostics.some((d) => d.message.includes("struck-through"))).toBe(true);
  });

  it("en: a struck step between live ones; a heading above its level ends what is set aside", () => {
    const s = parseScenarioText(`## Role
You are Ivo from Fernlight Glazing, calling to book a survey.

## Call flow
### Step 1: Greet
"Hi, it's Ivo from Fernlight Glazing."

### ~~Step 2: Offer the blinds bundle~~ (dropped in March)
"We also do blinds at a discount."

### Step 3: Book the survey
"Would Monday morning or Wednesday afternoon suit you?"

## FAQ
Q: How long does the survey take?
A: About forty minutes.
`);
    expect(s.caller.steps.map((step) => step.title)).toEqual(["Greet", "Book the survey"]);
    expect(s.caller.knowledgeBase.length).toBe(1);
  });
});
