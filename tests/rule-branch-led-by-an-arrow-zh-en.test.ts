// A branch written as "→ <situation>：<what to say>" (the arrow opening the line, as a step's sub-bullet) foresees a
// question as much as "<situation> → <what to say>": "能一起搬吗" about the situation gets what the branch says.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { branchAnswer } from "../src/seats/rule/branch-answer.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

function planWith(language: "zh" | "en", line: string, instruction: string) {
  const steps = [
    { index: 1, title: language === "zh" ? "开场" : "Opening", lines: [language === "zh" ? "您好，请问是夏先生吗？" : "Hello, is that Mr Vale?"] },
    { index: 2, title: language === "zh" ? "核对大件" : "Large items", lines: [line], instructions: [instruction] },
  ];
  const scenario: Scenario = { ...TINY_SCENARIO, language, caller: { ...TINY_SCENARIO.caller, steps, knowledgeBase: [] } };
  return callerPlan(callerView(scenario));
}

describe("zh", () => {
  it("'→ 有雕塑：…' answers a question about the sculpture", () => {
    const plan = planWith("zh", "大件大概有哪些？有没有雕塑或者大理石桌面？", "→ 有雕塑：雕塑要单独报价，调度会另外打电话给您。");
    expect(branchAnswer(plan, "雕塑能不能一起运？", 2)?.sentence ?? "").toContain("单独报价");
  });
});

describe("en", () => {
  it("'→ Has a sculpture: …' answers a question about the sculpture", () => {
    const plan = planWith("en", "What large items are there? Any sculpture or marble tabletop?", "→ Has a sculpture: sculptures are quoted separately, and our dispatcher will ring you about it.");
    expect(branchAnswer(plan, "Can you take the sculpture as well?", 2)?.sentence ?? "").toMatch(/quoted separately/iu);
  });
});
