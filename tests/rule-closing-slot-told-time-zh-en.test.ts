// A closing's named time slot that nobody's answer fills ("{上门时间}", "{delivery time}") holds the clock time that a
// step the caller already said told the customer; a step that asked, or one not yet said, fills nothing.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { filledClosingSlots } from "../src/seats/rule/claim-guard.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const outcome = (delivered: number[], answers: Outcome["stepAnswers"] = []): Outcome => ({ identityConfirmed: true, stepsDelivered: delivered, stepAnswers: answers, questions: [], complaints: [], suggestions: [], followUp: null, guard: [] });

const ZH: Scenario = {
  ...TINY_SCENARIO,
  language: "zh",
  caller: {
    ...TINY_SCENARIO.caller,
    steps: [
      { index: 1, title: "核对身份", lines: ["请问是王女士吗？"] },
      { index: 2, title: "告知上门时间", lines: ["工程师后天下午 2:00 到 4:00 上门安装，到之前会先联系您。"] },
      { index: 3, title: "选颜色", lines: ["面板您要白色还是灰色？"] },
    ],
  },
};

const EN: Scenario = {
  ...TINY_SCENARIO,
  language: "en",
  caller: {
    ...TINY_SCENARIO.caller,
    steps: [
      { index: 1, title: "Check identity", lines: ["Hello, am I speaking to Ms Moss?"] },
      { index: 2, title: "Tell the delivery time", lines: ["Our driver will deliver between 9:00 and 11:00 on Friday."] },
      { index: 3, title: "Pick a colour", lines: ["Would you like the white panel or the grey one?"] },
    ],
  },
};

describe("a closing's time slot told by a step the caller said (zh)", () => {
  const plan = callerPlan(callerView(ZH));
  const line = "好的王女士，后天{上门时间}工程师上门，再见！";

  it("holds the clock time that step told", () => {
    expect(filledClosingSlots(plan, outcome([1, 2]), line)).toBe("好的王女士，后天下午 2:00 到 4:00工程师上门，再见！");
  });

  it("stays a mark while that step is not said", () => {
    expect(filledClosingSlots(plan, outcome([1]), line)).toBe(line);
  });

  it("a choice step's offer is the customer's to answer, never filled from the offer", () => {
    expect(filledClosingSlots(plan, outcome([1, 3]), "好的，就{颜色}。")).toBe("好的，就{颜色}。");
  });
});

describe("a closing's time slot told by a step the caller said (en)", () => {
  const plan = callerPlan(callerView(EN));
  const line = "Great, the driver comes {delivery time}. Goodbye!";

  it("holds the clock time that step told", () => {
    expect(filledClosingSlots(plan, outcome([1, 2]), line)).toBe("Great, the driver comes between 9:00 and 11:00. Goodbye!");
  });

  it("stays a mark while that step is not said", () => {
    expect(filledClosingSlots(plan, outcome([1]), line)).toBe(line);
  });
});
