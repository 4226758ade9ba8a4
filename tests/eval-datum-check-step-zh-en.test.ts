// A step that names a check by its datum only ("b) Postcode check (…)", "2. 核对生日（…）") is the identity check: the
// caller's ask for that datum delivers it, so it is not charged as a step the call went past.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function missing(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "missing-step");
}

const EN = "## Caller\n\nWho: Ravi from Example Kennels.\n\nCustomer details:\n- Customer: Ms Jo Marsh\n- Postcode: ZZ9 9ZZ\n\n### Steps\n1. Greet: \"Hello, it's Ravi from Example Kennels. Is that Jo Marsh?\"\n2. Postcode check (ZZ9 9ZZ).\n3. Tell her the dog's boarding place is confirmed.\n4. Offer drop-off times: Friday 9am or Friday 2pm.\n5. Closing.\n\n### Closings\n- Booked: \"Great, see you Friday. Bye.\"\n";
const ZH = "## 拨打方\n\n身份：示例宠物寄养 小周。\n\n客户资料：\n- 客户：马晴 马女士\n- 生日：3月1日\n\n### 分步流程\n1. 开场：“您好，我是示例宠物寄养的小周，请问是马晴马女士吗？”\n2. 核对生日（3月1日）。\n3. 告知寄养名额已确认。\n4. 约送宠物的时间：周五上午9点或下午2点。\n5. 结束语。\n\n### 结束方式\n- 约好：“好的，周五见，再见。”\n";

describe("a step that names a datum check is delivered where the caller asks for the datum", () => {
  it("en: 'Postcode check' is done by 'could you confirm your postcode?'", () => {
    const check = missing(EN, ["Hello, it's Ravi from Example Kennels. Is that Jo Marsh?", "Yes.", "Thanks. Before I go on, could you confirm your postcode?", "ZZ9 9ZZ.", "Lovely. Your dog's boarding place is confirmed. Would Friday 9am or Friday 2pm suit for drop-off?", "Friday 2pm.", "Great, see you Friday. Bye.", "Bye."], false);
    expect(check?.details?.["delivered"]).toContainEqual({ step: 2, turn: 2 });
    expect(check?.passed).toBe(true);
  });
  it("zh: “核对生日”这一步在请对方报生日时完成", () => {
    const check = missing(ZH, ["您好，我是示例宠物寄养的小周，请问是马晴马女士吗？", "是我。", "马女士您好，麻烦您报一下您的生日。", "3月1日。", "好的，您的寄养名额已经确认了，周五上午9点或者下午2点送过来，哪个方便？", "下午2点。", "好的，周五见，再见。", "再见。"], true);
    expect(check?.details?.["delivered"]).toContainEqual({ step: 2, turn: 2 });
    expect(check?.passed).toBe(true);
  });
});
