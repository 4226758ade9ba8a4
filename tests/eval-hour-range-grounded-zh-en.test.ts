// A range of hours the document writes with its unit once ("上午9–12点", "2–5 pm") grounds the caller saying it with
// the unit at both ends ("9点到12点", "2pm to 5pm"); another range is still invented.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function invented(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "invented-figure");
}

const ZH = "## 拨打方\n\n### 角色\n示例家电售后的小陆。\n\n### 客户资料\n- 可选上门时段：12月6日上午9–12点\n\n### 步骤\n1. 开场：“您好，我是示例家电售后的小陆。”\n2. 时段：“师傅12月6日上午可以上门，您方便吗？”\n\n### 结束语\n- 完成：“好的，再见。”\n";
const EN = "## Caller\n\n### Role\nLiz from Example Appliance Care.\n\n### Customer record\n- Visit window offered: 6 December, 2–5 pm\n\n### Steps\n1. Opening: \"Hi, it's Liz from Example Appliance Care.\"\n2. Visit: \"Our engineer can come on 6 December in the afternoon. Does that suit?\"\n\n### Ending\n- Done: \"Thanks, bye.\"\n";

describe("a range of hours with its unit once", () => {
  it("zh: “9点到12点”出自“9–12点”，不是编造；“9点到11点”是", () => {
    expect(invented(ZH, ["您好，我是示例家电售后的小陆。", "你好。", "师傅12月6日上午9点到12点上门，您方便吗？", "方便。", "好的，再见。", "再见。"], true)?.passed).toBe(true);
    expect(invented(ZH, ["您好，我是示例家电售后的小陆。", "你好。", "师傅12月6日上午9点到11点上门，您方便吗？", "方便。", "好的，再见。", "再见。"], true)?.passed).toBe(false);
  });
  it("en: '2pm to 5pm' comes from '2–5 pm'; '2pm to 4pm' does not", () => {
    expect(invented(EN, ["Hi, it's Liz from Example Appliance Care.", "Hi.", "Our engineer can come on 6 December between 2pm and 5pm. Does that suit?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(true);
    expect(invented(EN, ["Hi, it's Liz from Example Appliance Care.", "Hi.", "Our engineer can come on 6 December from 2pm to 4pm. Does that suit?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(false);
  });
});
