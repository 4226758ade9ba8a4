// Causes found on heldout-g: the customer picks among the options the caller's choice question offers (never the
// symptoms an earlier yes/no question listed); a reactive ending needs its trigger's words, not one-character ones;
// a subject-less concern with a capital verb is voiced in agreement; a worry about callers wanting money is met by
// the document's own promise not to ask for payment.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { runCall } from "../src/call/index.js";
import { createRuleCallee } from "../src/seats/rule/index.js";
import { reassurance } from "../src/seats/rule/reassure.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const ZH: Scenario = {
  ...TINY_SCENARIO,
  language: "zh",
  caller: { ...TINY_SCENARIO.caller, name: "小周", organization: "青禾单车", opening: "您好，请问是何立新先生吗？" },
  callee: { ...TINY_SCENARIO.callee, name: "何立新", role: "骑车上班的顾客。", background: "上个月换了链条。", concerns: [], behaviours: [], style: { positive: [], negative: [] }, endConditions: [] },
};

describe("a choice question after a yes/no question that listed things", () => {
  it("zh: the customer picks one of the choice's options, never a symptom listed before", async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const caller = new ScriptedSeat("caller", [
        { text: "您好，请问是何立新先生吗？" },
        { text: "这两周骑的时候还有异响、松动或者掉链吗？" },
        { text: "车架颜色有两种：哑光黑和墨绿，价格一样，您更倾向哪一种？" },
        { text: "好的，再见。", end: { condition: 1, reason: "done", hangUp: true } },
      ]);
      const record = await runCall({ scenario: ZH, seed, caller, callee: createRuleCallee() });
      const reply = record.turns[5]?.text ?? "";
      expect(reply).not.toMatch(/异响|松动|掉链/u);
    }
  });
});

describe("a reactive ending of the persona's", () => {
  it("zh: does not fire on a line that shares only one-character words with its trigger", async () => {
    const scenario: Scenario = { ...ZH, callee: { ...ZH.callee, endConditions: ["如果要他先转账就说要去店里当面付，不在电话里付"] } };
    for (let seed = 1; seed <= 20; seed++) {
      const caller = new ScriptedSeat("caller", [
        { text: "您好，请问是何立新先生吗？" },
        { text: "总价300元，您已经付了100元，取车时觉得明显不一样可以当场说，剩下的取车时再付。" },
        { text: "好的，再见。", end: { condition: 1, reason: "done", hangUp: true } },
      ]);
      await runCall({ scenario, seed, caller, callee: createRuleCallee() });
      // The customer's reply to that line asked to wind the call up when its ending fired.
      expect(caller.seen[2]?.state.wrapUpRequested).toBe(false);
    }
  });
});

describe("a concern that opens with the persona's verb, capitalised", () => {
  it("en: 'Doesn't want …' is voiced 'I don't want …'", () => {
    const wordings = packFor("en").grammar.concernQuestions("Doesn't want to pay the call-out fee twice; nervous about the ladder on the porch roof")[0] ?? [];
    expect(wordings[0]).toMatch(/^I don't want to pay the call-out fee twice\b/);
    expect(wordings.join(" ")).not.toMatch(/I Doesn't|I doesn't/);
  });
});

describe("a worry about callers wanting money", () => {
  const promising = (rule: string): Scenario => ({ ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, extraSections: [{ title: "Rules", body: rule }] } });
  it("en: is met by the document's promise not to ask for payment; with no such promise, no reassurance is made up", () => {
    const en = packFor("en");
    const worry = "Should I be worried about strangers phoning for money?";
    expect(reassurance(promising("If they suspect a scam, say we will not ask for any payment over the phone."), worry, en)).toBe(en.caller.scamReassure);
    expect(reassurance(promising("Be friendly."), worry, en)).toBeNull();
  });
  it("zh: a promise never to take payment on the phone backs it too", () => {
    const zh = packFor("zh");
    const scenario: Scenario = { ...ZH, caller: { ...ZH.caller, extraSections: [{ title: "规则", body: "顾客怀疑诈骗：说明我们绝不在电话里让顾客转账。" }] } };
    expect(reassurance(scenario, "老打电话来要钱的，是不是骗子？", zh)).toBe(zh.caller.scamReassure);
  });
});

describe("a pick the script recaps later", () => {
  const steps = [
    { index: 1, title: "Confirm identity", lines: ["Hi, is this Sam Taylor?"] },
    { index: 2, title: "Choice", lines: ["Would you like the renewal terms by email or as a printed letter?"] },
    { index: 3, title: "Card", lines: ["Your card stays active in the meantime."] },
    { index: 4, title: "Recap", lines: ["So that's …, and the offer goes out this week."] },
  ];
  const scenario: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, steps, opening: null } };
  it("en: is heard with a plain okay, read back once in the recap (never three times, never 'as you chose')", async () => {
    // The recap right after the pick is said in the same turn, before the answer is on record: read back there instead.
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "A printed letter, please." }, { text: "Okay." }, { text: "Okay." }, { text: "Bye." }, { text: "Bye." }]);
    const { RuleCaller } = await import("../src/seats/rule/rule-caller.js");
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const said = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(said.filter((t) => /printed letter/i.test(t))).toHaveLength(2);
    expect(said.some((t) => /So that's a printed letter/.test(t))).toBe(true);
    expect(said.join(" ")).not.toMatch(/as you chose/i);
  });
});

describe("an option in which someone else would act", () => {
  it("en: 'or should the crew dig them?' is picked as a request, not asked back", async () => {
    for (let seed = 1; seed <= 10; seed++) {
      const caller = new ScriptedSeat("caller", [
        { text: "Hi, is this Sam Taylor?" },
        { text: "Do you want to clear the gate yourself before we come, or should the crew clear it?" },
        { text: "Thanks, bye.", end: { condition: 1, reason: "done", hangUp: true } },
      ]);
      const record = await runCall({ scenario: TINY_SCENARIO, seed, caller, callee: createRuleCallee() });
      expect(record.turns[3]?.text ?? "").not.toMatch(/^should\b/i);
    }
  });
});

describe("a recap said in the turn right after the pick", () => {
  it("en: fills its blank with the answer just given (not yet on record), heard with a plain okay", async () => {
    const steps = [
      { index: 1, title: "Confirm identity", lines: ["Hi, is this Sam Taylor?"] },
      { index: 2, title: "Choice", lines: ["Would you like the renewal terms by email or as a printed letter?"] },
      { index: 3, title: "Recap", lines: ["So that's …, and the offer goes out this week."] },
    ];
    const scenario: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, steps, opening: null } };
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "A printed letter, please." }, { text: "Okay." }, { text: "Bye." }]);
    const { RuleCaller } = await import("../src/seats/rule/rule-caller.js");
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const recap = record.turns[4]?.text ?? "";
    expect(recap).toMatch(/So that's a printed letter, and the offer goes out this week\./);
    expect(recap.match(/printed letter/g)).toHaveLength(1);
  });
});
