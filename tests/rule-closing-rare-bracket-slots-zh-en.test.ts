// A closing's slot written in the rarer brackets ("〔日期〕", "⟨day⟩") is a slot like "[day]": filled with the pick the
// customer gave, and a sentence whose slot no answer fills is never read aloud with its bracket.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { filledClosingSlots, hasTemplateMark, withoutTemplateMarks } from "../src/seats/rule/claim-guard.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const outcome = (answers: Outcome["stepAnswers"]): Outcome => ({ identityConfirmed: true, stepsDelivered: [1, 2], stepAnswers: answers, questions: [], complaints: [], suggestions: [], followUp: null, guard: [] });

const ZH: Scenario = {
  ...TINY_SCENARIO,
  language: "zh",
  caller: {
    ...TINY_SCENARIO.caller,
    steps: [
      { index: 1, title: "开场", lines: ["请问是王女士吗？"] },
      { index: 2, title: "选日期", lines: ["可以安排 3 月 5 号周四，或者 3 月 7 号周六，您看哪天方便？"] },
    ],
  },
};

const EN: Scenario = {
  ...TINY_SCENARIO,
  language: "en",
  caller: {
    ...TINY_SCENARIO.caller,
    steps: [
      { index: 1, title: "Open", lines: ["Hello, am I speaking to Ms Moss?"] },
      { index: 2, title: "Pick a day", lines: ["We can come on Thursday the 5th or Saturday the 7th. Which day suits you?"] },
    ],
  },
};

describe("rare-bracket slots in a closing (zh)", () => {
  const plan = callerPlan(callerView(ZH));
  it("fills 〔日期〕 with the day picked", () => {
    expect(filledClosingSlots(plan, outcome([{ step: 2, turn: 3, answer: "周六吧。" }]), "好的，那就〔日期〕上门，再见！")).toBe("好的，那就周六上门，再见！");
  });
  it("a sentence whose 〔〕 slot stays empty is left out", () => {
    expect(hasTemplateMark("那就〔专/普〕票。")).toBe(true);
    expect(withoutTemplateMarks("那就〔专/普〕票。祝您新年快乐，再见！", "")).toBe("祝您新年快乐，再见！");
  });
});

describe("rare-bracket slots in a closing (en)", () => {
  const plan = callerPlan(callerView(EN));
  it("fills ⟨day⟩ with the day picked", () => {
    expect(filledClosingSlots(plan, outcome([{ step: 2, turn: 3, answer: "Saturday, please." }]), "Great, see you on ⟨day⟩. Bye!")).toBe("Great, see you on Saturday. Bye!");
  });
  it("a sentence whose ⟨⟩ slot stays empty is left out", () => {
    expect(withoutTemplateMarks("We'll send the ⟨invoice type⟩ invoice. Goodbye!", " ")).toBe("Goodbye!");
  });
});
