// The closing for a booking made is said even when one of its slots has no answer to fill it: the clause holding that
// slot is left out and the rest said ("see you Thursday afternoon, bring the receipt"), never a bare goodbye in its
// place; and a slot no answer names never takes the answer another slot of the same line names.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { closing } from "../src/seats/rule/caller-moves.js";
import type { CallState } from "../src/seats/seat.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

function planOf(language: "zh" | "en", titles: string[], lines: string[], closingLines: string[], endConditions: string[]) {
  const steps = lines.map((line, i) => ({ index: i + 1, title: titles[i] ?? `Step ${i + 1}`, lines: [line] }));
  const scenario: Scenario = { ...TINY_SCENARIO, language, facts: [], caller: { ...TINY_SCENARIO.caller, steps, closingLines, endConditions } };
  return callerPlan(callerView(scenario));
}

function stateWith(answers: { step: number; answer: string }[], steps: number): CallState {
  const outcome: Outcome = {
    identityConfirmed: true,
    stepsDelivered: Array.from({ length: steps }, (_, i) => i + 1),
    stepAnswers: answers.map((a, i) => ({ ...a, turn: 3 + 2 * i })),
    questions: [], complaints: [], suggestions: [], followUp: null, guard: [],
  };
  return { turns: [], nextStep: null, stepsDelivered: outcome.stepsDelivered, kbAnswered: [], outcome, elapsedMs: 0, maxTurns: 40, wrapUpRequested: false };
}

const always = (): boolean => true;

describe("zh", () => {
  const plan = planOf(
    "zh",
    ["开场", "约时间", "确认取件点", "复述结束"],
    ["您好，请问是夏女士吗？", "师傅可以周二上午或者周四下午上门，您看哪个时间合适？", "取件还是在小区东门可以吗？", "复述上门时间和取件点，说结束语。"],
    ["好的夏女士，那就{上门时间}上门，{取件点}等师傅，记得带上收据，再见！", "麻烦您转告夏女士回电，谢谢，再见。"],
    ["约好时间并复述完", "非本人已留话"],
  );

  it("a slot without its answer loses its clause; the booked closing is said, not a bare goodbye", () => {
    const said = closing(plan, stateWith([{ step: 2, answer: "周四下午吧" }], 4), [], ["done"], "", null, always).text;
    expect(said).toContain("周四下午");
    expect(said).toContain("记得带上收据");
    expect(said).not.toMatch(/[{}]/u);
    expect(said).not.toContain("等师傅");
  });

  it("a slot named by no answer does not take the answer another slot names", () => {
    const uniform = planOf(
      "zh",
      ["开场", "确认尺码", "配送方式", "复述结束"],
      ["您好，请问是夏女士吗？", "孩子的尺码还是150对吧？", "校服可以送到学校，或者快递到家，您选哪种？", "复述尺码和配送方式，说结束语。"],
      ["好的夏女士，孩子{尺码}两套，{配送方式}，有问题随时找我们，再见！", "麻烦您转告夏女士回电，谢谢，再见。"],
      ["确认完并复述", "非本人已留话"],
    );
    const said = closing(uniform, stateWith([{ step: 3, answer: "快递到家吧" }], 4), [], ["done"], "", null, always).text;
    expect(said).toContain("快递到家");
    expect(said).not.toContain("快递到家两套");
    expect(said).toContain("有问题随时找我们");
  });
});

describe("en", () => {
  const plan = planOf(
    "en",
    ["Opening", "Book the visit", "Pickup point", "Recap and close"],
    ["Hello, is that Ms Vale?", "We can come Tuesday morning or Thursday afternoon. Which suits you?", "Is the pickup still at the east gate?", "Recap the visit time and the pickup point, then close."],
    ["Lovely, Ms Vale, we'll come {visit time}, the driver waits at {pickup point}, and please bring the receipt. Bye now!", "Could you ask Ms Vale to call us back? Thanks, bye."],
    ["The visit is booked and recapped", "Someone else answered; message left"],
  );

  it("a slot without its answer loses its clause; the booked closing is said, not a bare goodbye", () => {
    const said = closing(plan, stateWith([{ step: 2, answer: "Thursday afternoon, please." }], 4), [], ["done"], "", null, always).text;
    expect(said.toLowerCase()).toContain("thursday afternoon");
    expect(said).toContain("please bring the receipt");
    expect(said).not.toMatch(/[{}]/u);
    expect(said).not.toContain("the driver waits");
  });

  it("a slot named by no answer does not take the answer another slot names", () => {
    const uniform = planOf(
      "en",
      ["Opening", "Confirm the size", "Delivery method", "Recap and close"],
      ["Hello, is that Ms Vale?", "The size is still 150, right?", "We can deliver to the school or post it home. Which would you like?", "Recap the size and the delivery method, then close."],
      ["Lovely, Ms Vale, two sets in {size}, {delivery method}, and call us with any questions. Bye now!", "Could you ask Ms Vale to call us back? Thanks, bye."],
      ["Everything confirmed and recapped", "Someone else answered; message left"],
    );
    const said = closing(uniform, stateWith([{ step: 3, answer: "Post it home, please." }], 4), [], ["done"], "", null, always).text;
    expect(said.toLowerCase()).toContain("post it home");
    expect(said.toLowerCase()).not.toContain("sets in post it home");
    expect(said).toContain("call us with any questions");
  });
});
