// A customer line asking only what a caller asks ("Is there anything else I can help you with?", "还有什么需要我帮您的
//吗？") is the simulated customer in the caller's role: it asks nothing of its own business, and a put-off said to it
// is no deflected answer. A real question put off while the document answers it is still charged.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { scoreAlternating } from "./fixtures/eval/alternating-call.js";

/** The caller speaks first; turns alternate. */
function card(doc: string, lines: readonly string[], zh: boolean) {
  return scoreAlternating(parseScenarioText(doc), zh ? "zh" : "en", zh ? ["客服", "对方"] : ["Agent", "Voice"], lines);
}

const check = (c: ReturnType<typeof card>, id: string) => c.checks.find((x) => x.id === id);

const EN = "## Caller\n\nWho: Ana from Example Garage.\n\nCustomer details:\n- Customer: Mr. Tom Reyes\n- Car: service due on 3 June\n\n### Steps\n1. Greet, say who you are, check it's Mr. Reyes.\n2. Tell him his car's service is due on 3 June and offer 9am or 2pm.\n3. Closing.\n\n### FAQ\nQ: How long does the service take? A: About two hours.\nQ: Do you lend a courtesy car? A: Yes, one courtesy car per day, booked with the service.\n\n### Closings\n[E1] Booked -> \"Great, see you on 3 June. Bye.\"\n";
const ZH = "## \u62e8\u6253\u65b9\n\n\u8eab\u4efd\uff1a\u793a\u4f8b\u6c7d\u4fee \u5c0f\u5b89\u3002\n\n\u5ba2\u6237\u8d44\u6599\uff1a\n- \u5ba2\u6237\uff1a\u96f7\u632f\u4e1c\n- \u8f66\u8f86\uff1a6\u67083\u65e5\u5230\u671f\u4fdd\u517b\n\n### \u5206\u6b65\u6d41\u7a0b\n1. \u95ee\u597d\uff0c\u62a5\u5e97\u540d\u548c\u59d3\u540d\uff0c\u786e\u8ba4\u662f\u96f7\u5148\u751f\u672c\u4eba\u3002\n2. \u544a\u77e5\u8f66\u8f866\u67083\u65e5\u8be5\u4fdd\u517b\u4e86\uff0c\u7ea6\u4e0a\u53489\u70b9\u6216\u4e0b\u53482\u70b9\u3002\n3. \u7ed3\u675f\u8bed\u3002\n\n### \u5e38\u89c1\u95ee\u9898\n\u95ee\uff1a\u4fdd\u517b\u8981\u591a\u4e45\uff1f\u7b54\uff1a\u5927\u7ea6\u4e24\u4e2a\u5c0f\u65f6\u3002\n\u95ee\uff1a\u6709\u4ee3\u6b65\u8f66\u5417\uff1f\u7b54\uff1a\u6709\uff0c\u6bcf\u5929\u4e00\u8f86\uff0c\u968f\u4fdd\u517b\u4e00\u8d77\u9884\u7ea6\u3002\n\n### \u7ed3\u675f\u65b9\u5f0f\n- \u7ea6\u597d\uff1a\u201c\u597d\u7684\uff0c6\u67083\u65e5\u89c1\uff0c\u518d\u89c1\u3002\u201d\n";

describe("a put-off said to the customer's help offer is no deflected answer", () => {
  it("en: 'anything else I can help you with?' put off: not charged", () => {
    const c = card(EN, ["Hello, this is Ana from Example Garage. Is that Tom Reyes?", "Yes.", "Your car's service is due on 3 June. Would 9am or 2pm suit?", "Is there anything else I can help you with?", "I'm not sure about that, I'll get back to you. Would 9am or 2pm suit?", "9am.", "Great, see you on 3 June. Bye.", "Bye."], false);
    expect(check(c, "deflected-answer")?.passed).toBe(true);
  });
  it("en: a courtesy-car question put off: charged at the put-off", () => {
    const c = card(EN, ["Hello, this is Ana from Example Garage. Is that Tom Reyes?", "Yes.", "Your car's service is due on 3 June. Would 9am or 2pm suit?", "Can I get a courtesy car that day?", "I'm not sure about that, I'll get back to you. Would 9am or 2pm suit?", "9am.", "Great, see you on 3 June. Bye.", "Bye."], false);
    expect(check(c, "deflected-answer")?.passed).toBe(false);
    expect(check(c, "deflected-answer")?.turns).toEqual([4]);
  });
  it("zh: “还有什么需要我帮您的吗？”被推掉：不算推诿", () => {
    const c = card(ZH, ["您好，我是示例汽修的小安，请问是雷振东雷先生吗？", "是我。", "您的车6月3日该保养了，上午9点还是下午2点方便？", "还有什么需要我帮您的吗？", "这个我不太清楚，之后再回复您。上午9点还是下午2点方便？", "上午9点。", "好的，6月3日见，再见。", "再见。"], true);
    expect(check(c, "deflected-answer")?.passed).toBe(true);
  });
  it("zh: 问代步车被推掉：推诿记在那一轮", () => {
    const c = card(ZH, ["您好，我是示例汽修的小安，请问是雷振东雷先生吗？", "是我。", "您的车6月3日该保养了，上午9点还是下午2点方便？", "那天能给我个代步车吗？", "这个我不太清楚，之后再回复您。上午9点还是下午2点方便？", "上午9点。", "好的，6月3日见，再见。", "再见。"], true);
    expect(check(c, "deflected-answer")?.passed).toBe(false);
    expect(check(c, "deflected-answer")?.turns).toEqual([4]);
  });
});
