// A customer's suggestion that mentions writing ("我的建议是，有进展就书面发给我", "My suggestion: put any updates in
// writing") is heard and noted; it is no request to end the call by text, so the script goes on. A plain "just text me"
// still closes with the document's closing for it.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { createRuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const EN: Scenario = {
  ...TINY_SCENARIO,
  caller: {
    ...TINY_SCENARIO.caller,
    opening: "Hi, is this Sam Taylor? This is Dana from Northside Fitness.",
    steps: [
      { index: 1, title: "Confirm identity", lines: ["Hi, is this Sam Taylor?"] },
      { index: 2, title: "Usage", lines: ["How often have you been coming in lately?"] },
      { index: 3, title: "Tip", lines: ["A short warm-up before the weights makes a real difference."] },
      { index: 4, title: "Reminder", lines: ["Your locker key is at the front desk."] },
    ],
    endConditions: ["Everything covered", "The member is busy or wants it in writing: send it by text"],
    closingLines: ["Thanks, Sam, see you at the gym. Bye!", "No problem, I'll text you the details. Bye for now."],
  },
};

const ZH: Scenario = {
  ...TINY_SCENARIO,
  language: "zh",
  callee: { ...TINY_SCENARIO.callee, name: "柯晓岚" },
  caller: {
    ...TINY_SCENARIO.caller,
    name: "小蒋",
    organization: "北岸健身",
    opening: "您好，请问是柯晓岚柯女士吗？我是北岸健身的小蒋。",
    customerProfile: ["姓名：柯晓岚"],
    steps: [
      { index: 1, title: "开场", lines: ["您好，请问是柯晓岚柯女士吗？"] },
      { index: 2, title: "了解情况", lines: ["您最近一周大概来几次？"] },
      { index: 3, title: "提醒", lines: ["练器械前先热身十分钟，效果会好很多。"] },
      { index: 4, title: "钥匙", lines: ["您的储物柜钥匙放在前台了。"] },
    ],
    endConditions: ["都说完了", "会员在忙或要求发短信：把内容发短信给她"],
    closingLines: ["好的柯女士，欢迎常来，再见！", "好的，我把内容发短信给您，再见！"],
  },
  facts: [],
};

async function callerAfter(scenario: Scenario, said: string): Promise<string> {
  const zh = scenario.language === "zh";
  const callee = new ScriptedSeat("callee", [{ text: zh ? "是我，你说。" : "Yes, speaking." }, { text: zh ? "两三次吧。" : "Two or three times a week." }, { text: said }, { text: zh ? "好的。" : "Okay." }, { text: zh ? "再见。" : "Bye." }]);
  const call = await runCall({ scenario, caller: createRuleCaller(), callee, seed: 1, maxTurns: 10 });
  const at = call.turns.findIndex((t) => t.speaker === "callee" && t.text === said);
  return call.turns[at + 1]?.text ?? "";
}

describe("en", () => {
  it("a suggestion about writing is noted and the script goes on", async () => {
    // The suggestion answers step 3's line: the script goes on with step 4, not the text-me close.
    const line = await callerAfter(EN, "My suggestion is, put any updates in writing, don't just talk about them.");
    expect(line).toContain("locker key");
    expect(line).not.toContain("text you the details");
  });
  it("'just text me' still closes by text", async () => {
    const line = await callerAfter(EN, "I'm eating right now, just text me.");
    expect(line).toContain("text you the details");
  });
});

describe("zh", () => {
  it("a suggestion about writing is noted and the script goes on", async () => {
    const line = await callerAfter(ZH, "我的建议是，有进展就书面发给我，别光说不做。");
    expect(line).toContain("储物柜钥匙");
    expect(line).not.toContain("发短信给您");
  });
  it("'发短信给我吧' still closes by text", async () => {
    const line = await callerAfter(ZH, "我这边吃饭呢太吵了，你发短信给我吧。");
    expect(line).toContain("发短信给您");
  });
});
