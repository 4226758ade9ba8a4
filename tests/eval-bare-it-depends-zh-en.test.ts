// A bare "it depends" with nothing after it ("这个要看情况。", "Well, it depends.") puts off a question the document
// answers; "it depends on the size: under 5 kg it's free" answers it (invented documents).
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function deflected(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "deflected-answer");
}

const ZH = "## 拨打方\n\n### 角色\n示例洗衣的小韩。\n\n### 步骤\n1. 开场：“您好，我是示例洗衣的小韩。”\n2. 确认：“明天下午上门取衣您方便吗？”\n\n### 常见问题\n- 问：羽绒服能水洗吗？\n  答：可以，用专用洗涤剂低温洗，三天取。\n\n### 结束语\n- 完成：“好的，再见。”\n";
const EN = "## Caller\n\n### Role\nRob from Example Laundry.\n\n### Steps\n1. Opening: \"Hi, it's Rob from Example Laundry.\"\n2. Confirm: \"Is tomorrow afternoon fine for the pick-up?\"\n\n### FAQ\n- Q: Can you wash a down jacket?\n  A: Yes, with a special low-temperature wash; ready in three days.\n\n### Ending\n- Done: \"Thanks, bye.\"\n";

describe("a bare 'it depends'", () => {
  it("zh: 只说“这个要看情况”是推脱；照文档回答不是", () => {
    expect(deflected(ZH, ["您好，我是示例洗衣的小韩。", "羽绒服能水洗吗？", "这个要看情况。", "哦。", "明天下午上门取衣您方便吗？", "方便。", "好的，再见。", "再见。"], true)?.passed).toBe(false);
    expect(deflected(ZH, ["您好，我是示例洗衣的小韩。", "羽绒服能水洗吗？", "可以的，用专用洗涤剂低温洗，三天取。", "好。", "明天下午上门取衣您方便吗？", "方便。", "好的，再见。", "再见。"], true)?.passed).toBe(true);
  });
  it("en: a bare 'it depends' is a put-off; the document's answer is not", () => {
    expect(deflected(EN, ["Hi, it's Rob from Example Laundry.", "Can you wash a down jacket?", "Well, it depends.", "Oh.", "Is tomorrow afternoon fine for the pick-up?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(false);
    expect(deflected(EN, ["Hi, it's Rob from Example Laundry.", "Can you wash a down jacket?", "Yes, with a special low-temperature wash; it's ready in three days.", "Great.", "Is tomorrow afternoon fine for the pick-up?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(true);
  });
});
