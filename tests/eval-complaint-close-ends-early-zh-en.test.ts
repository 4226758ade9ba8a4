// A customer who complains and a caller who closes right there with the script's close for a complaint (sorry, noted,
// someone will call back, goodbye): the call ended early for a reason the document foresees, so the steps it left no
// room for are not charged as missing, also where the reader found no closing lines (a sign-off list under a heading
// of its own): a close that takes the complaint up and says goodbye, where the document has a complaint ending.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function missing(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "missing-step");
}

const EN = "## Caller\n\n### Role\nSam from Example Glass.\n\n### Steps\n1. Opening: \"Hi, it's Sam from Example Glass. Is that Dana Holt?\"\n2. Excess: \"The replacement has an excess of £95.\"\n3. Booking: \"Would Monday or Wednesday suit you for the fitting?\"\n4. Parking: \"Is there somewhere off the road we can park the van?\"\n5. Close: \"I've noted all that, thank you. Goodbye.\"\n\n### Handling\n• Upset about the excess → acknowledge; if he wants to complain, use sign-off D.\n\n### Sign-offs\n  A (booked): \"Lovely, you're all set. Bye now.\"\n  D (complaint): \"I'm sorry about that. I've noted it and a team leader will ring you today. Goodbye.\"\n";
const ZH = "## 拨打方\n\n### 角色\n示例玻璃的小孙。\n\n### 步骤\n1. 开场：“您好，我是示例玻璃的小孙，请问是何丹吗？”\n2. 费用：“这次更换需要自付95元。”\n3. 预约：“周一还是周三给您安装？”\n4. 停车：“您那边有地方停我们的工程车吗？”\n5. 收尾：“我都记下了，谢谢您，再见。”\n\n### 应对\n• 对自付有意见 → 先致歉；客户要投诉，用收尾话术丁。\n\n### 挂机前\n甲 约好 — 好的，都安排好了，再见。\n丁 投诉 — 非常抱歉，我已经记下了，今天会有组长给您打过来，再见。\n";

describe("a complaint closed with the script's complaint close ends the call early", () => {
  it("en: steps after the complaint are not missing", () => {
    const check = missing(EN, ["Hi, it's Sam from Example Glass. Is that Dana Holt?", "Yes.", "The replacement has an excess of £95.", "That's not fair, it was your delay. I want to complain about this.", "I'm sorry about that. I've noted it and a team leader will ring you today. Goodbye.", "Fine."], false);
    expect(check?.passed).toBe(true);
  });
  it("zh: 投诉后用投诉结束语收尾，后面的步骤不算漏", () => {
    const check = missing(ZH, ["您好，我是示例玻璃的小孙，请问是何丹吗？", "是我。", "这次更换需要自付95元。", "这不合理，是你们拖的，我要投诉。", "非常抱歉，我已经记下了，今天会有组长给您打过来，再见。", "行吧。"], true);
    expect(check?.passed).toBe(true);
  });
});
