// The identity check asked with no question mark, as an unpunctuated transcript writes it: a request to tell the
// datum ("说下您住的小区", "tell me your estate") or a sentence left open for the customer to end ("您住的小区名字是",
// "your estate name is"), answered with the datum, delivers the script's check step. Skipping it is still charged.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";

/** The caller speaks first; turns alternate. */
function card(doc: string, lines: readonly string[], zh: boolean) {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}

const check = (c: ReturnType<typeof card>, id: string) => c.checks.find((x) => x.id === id);

const EN = "## Caller\n\nWho: Sam from Example Piano Service.\n\nCustomer details:\n- Customer: Mr. Lee Okafor\n- Estate (identity check only, ask the name, never say it): Larchfield\n- Offer: one free tuning, a year after purchase\n\n### Steps\n1. Greet, say who you are, check it's Mr. Okafor.\n2. Identity check: ask the name of the estate he lives on (Larchfield). If it doesn't match, don't go on.\n3. Tell him a free tuning is due and offer a morning or an afternoon visit.\n4. Closing.\n\n### Closings\n[E1] Booked -> \"Lovely, that's booked. Bye.\"\n[E2] Check fails -> \"Sorry, I can't go on without the check. Bye.\"\n";
const ZH = "## \u62e8\u6253\u65b9\n\n\u8eab\u4efd\uff1a\u793a\u4f8b\u7434\u884c \u5c0f\u5b5f\u3002\n\n\u5ba2\u6237\u8d44\u6599\uff1a\n- \u5ba2\u6237\uff1a\u6b27\u9633\u94ed\n- \u5c0f\u533a\uff1a\u67ab\u6797\u82d1\uff08\u8eab\u4efd\u6838\u5bf9\u7528\uff0c\u53ea\u95ee\u5c0f\u533a\u540d\uff0c\u4e0d\u62a5\u51fa\u6765\uff09\n- \u8d60\u9001\uff1a\u8d2d\u7434\u6ee1\u4e00\u5e74\u514d\u8d39\u8c03\u97f3\u4e00\u6b21\n\n### \u5206\u6b65\u6d41\u7a0b\n1. \u95ee\u597d\uff0c\u62a5\u7434\u884c\u548c\u59d3\u540d\uff0c\u786e\u8ba4\u662f\u6b27\u9633\u5148\u751f\u3002\n2. \u8eab\u4efd\u6838\u5bf9\uff1a\u8bf7\u5bf9\u65b9\u8bf4\u4e00\u4e0b\u6240\u5728\u5c0f\u533a\u540d\uff08\u67ab\u6797\u82d1\uff09\u3002\u5bf9\u4e0d\u4e0a\u4e0d\u7ee7\u7eed\u3002\n3. \u544a\u77e5\u514d\u8d39\u8c03\u97f3\u4e00\u6b21\uff0c\u7ea6\u4e0a\u5348\u6216\u4e0b\u5348\u4e0a\u95e8\u3002\n4. \u7ed3\u675f\u8bed\u3002\n\n### \u7ed3\u675f\u65b9\u5f0f\n- \u7ea6\u597d\uff1a\u201c\u597d\u7684\uff0c\u7ea6\u597d\u4e86\uff0c\u518d\u89c1\u3002\u201d\n- \u6838\u5bf9\u4e0d\u4e0a\uff1a\u201c\u62b1\u6b49\uff0c\u6838\u5bf9\u4e0d\u4e0a\u5c31\u4e0d\u5f80\u4e0b\u8bf4\u4e86\uff0c\u518d\u89c1\u3002\u201d\n";

describe("an identity check asked without a question mark", () => {
  it("en: 'your estate name is' answered: no identity fault", () => {
    const c = card(EN, ["hello this is sam from example piano service is that mr okafor", "yeah", "just to check first your estate name is", "larchfield", "thanks a free tuning is due would a morning or an afternoon visit suit", "morning", "lovely that's booked bye", "bye"], false);
    expect(check(c, "identity")?.passed).toBe(true);
  });
  it("en: 'tell me your estate' answered: no identity fault", () => {
    const c = card(EN, ["hello this is sam from example piano service is that mr okafor", "yeah", "first tell me your estate please", "larchfield", "thanks a free tuning is due would a morning or an afternoon visit suit", "morning", "lovely that's booked bye", "bye"], false);
    expect(check(c, "identity")?.passed).toBe(true);
  });
  it("en: the check never asked: an identity fault where the caller went on", () => {
    const c = card(EN, ["hello this is sam from example piano service is that mr okafor", "yeah", "thanks a free tuning is due would a morning or an afternoon visit suit", "morning", "lovely that's booked bye", "bye"], false);
    expect(check(c, "identity")?.passed).toBe(false);
    expect(check(c, "identity")?.turns).toEqual([2]);
  });
  it("zh: 先核对一下 您住的小区名字是（无标点）答了：不算身份问题", () => {
    const c = card(ZH, ["喂 您好 示例琴行的小孟 是欧阳铭先生吧", "嗯", "先核对一下 您住的小区名字是", "枫林苑", "好的 送您免费调音一次 上午还是下午上门", "上午", "好的 约好了 再见", "再见"], true);
    expect(check(c, "identity")?.passed).toBe(true);
  });
  it("zh: 麻烦说下您住的小区（无标点）答了：不算身份问题", () => {
    const c = card(ZH, ["喂您好 示例琴行小孟 请问是欧阳铭先生吗", "是我", "麻烦说下您住的小区", "枫林苑", "谢谢 送您免费调音一次 上午还是下午上门", "上午", "好的 约好了 再见", "再见"], true);
    expect(check(c, "identity")?.passed).toBe(true);
  });
  it("zh: 没问小区就往下说：身份问题记在往下说的那一轮", () => {
    const c = card(ZH, ["喂 您好 示例琴行的小孟 是欧阳铭先生吧", "嗯", "好的 送您免费调音一次 上午还是下午上门", "上午", "好的 约好了 再见", "再见"], true);
    expect(check(c, "identity")?.passed).toBe(false);
    expect(check(c, "identity")?.turns).toEqual([2]);
  });
});
