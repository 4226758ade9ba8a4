// A flow export that lists one close per ending among its steps ("END(booked): '…Bye.'", "END(message): '…Bye.'"):
// only the close for what happened is owed, so the others are never steps the call went past.
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../src/scenario/index.js";
import { evaluateCall, parseCall } from "../src/eval/index.js";

function missing(doc: string, lines: readonly string[], zh: boolean) {
  const names = zh ? ["客服", "对方"] : ["Agent", "Voice"];
  const scenario = parseScenarioText(doc);
  const text = lines.map((line, i) => `${names[i % 2]}${zh ? "：" : ": "}${line}`).join("\n");
  return evaluateCall(scenario, parseCall(text, zh ? "zh.txt" : "en.txt", scenario)).checks.find((c) => c.id === "missing-step");
}

const EN = "## Caller\n\nWho: Ravi from Example Kennels.\n\n### Steps\n1. END(booked): \"Great, that's booked for Friday. Bye.\"\n2. END(callback): \"No problem, I'll ring you back later. Bye for now.\"\n3. END(complaint): \"I'm sorry about that. A manager will call you within two days. Bye.\"\n4. END(wrong_number): \"Sorry to have bothered you. Bye.\"\n";
const ZH = "## 拨打方\n\n身份：示例宠物寄养 小周。\n\n### 分步流程\n1. 结束（约好）：“好的，周五见，再见。”\n2. 结束（回拨）：“好的，那我晚点再打给您，再见。”\n3. 结束（投诉）：“非常抱歉，主管两天内给您回电，再见。”\n4. 结束（打错）：“不好意思打扰了，再见。”\n";

describe("the script's alternative closes listed as steps are owed only for their ending", () => {
  it("en: a complaint close is not a jump over the booked and callback closes", () => {
    const check = missing(EN, ["Hi, it's Ravi from Example Kennels. Is that Jo Marsh?", "Yes. Last time your van blocked my drive for an hour and nobody said sorry.", "I'm sorry about that. A manager will call you within two days. Bye.", "Fine, bye."], false);
    expect(check?.passed).toBe(true);
  });
  it("zh: 投诉结束语不算跳过了约好、回拨的结束语", () => {
    const check = missing(ZH, ["您好，我是示例宠物寄养的小周，请问是马晴马女士吗？", "是我。上次你们的车堵了我家门口一个小时，也没人道歉。", "非常抱歉，主管两天内给您回电，再见。", "行，再见。"], true);
    expect(check?.passed).toBe(true);
  });
});
