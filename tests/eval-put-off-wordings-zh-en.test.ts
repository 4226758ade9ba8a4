// A put-off in other words ("I couldn't tell you", "这边查不到", "您打客服问问") is a deflected answer when the document
// holds the answer; the same question answered from the document is not.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function deflected(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "deflected-answer");
}

const ZH = "## 拨打方\n\n### 角色\n示例快递的小钱。\n\n### 步骤\n1. 开场：“您好，我是示例快递的小钱。”\n2. 确认：“明天上午派送您方便吗？”\n\n### 常见问题\n- 问：包裹要保价吗？\n  答：贵重物品建议保价，费率千分之五。\n\n### 结束语\n- 完成：“好的，再见。”\n";
const EN = "## Caller\n\n### Role\nKim from Example Couriers.\n\n### Steps\n1. Opening: \"Hi, it's Kim from Example Couriers.\"\n2. Confirm: \"Is tomorrow morning fine for delivery?\"\n\n### FAQ\n- Q: Can someone else sign for the parcel?\n  A: Yes, anyone at the address over 18 can sign.\n\n### Ending\n- Done: \"Thanks, bye.\"\n";

describe("a put-off in other words", () => {
  it("zh: “这边查不到”“打客服问问”是推脱；照文档回答不是", () => {
    expect(deflected(ZH, ["您好，我是示例快递的小钱。", "你好，合同到期了要注意啥，保价怎么收费？", "这个我这边查不到，您打客服问问吧。", "好吧。", "明天上午派送您方便吗？", "方便。", "好的，再见。", "再见。"], true)?.passed).toBe(false);
    expect(deflected(ZH, ["您好，我是示例快递的小钱。", "你好，合同到期了要注意啥，保价怎么收费？", "贵重物品建议保价，费率千分之五。", "好的。", "明天上午派送您方便吗？", "方便。", "好的，再见。", "再见。"], true)?.passed).toBe(true);
  });
  it("en: 'I couldn't tell you' is a put-off; the document's answer is not", () => {
    expect(deflected(EN, ["Hi, it's Kim from Example Couriers.", "Hi. If I'm out, can my neighbour sign for it?", "Sorry, I couldn't tell you that.", "Oh, okay.", "Is tomorrow morning fine for delivery?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(false);
    expect(deflected(EN, ["Hi, it's Kim from Example Couriers.", "Hi. If I'm out, can my neighbour sign for it?", "Yes, anyone at the address over 18 can sign.", "Great.", "Is tomorrow morning fine for delivery?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(true);
  });
});
