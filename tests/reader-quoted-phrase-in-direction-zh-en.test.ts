// A phrase quoted in the middle of a direction, ending no sentence of its own ("把“周五前”复述一遍", 'read back "by
// Friday" and ask them to confirm'), names what to repeat: the step says nothing of it word for word. A whole quoted
// question in a direction ('Ask "Is the fourth still right?" and wait') is still the line (zh, en).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";

const doc = (language: "zh" | "en", steps: string): string =>
  language === "zh"
    ? `## 拨打方\n\n### 角色\n示例书店的小林。\n\n### 通话步骤\n${steps}\n\n### 结束语\n- “好的，再见。”\n\n## 接听方\n\n### 人设\n顾客周敏。\n`
    : `## Caller\n\n### Role\nLin from Example Books.\n\n### Steps\n${steps}\n\n### Closing lines\n- "Thanks, bye."\n\n## Callee\n\n### Persona\nMina Cho, a customer.\n`;

describe("a quoted phrase inside a direction", () => {
  it("zh: names what to repeat, no line of its own", () => {
    const s = parseScenarioText(doc("zh", "1. 说明来意\n   “您订的书到了，周五前都可以来取。”\n2. 复述确认\n   把取书方式和“12月18日周五前”复述一遍，请客户确认。"), { id: "zh" });
    expect(s.caller.steps[1]?.lines).toEqual([]);
    expect(s.caller.steps[1]?.instructions?.join("")).toContain("12月18日周五前");
  });

  it("en: names what to repeat, no line of its own; a whole quoted question stays the line", () => {
    const s = parseScenarioText(doc("en", '1. Purpose\n   "Your book is in; you can collect it any day before Friday."\n2. Read back\n   Read back the pickup choice and "by five on Friday", and ask them to confirm.\n3. Check\n   Ask "Is the Friday still right for you?" and wait.'), { id: "en" });
    expect(s.caller.steps[1]?.lines).toEqual([]);
    expect(s.caller.steps[2]?.lines).toEqual(["Is the Friday still right for you?"]);
  });
});
