// A read-back or closing written with sample values ("So that's <slot two>, <plan one>, right?") says the options the
// customer picked at the steps that offered them, and leaves a clause out when nothing was picked there.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { withPicksForSamples } from "../src/seats/rule/sample-values.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

function planOf(language: "zh" | "en", lines: string[]) {
  const steps = lines.map((line, i) => ({ index: i + 1, title: `Step ${i + 1}`, lines: [line] }));
  const scenario: Scenario = { ...TINY_SCENARIO, language, caller: { ...TINY_SCENARIO.caller, steps } };
  return callerPlan(callerView(scenario));
}
const outcomeWith = (answers: { step: number; answer: string }[]): Outcome => ({
  identityConfirmed: true, stepsDelivered: [1, 2, 3, 4], stepAnswers: answers.map((a, i) => ({ ...a, turn: 3 + 2 * i })),
  questions: [], complaints: [], suggestions: [], followUp: null, guard: [],
});

describe("en", () => {
  const plan = planOf("en", [
    "Hello, is that Ms Vale?",
    "We can fit you in at: A, Tuesday 4 May at 9am; B, Tuesday 4 May at 3pm; or C, Friday 7 May at 11am. Which suits you?",
    "Would you like the basic wash at 20 pounds, or the full valet at 45 pounds?",
    "So that's Ms Vale, Friday 7 May at 11am, the full valet, 45 pounds in all. Is that right?",
  ]);
  const line = plan.stepLines[3] ?? "";

  it("the sample slot and plan become the ones picked; the sample plan's price goes with it", () => {
    const outcome = outcomeWith([{ step: 2, answer: "Tuesday 4 May at 3pm, please." }, { step: 3, answer: "The basic wash at 20 pounds." }]);
    expect(withPicksForSamples(plan, outcome, line, 4)).toBe("So that's Ms Vale, Tuesday 4 May at 3pm, the basic wash at 20 pounds. Is that right?");
  });

  it("the sample that was picked stays as written", () => {
    const outcome = outcomeWith([{ step: 2, answer: "Friday 7 May at 11am." }, { step: 3, answer: "the full valet at 45 pounds" }]);
    expect(withPicksForSamples(plan, outcome, line, 4)).toBe(line);
  });

  it("nothing picked: the clause is left out", () => {
    const outcome = outcomeWith([{ step: 3, answer: "The basic wash at 20 pounds." }]);
    expect(withPicksForSamples(plan, outcome, line, 4)).toBe("So that's Ms Vale, the basic wash at 20 pounds. Is that right?");
  });

  it("the offering step itself is left as written", () => {
    expect(withPicksForSamples(plan, outcomeWith([]), plan.stepLines[2] ?? "", 3)).toBe(plan.stepLines[2]);
  });
});

describe("zh", () => {
  const plan = planOf("zh", [
    "您好，请问是夏女士吗？",
    "可以安排的时间有三个：A. 5月4日周二上午9:00；B. 5月4日周二下午15:00；C. 5月7日周五上午11:00。您看哪个合适？",
    "清洗有两种：基础清洗80元，深度清洗160元。您选哪种？",
    "跟您核对一下：夏女士，5月7日周五上午11:00，深度清洗160元，对吗？",
  ]);
  const line = plan.stepLines[3] ?? "";

  it("the picked slot and plan are read back", () => {
    const outcome = outcomeWith([{ step: 2, answer: "5月4日周二下午15:00吧" }, { step: 3, answer: "基础清洗80元" }]);
    expect(withPicksForSamples(plan, outcome, line, 4)).toBe("跟您核对一下：夏女士，5月4日周二下午15:00，基础清洗80元，对吗？");
  });

  it("a closing after every step too", () => {
    const outcome = outcomeWith([{ step: 2, answer: "5月4日周二上午9:00" }]);
    expect(withPicksForSamples(plan, outcome, "好的夏女士，5月7日周五上午11:00给您留好了，再见。")).toBe("好的夏女士，5月4日周二上午9:00给您留好了，再见。");
  });
});

describe("a pick by its place", () => {
  const plan = planOf("en", [
    "Hello, is that Ms Vale?",
    "Would you like the basic wash at 20 pounds, or the full valet at 45 pounds?",
    "So that's the full valet, 45 pounds in all. Is that right?",
  ]);
  it("'the first one' is the first option offered", () => {
    const outcome = outcomeWith([{ step: 2, answer: "The first one." }]);
    expect(withPicksForSamples(plan, outcome, plan.stepLines[2] ?? "", 3)).toBe("So that's the first one. Is that right?");
  });
});
