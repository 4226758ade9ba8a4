// A day of the month the document writes "D日" (its month said elsewhere) grounds the caller saying "D号"; a day the
// document never names is still invented. en: "the 14th" from "14 Jun" (same rule family), "the 16th" invented.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function invented(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "invented-figure");
}

const ZH = "## 拨打方\n\n### 角色\n示例洗衣店的小唐。\n\n### 客户资料\n- 取件日期：保持 4日周二 / 改到 7日周五，让客户选\n\n### 步骤\n1. 开场：“您好，我是示例洗衣店的小唐。”\n2. 时间：“取件时间还行吗？”\n\n### 结束语\n- 完成：“好的，再见。”\n";
const EN = "## Caller\n\n### Role\nSam from Example Laundry.\n\n### Customer record\n- Pick-up: 14 Jun, or 15 Jun if that suits better\n\n### Steps\n1. Opening: \"Hi, it's Sam from Example Laundry.\"\n2. Pick-up: \"Does the pick-up day still suit?\"\n\n### Ending\n- Done: \"Thanks, bye.\"\n";

describe("a day of the month said in the other form", () => {
  it("zh: “7号”出自“7日”，不是编造；“8号”是", () => {
    expect(invented(ZH, ["您好，我是示例洗衣店的小唐。", "你好。", "取件是4号，也可以改到7号，您看哪天？", "7号吧。", "好的，再见。", "再见。"], true)?.passed).toBe(true);
    expect(invented(ZH, ["您好，我是示例洗衣店的小唐。", "你好。", "取件是4号，也可以改到8号，您看哪天？", "4号吧。", "好的，再见。", "再见。"], true)?.passed).toBe(false);
  });
  it("en: 'the 15th' comes from '15 Jun'; 'the 16th' does not", () => {
    expect(invented(EN, ["Hi, it's Sam from Example Laundry.", "Hi.", "Pick-up is the 14th, or the 15th if you prefer?", "The 15th.", "Thanks, bye.", "Bye."], false)?.passed).toBe(true);
    expect(invented(EN, ["Hi, it's Sam from Example Laundry.", "Hi.", "Pick-up is the 14th, or the 16th if you prefer?", "The 14th.", "Thanks, bye.", "Bye."], false)?.passed).toBe(false);
  });
});
