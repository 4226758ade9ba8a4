// Held back (run once, at the end): more calls of the own set for a first-name wrong-person condition, a check asked
// without a question mark and a put-off said to the customer's help offer, in other words than the tuned ones.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";

/** The caller speaks first; turns alternate. */
function card(doc: string, lines: readonly string[], zh: boolean) {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}

const check = (c: ReturnType<typeof card>, id: string) => c.checks.find((x) => x.id === id);

const EN_WP = "## Caller\n\nWho: Priya from Example Bakery.\n\nCustomer details:\n- Customer: Mrs. Dana Whitcombe\n- Postcode (security check): QX7 4LB\n- Order: tasting booked, balance \u00a345 due on 14 March\n\n### Steps\n1. Greet, say who you are, ask for Mrs. Whitcombe.\n2. Security: ask for her postcode (QX7 4LB); if it doesn't match, say nothing about the order.\n3. Tell her the tasting is booked and the balance of \u00a345 is due on 14 March.\n4. Ask if she has any questions.\n5. Closing.\n\n### Closings\n[E1] Done -> \"Thanks, Dana, your tasting is set and the \u00a345 is due on 14 March. Bye.\"\n[E2] Not Dana on the line -> \"Could you ask Dana to ring Example Bakery on 0100 000 111? Thanks, bye.\"\n[E3] Fails security -> \"Sorry, I can't go into the order without the security check. Please ring 0100 000 111. Bye.\"\n";
const ZH_WP = "## \u62e8\u6253\u65b9\n\n\u8eab\u4efd\uff1a\u793a\u4f8b\u86cb\u7cd5\u5e97 \u5c0f\u6797\u3002\n\n\u5ba2\u6237\u8d44\u6599\uff1a\n- \u5ba2\u6237\uff1a\u97e6\u6653\u5c9a\n- \u624b\u673a\u5c3e\u53f7\uff08\u6838\u5bf9\u8eab\u4efd\u7528\uff09\uff1a6235\n- \u8ba2\u5355\uff1a\u8bd5\u5403\u5df2\u9884\u7ea6\uff0c\u5c3e\u6b3e45\u5143\uff0c3\u670814\u65e5\u524d\u4ed8\u6e05\n\n### \u5206\u6b65\u6d41\u7a0b\n1. \u95ee\u597d\uff0c\u62a5\u5e97\u540d\u548c\u59d3\u540d\uff0c\u627e\u97e6\u5973\u58eb\u3002\n2. \u6838\u5bf9\u8eab\u4efd\uff1a\u8bf7\u5bf9\u65b9\u62a5\u624b\u673a\u5c3e\u53f7\u540e\u56db\u4f4d\uff086235\uff09\uff0c\u5bf9\u4e0d\u4e0a\u4e0d\u8c08\u8ba2\u5355\u3002\n3. \u544a\u77e5\u8bd5\u5403\u5df2\u9884\u7ea6\uff0c\u5c3e\u6b3e45\u51433\u670814\u65e5\u524d\u4ed8\u6e05\u3002\n4. \u95ee\u5bf9\u65b9\u8fd8\u6709\u6ca1\u6709\u95ee\u9898\u3002\n5. \u7ed3\u675f\u8bed\u3002\n\n### \u7ed3\u675f\u65b9\u5f0f\n- \u5b8c\u6210\uff1a\u201c\u597d\u7684\u6653\u5c9a\uff0c\u8bd5\u5403\u7ea6\u597d\u4e86\uff0c\u5c3e\u6b3e45\u51433\u670814\u65e5\u524d\u4ed8\u6e05\uff0c\u518d\u89c1\u3002\u201d\n- \u63a5\u7535\u8bdd\u7684\u4e0d\u662f\u6653\u5c9a\uff1a\u201c\u9ebb\u70e6\u60a8\u8f6c\u544a\u6653\u5c9a\u7ed9\u793a\u4f8b\u86cb\u7cd5\u5e97\u56de\u4e2a\u7535\u8bdd\uff0c\u53f7\u78010100000111\uff0c\u8c22\u8c22\uff0c\u518d\u89c1\u3002\u201d\n- \u6838\u5bf9\u4e0d\u4e0a\uff1a\u201c\u62b1\u6b49\uff0c\u6838\u5bf9\u4e0d\u4e0a\u8eab\u4efd\u6ca1\u6cd5\u8c08\u8ba2\u5355\uff0c\u8bf7\u62e80100000111\uff0c\u518d\u89c1\u3002\u201d\n";
const EN_ID = "## Caller\n\nWho: Sam from Example Piano Service.\n\nCustomer details:\n- Customer: Mr. Lee Okafor\n- Estate (identity check only, ask the name, never say it): Larchfield\n- Offer: one free tuning, a year after purchase\n\n### Steps\n1. Greet, say who you are, check it's Mr. Okafor.\n2. Identity check: ask the name of the estate he lives on (Larchfield). If it doesn't match, don't go on.\n3. Tell him a free tuning is due and offer a morning or an afternoon visit.\n4. Closing.\n\n### Closings\n[E1] Booked -> \"Lovely, that's booked. Bye.\"\n[E2] Check fails -> \"Sorry, I can't go on without the check. Bye.\"\n";
const ZH_ID = "## \u62e8\u6253\u65b9\n\n\u8eab\u4efd\uff1a\u793a\u4f8b\u7434\u884c \u5c0f\u5b5f\u3002\n\n\u5ba2\u6237\u8d44\u6599\uff1a\n- \u5ba2\u6237\uff1a\u6b27\u9633\u94ed\n- \u5c0f\u533a\uff1a\u67ab\u6797\u82d1\uff08\u8eab\u4efd\u6838\u5bf9\u7528\uff0c\u53ea\u95ee\u5c0f\u533a\u540d\uff0c\u4e0d\u62a5\u51fa\u6765\uff09\n- \u8d60\u9001\uff1a\u8d2d\u7434\u6ee1\u4e00\u5e74\u514d\u8d39\u8c03\u97f3\u4e00\u6b21\n\n### \u5206\u6b65\u6d41\u7a0b\n1. \u95ee\u597d\uff0c\u62a5\u7434\u884c\u548c\u59d3\u540d\uff0c\u786e\u8ba4\u662f\u6b27\u9633\u5148\u751f\u3002\n2. \u8eab\u4efd\u6838\u5bf9\uff1a\u8bf7\u5bf9\u65b9\u8bf4\u4e00\u4e0b\u6240\u5728\u5c0f\u533a\u540d\uff08\u67ab\u6797\u82d1\uff09\u3002\u5bf9\u4e0d\u4e0a\u4e0d\u7ee7\u7eed\u3002\n3. \u544a\u77e5\u514d\u8d39\u8c03\u97f3\u4e00\u6b21\uff0c\u7ea6\u4e0a\u5348\u6216\u4e0b\u5348\u4e0a\u95e8\u3002\n4. \u7ed3\u675f\u8bed\u3002\n\n### \u7ed3\u675f\u65b9\u5f0f\n- \u7ea6\u597d\uff1a\u201c\u597d\u7684\uff0c\u7ea6\u597d\u4e86\uff0c\u518d\u89c1\u3002\u201d\n- \u6838\u5bf9\u4e0d\u4e0a\uff1a\u201c\u62b1\u6b49\uff0c\u6838\u5bf9\u4e0d\u4e0a\u5c31\u4e0d\u5f80\u4e0b\u8bf4\u4e86\uff0c\u518d\u89c1\u3002\u201d\n";
const EN_KB = "## Caller\n\nWho: Ana from Example Garage.\n\nCustomer details:\n- Customer: Mr. Tom Reyes\n- Car: service due on 3 June\n\n### Steps\n1. Greet, say who you are, check it's Mr. Reyes.\n2. Tell him his car's service is due on 3 June and offer 9am or 2pm.\n3. Closing.\n\n### FAQ\nQ: How long does the service take? A: About two hours.\nQ: Do you lend a courtesy car? A: Yes, one courtesy car per day, booked with the service.\n\n### Closings\n[E1] Booked -> \"Great, see you on 3 June. Bye.\"\n";
const ZH_KB = "## \u62e8\u6253\u65b9\n\n\u8eab\u4efd\uff1a\u793a\u4f8b\u6c7d\u4fee \u5c0f\u5b89\u3002\n\n\u5ba2\u6237\u8d44\u6599\uff1a\n- \u5ba2\u6237\uff1a\u96f7\u632f\u4e1c\n- \u8f66\u8f86\uff1a6\u67083\u65e5\u5230\u671f\u4fdd\u517b\n\n### \u5206\u6b65\u6d41\u7a0b\n1. \u95ee\u597d\uff0c\u62a5\u5e97\u540d\u548c\u59d3\u540d\uff0c\u786e\u8ba4\u662f\u96f7\u5148\u751f\u672c\u4eba\u3002\n2. \u544a\u77e5\u8f66\u8f866\u67083\u65e5\u8be5\u4fdd\u517b\u4e86\uff0c\u7ea6\u4e0a\u53489\u70b9\u6216\u4e0b\u53482\u70b9\u3002\n3. \u7ed3\u675f\u8bed\u3002\n\n### \u5e38\u89c1\u95ee\u9898\n\u95ee\uff1a\u4fdd\u517b\u8981\u591a\u4e45\uff1f\u7b54\uff1a\u5927\u7ea6\u4e24\u4e2a\u5c0f\u65f6\u3002\n\u95ee\uff1a\u6709\u4ee3\u6b65\u8f66\u5417\uff1f\u7b54\uff1a\u6709\uff0c\u6bcf\u5929\u4e00\u8f86\uff0c\u968f\u4fdd\u517b\u4e00\u8d77\u9884\u7ea6\u3002\n\n### \u7ed3\u675f\u65b9\u5f0f\n- \u7ea6\u597d\uff1a\u201c\u597d\u7684\uff0c6\u67083\u65e5\u89c1\uff0c\u518d\u89c1\u3002\u201d\n";

describe("held back", () => {
  it("en: a colleague answers and gets the message for someone else: right close", () => {
    const c = card(EN_WP, ["Hi, it's Priya at Example Bakery, is Dana Whitcombe there?", "No, this is her colleague, she's in a meeting.", "No problem. Could you ask Dana to ring Example Bakery on 0100 000 111? Thanks, bye.", "Sure, bye."], false);
    expect(check(c, "wrong-closing")?.passed).toBe(true);
  });
  it("zh: 同事接的，说留言的结束语：对的结束语", () => {
    const c = card(ZH_WP, ["喂，示例蛋糕店小林，韦晓岚在吗？", "她在开会，我是她同事。", "好的，麻烦您转告晓岚给示例蛋糕店回个电话，号码0100000111，谢谢，再见。", "行，再见。"], true);
    expect(check(c, "wrong-closing")?.passed).toBe(true);
  });
  it("en: 'and the estate you live on is' answered: no identity fault", () => {
    const c = card(EN_ID, ["hi it's sam at example piano service am i speaking to lee okafor", "speaking", "great and the estate you're on your estate name is", "larchfield", "cheers a free tuning is due morning or afternoon visit", "afternoon", "lovely that's booked bye", "bye"], false);
    expect(check(c, "identity")?.passed).toBe(true);
  });
  it("zh: 报一下您住的小区（无标点）答了：不算身份问题", () => {
    const c = card(ZH_ID, ["您好 示例琴行小孟 欧阳铭先生是吧", "对", "核对一下 报一下您住的小区", "枫林苑", "好 送您免费调音一次 您看上午还是下午上门", "下午", "好的 约好了 再见", "再见"], true);
    expect(check(c, "identity")?.passed).toBe(true);
  });
  it("en: 'how may I help you?' put off: not charged; a real question put off: charged", () => {
    const offer = card(EN_KB, ["Hello, this is Ana from Example Garage. Is that Tom Reyes?", "Yes.", "Your car's service is due on 3 June. Would 9am or 2pm suit?", "How may I help you?", "I don't know, I'll get back to you. Would 9am or 2pm suit?", "2pm.", "Great, see you on 3 June. Bye.", "Bye."], false);
    expect(check(offer, "deflected-answer")?.passed).toBe(true);
    const real = card(EN_KB, ["Hello, this is Ana from Example Garage. Is that Tom Reyes?", "Yes.", "Your car's service is due on 3 June. Would 9am or 2pm suit?", "How long will the service take?", "I don't know, I'll get back to you. Would 9am or 2pm suit?", "2pm.", "Great, see you on 3 June. Bye.", "Bye."], false);
    expect(check(real, "deflected-answer")?.turns).toEqual([4]);
  });
  it("zh: “有什么可以帮您的？”被推掉不算；问保养多久被推掉算", () => {
    const offer = card(ZH_KB, ["您好，我是示例汽修的小安，请问是雷振东雷先生吗？", "是我。", "您的车6月3日该保养了，上午9点还是下午2点方便？", "有什么可以帮您的？", "这个我不清楚，回头再回复您。上午9点还是下午2点？", "下午2点。", "好的，6月3日见，再见。", "再见。"], true);
    expect(check(offer, "deflected-answer")?.passed).toBe(true);
    const real = card(ZH_KB, ["您好，我是示例汽修的小安，请问是雷振东雷先生吗？", "是我。", "您的车6月3日该保养了，上午9点还是下午2点方便？", "保养要多久啊？", "这个我不清楚，回头再回复您。上午9点还是下午2点？", "下午2点。", "好的，6月3日见，再见。", "再见。"], true);
    expect(check(real, "deflected-answer")?.turns).toEqual([4]);
  });
});
