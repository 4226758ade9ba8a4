// Rule seats, general causes found on opened material: a recap's named slots filled from the answers of the steps
// that name them; a reference checked whole when it is short; the value a persona says last after taking one back;
// a span of days offering any day in it; a step sentence already said is not said again after the yes; a verification
// request that only step 1 holds is asked after the yes when the opening is built from step 1.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { callerView } from "../src/call/seat-views.js";
import { runCall } from "../src/call/index.js";
import { createSeat } from "../src/seats/create-seat.js";
import { callerPlan, stepAsk } from "../src/seats/rule/caller-plan.js";
import { filledBlanks } from "../src/seats/rule/claim-guard.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData, statedFits } from "../src/seats/rule/identity-data.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const en = packFor("en");
const zh = packFor("zh");

const RECAP: Scenario = {
  ...TINY_SCENARIO,
  caller: {
    ...TINY_SCENARIO.caller,
    steps: [
      { index: 1, title: "Confirm identity", lines: ["Hi, is this Sam Taylor?"] },
      { index: 2, title: "Payment method (choice)", lines: ["Would you like to pay by card, or by bank transfer?"] },
      { index: 3, title: "Visit slot (choice)", lines: ["Shall we come at 10 am, or at 2 pm?"] },
      { index: 4, title: "Recap", lines: ["So: the visit [slot], paying [method]."] },
    ],
  },
};

const outcomeWith = (answers: Outcome["stepAnswers"]): Outcome => ({ identityConfirmed: true, stepsDelivered: [1, 2, 3], stepAnswers: answers, questions: [], complaints: [], suggestions: [], followUp: null, guard: [] });

describe("a recap's named slots", () => {
  const plan = callerPlan(callerView(RECAP));
  const line = "So: the visit [slot], paying [method].";

  it("are filled with the answer of the step whose title names them, whatever the order", () => {
    const outcome = outcomeWith([
      { step: 2, answer: "By bank transfer.", turn: 3 },
      { step: 3, answer: "At 2 pm.", turn: 5 },
    ]);
    expect(filledBlanks(plan, outcome, line)).toBe("So: the visit at 2 pm, paying by bank transfer.");
  });

  it("stay marks (the sentence is not said) when no answer was given", () => {
    expect(filledBlanks(plan, outcomeWith([]), line)).toBe(line);
  });
});

describe("a recap's one blank and a rating asked without a question mark (zh)", () => {
  const ZH: Scenario = {
    ...RECAP,
    language: "zh",
    caller: {
      ...RECAP.caller,
      steps: [
        { index: 1, title: "核对身份", lines: ["请问是王先生吗？"] },
        { index: 2, title: "方案", lines: ["您看是上门维修，还是寄回检测？"] },
        { index: 3, title: "时间", lines: ["可以约周三或者周四，您看哪天方便？"] },
        { index: 4, title: "总结", lines: ["好的，我再对一下：……今天就这些。"] },
      ],
    },
  };

  it("holds every answer still unsaid, and the words written right after it start a new clause", () => {
    const outcome = outcomeWith([
      { step: 2, answer: "上门维修。", turn: 3 },
      { step: 3, answer: "周四。", turn: 5 },
    ]);
    expect(filledBlanks(callerPlan(callerView(ZH)), outcome, "好的，我再对一下：……今天就这些。")).toBe("好的，我再对一下：上门维修，周四，今天就这些。");
  });

  it("'给师傅打个分吧，1到5分' waits for a rating", () => {
    expect(stepAsk("那天上门的是李师傅，您给他这次服务打个分吧，1到5分，5分最满意。", zh).kind).toBe("rating");
  });
});

describe("verification data", () => {
  it("'ticket number' and 'unit number' are asked as a reference; a short one checks whole", () => {
    const asked = askedData("Could you just read me the unit number on your receipt?", en);
    expect(asked?.kind.name).toBe("reference");
    if (asked === null) return;
    expect(checkData(asked, "Sure, B-204.", ["Unit number: B-204, ground floor"], en)).toBe("confirmed");
    expect(checkData(asked, "Sure, B-240.", ["Unit number: B-204, ground floor"], en)).toBe("failed");
    expect(askedData("麻烦您报一下工单号。", zh)?.kind.name).toBe("reference");
  });

  it("the persona's value is the one it says last after taking one back", () => {
    const asked = askedData("Could you read me the ticket number?", en);
    if (asked === null) throw new Error("not read as a request for data");
    expect(statedFits(asked, ['Reads the ticket number wrong at first ("KT-5521… no, 5512").'], en.document.selfCorrection)[0]?.value).toBe("5512");
    expect(statedFits(asked, ['Reads the ticket number wrong at first ("KT-5521… no, 5512").'])[0]?.value).toBe("KT-5521");
  });
});

describe("a span of days", () => {
  it("is open hours, not a list of times", () => {
    expect(en.document.daySpan.test("We're open Tuesday to Saturday 9 to 6.")).toBe(true);
    expect(en.document.daySpan.test("Tuesday at 3 or Friday at 6?")).toBe(false);
    expect(zh.document.daySpan.test("我们周二到周六营业。")).toBe(true);
    expect(zh.document.daySpan.test("周二或者周五？")).toBe(false);
  });
});

describe("after the yes", () => {
  it("step 1's identity question is not asked again, and its request for data is", async () => {
    const scenario: Scenario = {
      ...TINY_SCENARIO,
      caller: {
        ...TINY_SCENARIO.caller,
        opening: null,
        customerProfile: ["Name: Sam Taylor", "Member number: 77120"],
        steps: [
          { index: 1, title: "Check identity", lines: ["Hi, am I speaking with Sam Taylor? Thanks. Could you read me your member number?"] },
          { index: 2, title: "State the purpose", lines: ["I'm calling about renewing your membership."] },
        ],
      },
    };
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "It's 77120." }, { text: "Okay, bye.", end: { condition: null, reason: "done", hangUp: true } }], "rule");
    const call = await runCall({ scenario, caller: createSeat("caller", "rule"), callee, seed: 1, maxTurns: 6 });
    const caller = call.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(caller[0]).toContain("am I speaking with Sam Taylor?");
    expect(caller[1]).toBe("Could you read me your member number?");
    expect(caller.slice(1).some((text) => text.includes("am I speaking"))).toBe(false);
  });
});
