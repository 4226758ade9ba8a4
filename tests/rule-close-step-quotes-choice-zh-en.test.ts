// Three general causes found on documents nobody tuned on (zh, en): a script step that only says "close with the
// closing line" closes the call with the document's closing and is never read aloud; words quoted in a caller line
// (an inscription, a label) that happen to name a kind of data ask for no verification data, of either seat; and
// "which one do you lean towards?" forms are choices the caller waits for.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan, stepAsk } from "../src/seats/rule/caller-plan.js";
import { askedData, asksForData } from "../src/seats/rule/identity-question.js";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { packFor } from "../src/lang/index.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

interface Case {
  language: Language;
  name: string;
  identity: string;
  yes: string;
  /** A step line telling the caller to close (never to be said). */
  closeStep: string;
  closing: string;
  /** The document's end conditions and the closings after the first. */
  conditions: [string, string, string];
  others: [string, string];
  /** A caller line quoting words that contain a data word, and a line that does ask for that data. */
  quoting: string;
  asking: string;
  /** A question that asks to pick one of the options before it. */
  lean: string;
}

const CASES: Case[] = [
  {
    language: "en",
    name: "Sam Taylor",
    identity: "Hi, is this Sam Taylor?",
    yes: "Yes, speaking.",
    closeStep: "Use the closing line that matches how the call ended (see the end conditions).",
    closing: "Thanks for your time, Sam, have a great week!",
    conditions: ["Everything is confirmed.", "The member is busy and asks for it by email.", "Someone else answers; leave a callback request only."],
    others: ["Understood, I'll email you the details today. Bye for now.", "Could you ask Sam Taylor to call Northside Fitness back? Thank you."],
    quoting: "The banner will read 'Happy birthday to our best member ever', is that right?",
    asking: "Could you confirm your date of birth?",
    lean: "Option A is the annual plan; option B is monthly. Which one would you prefer?",
  },
  {
    language: "zh",
    name: "陈宇",
    identity: "您好，请问是陈宇陈先生吗？",
    yes: "对，我就是。",
    closeStep: "按结束语收尾。",
    closing: "好的陈先生，今天就先这样，祝您生活愉快，再见！",
    conditions: ["都确认好了。", "客户在忙，要求发短信。", "他人接听：只请其转告回电。"],
    others: ["好的，我把详情短信发给您，不打扰了，再见。", "麻烦您转告陈宇回个电话，谢谢，再见。"],
    quoting: "横幅上写的是'祝陈宇会员生日快乐'，这几个字没问题吧？",
    asking: "麻烦您报一下您的出生日期？",
    lean: "A，年卡；B，月卡。您看您倾向哪一种？",
  },
];

function scenarioFor(c: Case): Scenario {
  const { caller } = TINY_SCENARIO;
  return {
    ...TINY_SCENARIO,
    language: c.language,
    caller: {
      ...caller,
      opening: null,
      steps: [
        { index: 1, title: "1", lines: [c.identity] },
        { index: 2, title: "2", lines: [c.quoting] },
        { index: 3, title: "3", lines: [c.closeStep] },
      ],
      endConditions: c.conditions,
      closingLines: [c.closing, ...c.others],
    },
    callee: { ...TINY_SCENARIO.callee, name: c.name },
  };
}

describe.each(CASES)("documents nobody tuned on ($language)", (c) => {
  const pack = packFor(c.language);

  it("a step that only says to close is a close step with nothing to say", () => {
    const plan = callerPlan(callerView(scenarioFor(c)));
    expect([...plan.closeSteps]).toEqual([3]);
    expect(plan.stepLines[2]).toBe("");
  });

  it("the caller closes there with the document's closing, never reading the instruction", async () => {
    const callee = new ScriptedSeat("callee", [{ text: c.yes }, { text: c.yes }, { text: c.yes }]);
    const call = await runCall({ scenario: scenarioFor(c), caller: new RuleCaller(), callee, seed: 1 });
    const said = call.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(said.join(" ")).not.toContain(c.closeStep.replace(/[。.]$/u, ""));
    expect(said.at(-1)).toContain(c.closing);
    expect(call.turns.at(-1)?.speaker).toBe("caller");
  });

  it("a quoted mention of a data word asks for no data; asking for it still does", () => {
    expect(asksForData(c.quoting, pack)).toBe(false);
    expect(askedData(c.quoting, pack)).toBeNull();
    expect(asksForData(c.asking, pack)).toBe(true);
    expect(askedData(c.asking, pack)?.kind.name).toBe("birthDate");
  });

  it("the rule caller waits for no data after a quoted mention (the yes lets it go on)", async () => {
    const callee = new ScriptedSeat("callee", [{ text: c.yes }, { text: c.yes }, { text: c.yes }]);
    const call = await runCall({ scenario: scenarioFor(c), caller: new RuleCaller(), callee, seed: 2 });
    const said = call.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(said.some((text) => asksForData(text, pack))).toBe(false);
    expect(said.at(-1)).toContain(c.closing);
  });

  it("'which one do you lean towards?' is a choice the caller waits for", () => {
    expect(stepAsk(c.lean, pack).kind).toBe("choice");
  });
});
