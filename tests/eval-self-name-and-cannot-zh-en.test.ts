// Two readings of the scorer's own: (1) "cannot" is a negation like "can't", so a reply that says "we can't promise a
// repair" agrees with an entry "we cannot promise a repair"; (2) where the document names no customer, an answerer
// who says their own name is the person the caller asked for when the caller said that name ("是是，我是<名字>"), not
// someone else (and what the caller says next is no disclosure to another person).
import { describe, expect, it } from "vitest";
import { negationConflict } from "../src/eval/negation-conflict.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

describe("cannot is a negation", () => {
  it("en: 'we can't promise a repair' does not deny 'we cannot promise a repair'", () => {
    expect(negationConflict(EVAL_LANGS.en, "A cracked piece is not food safe and we cannot promise a repair.", "Not for food, I'm afraid, and we can't promise a repair.")).toBeNull();
  });
  it("zh: “没法保证修好”与“无法保证修好”不矛盾", () => {
    expect(negationConflict(EVAL_LANGS.zh, "裂了的器物不能盛食物，我们无法保证修好。", "不能盛吃的，我们也没法保证修好。")).toBeNull();
  });
});

function card(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario));
}

describe("an answerer saying the name the caller asked for is that person", () => {
  it("zh: 文档没写客户姓名，“是是，我是<名字>”不是别人", () => {
    const doc = "## 拨打方\n\n### 角色\n示例图书馆的小周。\n\n### 步骤\n1. 开场：“您好，请问是哪位读者？我是示例图书馆的小周。”\n2. 到期：“您借的书11月18号到期，已经逾期12天了。”\n3. 归还：“您看这周能来还吗？”\n\n### 结束语\n- 完成：“好的，谢谢，再见。”\n";
    const c = card(doc, ["您好，请问是许文涛先生吗？我是示例图书馆的小周。", "啊？是是，我是许文涛，你说。", "您借的书11月18号到期，已经逾期12天了。", "哦，忘了。", "您看这周能来还吗？", "行。", "好的，谢谢，再见。", "再见。"], true);
    expect(c.checks.find((k) => k.id === "disclosure")?.details?.["otherAt"]).toBeNull();
    expect(c.checks.find((k) => k.id === "disclosure")?.passed).toBe(true);
  });
  it("en: no customer named in the document, 'yes, this is <name>' after 'is that <name>?' is not someone else", () => {
    const doc = "## Caller\n\n### Role\nJo from Example Library.\n\n### Steps\n1. Opening: \"Hello, it's Jo from Example Library.\"\n2. Overdue: \"Your books were due on 18 November and are now 12 days overdue.\"\n3. Return: \"Could you bring them back this week?\"\n\n### Ending\n- Done: \"Thanks, goodbye.\"\n";
    const c = card(doc, ["Hello, it's Jo from Example Library. Is that Martin Hale?", "Oh, yes. This is Martin, go on.", "Your books were due on 18 November and are now 12 days overdue.", "Oops.", "Could you bring them back this week?", "Will do.", "Thanks, goodbye.", "Bye."], false);
    expect(c.checks.find((k) => k.id === "disclosure")?.details?.["otherAt"]).toBeNull();
    expect(c.checks.find((k) => k.id === "disclosure")?.passed).toBe(true);
  });
});
