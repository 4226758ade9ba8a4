// A line that lays out times and asks for one is a time pick even where it also names a record item ("三个地址同一天
// 送到", "to all three addresses"): the caller waits for the pick, the customer names a time, not its address. A recap's
// slot that names a step holds that step's answer only; a clause whose slot stays empty is left out, not the sentence;
// a slot's one-character options ("专/普") are heard inside the answer ("专票") (zh, en).
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan, stepAsk } from "../src/seats/rule/caller-plan.js";
import { filledClosingSlots, withoutTemplateMarks } from "../src/seats/rule/claim-guard.js";
import { RuleCallee } from "../src/seats/rule/rule-callee.js";
import { packFor } from "../src/lang/index.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const ZH_PICK = "送货可以安排 3 月 5 号周四，或者 3 月 7 号周六，三个地址同一天送到，您看哪天方便？";
const EN_PICK = "We can deliver on Thursday the 5th or Saturday the 7th, to all three addresses on the same day. Which day suits you?";

const outcome = (answers: Outcome["stepAnswers"]): Outcome => ({ identityConfirmed: true, stepsDelivered: [1, 2, 3], stepAnswers: answers, questions: [], complaints: [], suggestions: [], followUp: null, guard: [] });

const scenario = (language: "zh" | "en"): Scenario => ({
  ...TINY_SCENARIO,
  language,
  caller: {
    ...TINY_SCENARIO.caller,
    steps: language === "zh"
      ? [{ index: 1, title: "开场", lines: ["请问是王女士吗？"] }, { index: 2, title: "选择送货日期", lines: [ZH_PICK] }, { index: 3, title: "确认发票", lines: ["需要开专票还是普票？"] }]
      : [{ index: 1, title: "Open", lines: ["Hello, am I speaking to Ms Moss?"] }, { index: 2, title: "Pick the delivery day", lines: [EN_PICK] }, { index: 3, title: "Invoice", lines: ["Would you like a paper invoice or an email one?"] }],
  },
});

describe.each(["zh", "en"] as const)("a time pick beside a record word (%s)", (language) => {
  const pick = language === "zh" ? ZH_PICK : EN_PICK;
  it("the caller waits for a time", () => {
    expect(stepAsk(pick, packFor(language)).kind).toBe("time");
  });
  it("the customer names a time, never its address", async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const opening = language === "zh" ? "您好，请问是王女士吗？" : "Hello, am I speaking to Ms Moss?";
      const caller = new ScriptedSeat("caller", [{ text: opening }, { text: pick }]);
      const call = await runCall({ scenario: scenario(language), caller, callee: new RuleCallee(), seed, maxTurns: 4 });
      const reply = call.turns[3]?.text ?? "";
      // (A seed whose persona says it is the wrong person says so: that is no answer to the pick either way.)
      if (/wrong number|打错/i.test(reply)) continue;
      expect(reply).toMatch(language === "zh" ? /周四|周六|5 号|7 号|第一|第二|前一个|后一个/ : /Thursday|Saturday|5th|7th|first|second/i);
    }
  });
  it("a slot naming the date step holds that step's answer or nothing, never the invoice answer", () => {
    const plan = callerPlan(callerView(scenario(language)));
    const line = language === "zh" ? "好的，那就〔日期〕送，到时候会联系您。" : "Great, so that's ⟨delivery day⟩, and we'll ring before. Bye!";
    const invoice = language === "zh" ? "开专票吧。" : "Email, please.";
    const filled = filledClosingSlots(plan, outcome([{ step: 3, turn: 5, answer: invoice }]), line);
    expect(filled).not.toContain(language === "zh" ? "专票吧" : "Email");
    expect(withoutTemplateMarks(filled, language === "zh" ? "" : " ")).toBe(language === "zh" ? "好的，到时候会联系您。" : "Great, and we'll ring before. Bye!");
  });
});

describe("a slot's one-character options (zh)", () => {
  it("'专/普' takes the one the answer names", () => {
    const plan = callerPlan(callerView(scenario("zh")));
    expect(filledClosingSlots(plan, outcome([{ step: 3, turn: 5, answer: "开专票吧。" }]), "好的，〔专/普〕票，再见！")).toBe("好的，专票，再见！");
  });
});
