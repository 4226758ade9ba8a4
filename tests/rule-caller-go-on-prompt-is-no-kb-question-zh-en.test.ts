// "行，然后呢？" / "Okay, anything else?" asks the caller to go on: the script's next step (or its close), never a
// knowledge-base answer that happened to share a word with it.
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
      { index: 2, title: "Tip", lines: ["A short warm-up before the weights makes a real difference."] },
      { index: 3, title: "Reminder", lines: ["Your locker key is at the front desk."] },
    ],
    knowledgeBase: [{ question: "Is there anything else I should bring?", answer: "Just a towel and a water bottle." }],
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
      { index: 2, title: "提醒", lines: ["练器械前先热身十分钟，效果会好很多。"] },
      { index: 3, title: "钥匙", lines: ["您的储物柜钥匙放在前台了。"] },
    ],
    knowledgeBase: [{ question: "然后还要带什么吗？", answer: "带条毛巾和水杯就行。" }],
    endConditions: ["都说完了"],
    closingLines: ["好的柯女士，欢迎常来，再见！"],
  },
  facts: [],
};

async function callerAfter(scenario: Scenario, prompt: string): Promise<string> {
  const zh = scenario.language === "zh";
  const callee = new ScriptedSeat("callee", [{ text: zh ? "是我，你说。" : "Yes, speaking." }, { text: prompt }, { text: zh ? "好的。" : "Okay." }, { text: zh ? "再见。" : "Bye." }]);
  const call = await runCall({ scenario, caller: createRuleCaller(), callee, seed: 1, maxTurns: 8 });
  const at = call.turns.findIndex((t) => t.speaker === "callee" && t.text === prompt);
  return call.turns[at + 1]?.text ?? "";
}

describe("en", () => {
  it("'Okay, anything else?' gets the next step", async () => {
    const line = await callerAfter(EN, "Okay, anything else?");
    expect(line).toContain("locker key");
    expect(line).not.toContain("towel");
  });
});

describe("zh", () => {
  it("'行，然后呢？' gets the next step", async () => {
    const line = await callerAfter(ZH, "行，然后呢？");
    expect(line).toContain("储物柜钥匙");
    expect(line).not.toContain("毛巾");
  });
});
