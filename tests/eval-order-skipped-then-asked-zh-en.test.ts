// A step first said only because the customer asked for it ("Wait, what happened?") was skipped: the later step the
// caller said before it jumped ahead, and `order` is charged at that turn. A step said in order passes.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function order(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "order");
}

const EN = "## Caller\n\n### Role\nKim from Example Ferries.\n\n### Steps\n1. Opening: \"Hi, it's Kim from Example Ferries. Is that Alex Reed?\"\n2. News: \"I'm sorry, your 9:15 sailing tomorrow is cancelled because of high winds.\"\n3. Options: \"I can move you to the 13:30 sailing or refund the ticket. Which would you prefer?\"\n\n### Ending\n- Done: \"Thanks, goodbye.\"\n";
const ZH = "## 拨打方\n\n### 角色\n示例轮渡的小金。\n\n### 步骤\n1. 开场：“您好，我是示例轮渡的小金，请问是任亚楠吗？”\n2. 通知：“很抱歉，您明天9点15的船班因为大风取消了。”\n3. 方案：“可以给您改到13点30的船班，或者全额退票，您选哪个？”\n\n### 结束语\n- 完成：“好的，再见。”\n";

describe("order: the step the customer had to ask for", () => {
  it("en: options before the news, the news only when asked: order at the options' turn", () => {
    const check = order(EN, ["Hi, it's Kim from Example Ferries. Is that Alex Reed?", "Yes.", "I can move you to the 13:30 sailing or refund the ticket. Which would you prefer?", "Move me? What happened to my sailing?", "I'm sorry, your 9:15 sailing tomorrow is cancelled because of high winds.", "Oh. The 13:30 then.", "Thanks, goodbye.", "Bye."], false);
    expect(check?.passed).toBe(false);
    expect(check?.turns).toContain(2);
  });
  it("en: the news first, then the options: in order", () => {
    const check = order(EN, ["Hi, it's Kim from Example Ferries. Is that Alex Reed?", "Yes.", "I'm sorry, your 9:15 sailing tomorrow is cancelled because of high winds.", "Oh no. What now?", "I can move you to the 13:30 sailing or refund the ticket. Which would you prefer?", "The 13:30.", "Thanks, goodbye.", "Bye."], false);
    expect(check?.passed).toBe(true);
  });
  it("zh: 先给方案、客户追问才说取消：在给方案那一轮记顺序错", () => {
    const check = order(ZH, ["您好，我是示例轮渡的小金，请问是任亚楠吗？", "是我。", "可以给您改到13点30的船班，或者全额退票，您选哪个？", "改船班？我的船怎么了？", "很抱歉，您明天9点15的船班因为大风取消了。", "哦，那就13点30吧。", "好的，再见。", "再见。"], true);
    expect(check?.passed).toBe(false);
    expect(check?.turns).toContain(2);
  });
  it("zh: 先通知取消再给方案：顺序对", () => {
    const check = order(ZH, ["您好，我是示例轮渡的小金，请问是任亚楠吗？", "是我。", "很抱歉，您明天9点15的船班因为大风取消了。", "啊？那怎么办？", "可以给您改到13点30的船班，或者全额退票，您选哪个？", "13点30吧。", "好的，再见。", "再见。"], true);
    expect(check?.passed).toBe(true);
  });
});
