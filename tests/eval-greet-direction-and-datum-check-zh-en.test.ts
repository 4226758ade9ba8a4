// A script whose first step only directs the greeting ("Say hello, give your name…", "问好，报店名…") and whose second
// checks a datum no verification word names ("Check the booking reference", "核对下单日期"): the opening does the first,
// the caller's answered question before the matter does the second. Skipping the check is still charged.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function missing(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "missing-step");
}

const EN = "## Caller\n\nWho: Nia from Example Rugs.\n\n### Steps\n1. Say hello, give your name and the shop, ask for Mr Lane.\n2. Check the booking reference (RX-4471).\n3. Tell him the rug is ready to collect.\n4. Offer pick-up times: Monday 10am or Tuesday 4pm.\n5. Closing.\n\n### Closings\n- Booked: \"Great, see you then. Bye.\"\n";
const ZH = "## 拨打方\n\n身份：示例地毯店 小林。\n\n### 分步流程\n1. 问好，报店名和名字，问是不是蓝先生\n2. 核对下单日期（11月2日）\n3. 告知地毯已经洗好，可以来取\n4. 约取件时间：周一上午10点或周二下午4点\n5. 结束语\n\n### 结束方式\n- 约好：“好的，到时候见，再见。”\n";

const EN_OPEN = "Hi, it's Nia at Example Rugs, is that Mr Lane?";
const ZH_OPEN = "您好，示例地毯店的小林，请问是蓝先生吗？";

describe("a greeting direction and a datum check asked in other words are delivered", () => {
  it("en: the opening greets, the answered question checks", () => {
    const check = missing(EN, [EN_OPEN, "Yes.", "Great. What's the reference on your receipt?", "RX-4471.", "Thanks, your rug is ready to collect. Monday 10am or Tuesday 4pm?", "Tuesday.", "Great, see you then. Bye.", "Bye."], false);
    expect(check?.details?.["delivered"]).toContainEqual({ step: 1, turn: 0 });
    expect(check?.details?.["delivered"]).toContainEqual({ step: 2, turn: 2 });
    expect(check?.passed).toBe(true);
  });
  it("zh: 开场即问好，答了的提问即核对", () => {
    const check = missing(ZH, [ZH_OPEN, "是我。", "蓝先生您好，麻烦您说一下是哪天下的单？", "十一月二号。", "好的，您的地毯已经洗好了，周一上午10点或者周二下午4点来取，哪个方便？", "周二吧。", "好的，到时候见，再见。", "再见。"], true);
    expect(check?.details?.["delivered"]).toContainEqual({ step: 1, turn: 0 });
    expect(check?.details?.["delivered"]).toContainEqual({ step: 2, turn: 2 });
    expect(check?.passed).toBe(true);
  });
  it("en: no question before the matter, the check is still missing", () => {
    const check = missing(EN, [EN_OPEN, "Yes.", "Your rug is ready to collect. Monday 10am or Tuesday 4pm?", "Tuesday.", "Great, see you then. Bye.", "Bye."], false);
    expect(check?.passed).toBe(false);
    expect(check?.details?.["notDelivered"]).toContain(2);
  });
  it("zh: 没问就说事，核对这一步照样算漏", () => {
    const check = missing(ZH, [ZH_OPEN, "是我。", "您的地毯已经洗好了，周一上午10点或者周二下午4点来取，哪个方便？", "周二吧。", "好的，到时候见，再见。", "再见。"], true);
    expect(check?.passed).toBe(false);
    expect(check?.details?.["notDelivered"]).toContain(2);
  });
});
