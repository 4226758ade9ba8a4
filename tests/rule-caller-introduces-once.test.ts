// A call introduces the caller once: step 1's later request that opens with the caller's own introduction again
// ("我是…的小李，麻烦跟您核对一下…") is asked without it when the opening already said who is calling.
import { describe, expect, it } from "vitest";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { withoutIntroduction } from "../src/seats/rule/opening-guard.js";
import { packFor } from "../src/lang/index.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

function withStepOne(language: "zh" | "en", name: string, organization: string, opening: string, line: string): Scenario {
  const [, ...rest] = TINY_SCENARIO.caller.steps;
  return { ...TINY_SCENARIO, id: `intro-once-${language}`, language, caller: { ...TINY_SCENARIO.caller, name, organization, opening, steps: [{ index: 1, title: "Confirm identity", lines: [line] }, ...rest] } };
}

describe("the follow-up to the opening", () => {
  it("zh: drops the second self-introduction and keeps the request", () => {
    const plan = callerPlan(withStepOne("zh", "小李", "安居保洁", "您好，请问是王先生吗？我是安居保洁的客服小李。", "您好，请问是王先生吗？我是安居保洁的小李，麻烦跟您核对一下，卡号后四位是多少？"));
    expect(plan.identityFollowUp).toBe("麻烦跟您核对一下，卡号后四位是多少？");
  });
  it("en: drops the second self-introduction and keeps the request", () => {
    const plan = callerPlan(withStepOne("en", "Dana Reyes", "Northside Fitness", "Hi, is this Sam Taylor? This is Dana from Northside Fitness.", "Hi, is this Sam Taylor? This is Dana from Northside Fitness, could you confirm the last four digits of your card number, please?"));
    expect(plan.identityFollowUp).toBe("Could you confirm the last four digits of your card number, please?");
  });
  it("keeps an introduction the opening did not make", () => {
    const names = { caller: "小李", organization: "安居保洁", customer: "王先生" };
    const line = "我是安居保洁的小李，麻烦跟您核对一下，卡号后四位是多少？";
    expect(withoutIntroduction(line, "您好，请问是王先生吗？", names, packFor("zh"))).toBe(line);
    expect(withoutIntroduction(line, "您好，我是安居保洁的小李。", names, packFor("zh"))).toBe("麻烦跟您核对一下，卡号后四位是多少？");
  });
});
