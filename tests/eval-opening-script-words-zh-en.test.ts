// The caller who says the script's own introduction in its words introduced itself, whatever name or organisation the
// reader took from the document (an organisation's full legal name the script never says, a name read wrongly):
// the scorer holds the caller to the script, not to the reader's reading of the role.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function opening(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "opening");
}

const EN = "## Caller\n\n### Role\nYou ring on behalf of Example Tree Farm's delivery desk.\n\n### Steps\n1. Opening: \"Hello, it's the delivery desk calling from the tree farm, about your Christmas tree.\"\n2. Slot: \"Would Friday morning suit for delivery?\"\n\n### Ending\n- Done: \"Thanks, bye.\"\n";
const ZH = "## 拨打方\n\n### 角色\n示例苗圃园艺有限公司的配送组。\n\n### 步骤\n1. 开场：“您好，我是苗圃配送组的，跟您说一下圣诞树配送的事。”\n2. 时段：“周五上午送可以吗？”\n\n### 结束语\n- 完成：“好的，再见。”\n";

describe("opening: the script's own introduction", () => {
  it("en: said in the script's words, without the organisation's full name: introduced", () => {
    expect(opening(EN, ["Hello, it's the delivery desk calling from the tree farm, about your Christmas tree.", "Oh hi.", "Would Friday morning suit for delivery?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(true);
  });
  it("en: no introduction at all is still charged", () => {
    expect(opening(EN, ["Would Friday morning suit for delivery?", "Who is this?", "Friday morning?", "Yes.", "Thanks, bye.", "Bye."], false)?.passed).toBe(false);
  });
  it("zh: 按话术原话自我介绍（没说公司全称）：算介绍了", () => {
    expect(opening(ZH, ["您好，我是苗圃配送组的，跟您说一下圣诞树配送的事。", "哦，好。", "周五上午送可以吗？", "可以。", "好的，再见。", "再见。"], true)?.passed).toBe(true);
  });
  it("zh: 完全没自我介绍仍记过", () => {
    expect(opening(ZH, ["周五上午送可以吗？", "你哪位？", "周五上午行吗？", "可以。", "好的，再见。", "再见。"], true)?.passed).toBe(false);
  });
});
