// The rule seats on things any document can hold: a template's placeholder marks ("11月××日××", "<date>") are filled
// with what the customer said or left out, never read aloud; a line the persona says when it picks up is not asked
// again mid-call; a wish or a dread among the concerns is voiced as what matters, not as a question nobody can answer.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { packFor } from "../src/lang/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { callerPlan, stepAsk } from "../src/seats/rule/caller-plan.js";
import { filledBlanks, withoutUnbackedClaims } from "../src/seats/rule/claim-guard.js";
import { persona } from "../src/seats/rule/callee-persona.js";
import { calleeView } from "../src/call/seat-views.js";
import { RuleCallee } from "../src/seats/rule/rule-callee.js";
import type { Outcome, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const ZH: Scenario = { ...TINY_SCENARIO, language: "zh" };
const outcome = (stepAnswers: Outcome["stepAnswers"]): Outcome => ({ identityConfirmed: true, stepsDelivered: [], stepAnswers, questions: [], complaints: [], suggestions: [], followUp: null, guard: [] });

describe("template blanks", () => {
  const zh = callerPlan(ZH);
  const en = callerPlan(TINY_SCENARIO);
  it("fills a date written in parts ('11月××日××') once with the time the customer gave", () => {
    const plan = { ...zh, stepAsks: zh.stepAsks.map((a, i) => (i === 1 ? { kind: "time" as const, question: null } : a)) };
    expect(filledBlanks(plan, outcome([{ step: 2, answer: "周二上午吧。", turn: 3 }]), "跟您确认一下：11月××日××，师傅上门。")).toBe("跟您确认一下：周二上午，师傅上门。");
  });
  it("drops the clause of a blank nobody filled, and keeps the rest", () => {
    expect(filledBlanks(zh, outcome([]), "跟您确认一下：11月××日××，师傅上门，大约30分钟。")).toBe("师傅上门，大约30分钟。");
    expect(filledBlanks(en, outcome([]), "So that's a visit on XX/XX. Bring your card.")).toBe("Bring your card.");
  });
  it("an ellipsis opening a sentence after a finished one leaves words out; it is no blank, and its clause is said", () => {
    expect(filledBlanks(zh, outcome([]), "您好，请问是王先生吗？……麻烦您报一下会员卡号后四位，我核对一下。")).toBe("您好，请问是王先生吗？麻烦您报一下会员卡号后四位，我核对一下。");
    expect(filledBlanks(en, outcome([]), "Hello, is that Mr Lane? ... Could you read me the last four digits of your card, please?")).toBe("Hello, is that Mr Lane? Could you read me the last four digits of your card, please?");
    // A blank that opens a sentence and holds a value is still a blank.
    expect(filledBlanks(zh, outcome([]), "好的。……，师傅上门。")).toBe("好的。师傅上门。");
  });
  it("never reads a named slot aloud ('<date>', '{{time}}', an empty bracket)", () => {
    for (const slot of ["<date>", "{{time}}", "[interview day, date and time from the chosen slot]", "（ ）"]) {
      expect(withoutUnbackedClaims(en, outcome([]), `You're booked for ${slot}. See you then.`)).toBe("See you then.");
    }
  });
});

describe("the persona's pick-up lines", () => {
  const guarded: Scenario = {
    ...TINY_SCENARIO,
    callee: { ...TINY_SCENARIO.callee, behaviours: ['Opens a bit guarded: "Yes... who\'s asking?"', ...TINY_SCENARIO.callee.behaviours] },
  };
  it("are openers, never asked again in the middle of the call", async () => {
    expect(persona(calleeView(guarded)).lines.find((l) => l.text.startsWith("Yes..."))?.opener).toBe(true);
    for (let seed = 1; seed <= 20; seed++) {
      const record = await runCall({ scenario: guarded, seed, caller: new RuleCaller(), callee: new RuleCallee() });
      const later = record.turns.filter((t) => t.speaker === "callee" && t.index > 1 && t.text.includes("who's asking"));
      expect(later).toEqual([]);
    }
  });
  it("'who's asking?' gets who is calling, not an 'I don't know'", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Yes... who's asking?" }, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario: TINY_SCENARIO, seed: 1, caller: new RuleCaller(), callee });
    const reply = record.turns[4]?.text ?? "";
    expect(reply).toContain("Dana Reyes");
    expect(packFor("en").caller.unknown.some((u) => reply.includes(u))).toBe(false);
  });
});

describe("concerns", () => {
  it("a wish or a dread is said as what matters; a real question stays a question", () => {
    const g = packFor("en").grammar;
    expect(g.concernQuestions("Main: not having to drive.")[0]?.[0]).toBe("The main thing for me is not having to drive.");
    expect(g.concernQuestions("Secondary: being pestered for more.")[0]?.[0]).toBe("My worry is being pestered for more.");
    expect(g.concernQuestions("Secondary: whether the membership can be frozen in summer")[0]?.[0]).toBe("Can the membership be frozen in summer?");
    // A dread written as a clause is voiced, never asked ("And worried I'll …, where do we stand on that?").
    expect(g.concernQuestions("Underneath: worried she'll lose her place on the team.")[0]?.slice(0, 2)).toEqual(["I'm a bit worried I'll lose my place on the team.", "Honestly, I worry I'll lose my place on the team."]);
    expect(g.concernQuestions("Underneath: worried she'll lose her place on the team.")[0]).toContain("What if I lose my place?");
    expect(g.concernQuestions("Underneath: worried about the side effects.")[0]?.[0]).toBe("Should I be worried about the side effects?");
  });
});

describe("the opening before identity is known", () => {
  const opening = "Hi, this is Dana from Northside Fitness. I'm calling with some good news for members. Is this Sam Taylor?";
  const scenario: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, opening } };
  it("says who is calling and whom it wants; the matter waits for the customer", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    expect(record.turns[0]?.text).toBe("Hi, this is Dana from Northside Fitness. Is this Sam Taylor?");
    expect(record.turns[2]?.text.startsWith("I'm calling with some good news for members. ")).toBe(true);
  });
  it("a relative never hears it", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "He's not in, I'm his wife." }, { text: "Okay.", end: { condition: 3, reason: "relative", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const caller = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text).join(" ");
    expect(caller).not.toContain("good news");
  });
  // Since stop 25 a document whose endings allow someone else answering gets the who-answered question first
  // (nothing of the matter before the yes); the opening's introduction is still said whole.
  it("an opening that asks for nobody keeps its introduction and asks who answered before the matter", async () => {
    const plain: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, opening: "Hi, this is Dana from Northside Fitness. I'm calling about your renewal.", steps: TINY_SCENARIO.caller.steps.slice(1) } };
    const callee = new ScriptedSeat("callee", [{ text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario: plain, seed: 1, caller: new RuleCaller(), callee });
    expect(record.turns[0]?.text).toBe("Hi, this is Dana from Northside Fitness. Am I speaking with Sam Taylor?");
  });
});

describe("a concern written about the persona", () => {
  it("is asked in its own voice ('要不要她自己寄回去' → '要不要我自己寄回去')", () => {
    expect(packFor("zh").grammar.concernQuestions("次要：坏机器要不要她自己寄回去")[0]?.[0]).toBe("坏机器要不要我自己寄回去？");
  });
});

describe("a customer whose question went unanswered", () => {
  it("never closes as if all were settled; the caller's wrap-up does not end the call", async () => {
    // The caller confirms, then puts off whatever is asked, then asks for any other questions.
    const putOff = (n: number) => ({ text: n % 2 === 0 ? "Sorry, no idea, honestly." : "Any other questions?" });
    let settledEndings = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const turns = [{ text: "Hi, is this Sam Taylor?" }, ...Array.from({ length: 11 }, (_, i) => putOff(i)), { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }];
      const record = await runCall({ scenario: TINY_SCENARIO, seed, caller: new ScriptedSeat("caller", turns), callee: new RuleCallee(), maxTurns: 40 });
      const asked = record.turns.some((t) => t.speaker === "callee" && t.index > 1 && /\?$/.test(t.text));
      if (asked && record.end.by === "callee" && record.end.condition === 1) settledEndings++;
    }
    expect(settledEndings).toBe(0);
  });
});

describe("an offer and the question about it", () => {
  const offer = "I have Tuesday (8 am to noon), Thursday afternoon, or Saturday morning, which is $35 extra. Which works best?";
  it("the caller's re-ask carries the offer when the asking sentence alone names no option", () => {
    expect(stepAsk(offer, packFor("en"))).toEqual({ kind: "choice", question: offer });
  });
  it("the customer picks an option of the offer: no bracketed note, no clause about an option", async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const caller = new ScriptedSeat("caller", [{ text: "Hi, is this Sam Taylor?" }, { text: offer }, { text: "Thanks, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
      const record = await runCall({ scenario: TINY_SCENARIO, seed, caller, callee: new RuleCallee() });
      // Someone else on the phone (a wrong number, a relative) chooses nothing.
      if (!/speaking|that's me|this is sam/i.test(record.turns[1]?.text ?? "")) continue;
      const pick = record.turns[3]?.text ?? "";
      expect(pick).not.toMatch(/[()]|which is/);
      expect(pick).toMatch(/Tuesday|Thursday|Saturday|first|option/);
    }
  });
  it("a verification request said again before another question is not answered again", async () => {
    const line = "For security, could you confirm your date of birth? Now, would you like Tuesday or Thursday?";
    for (let seed = 1; seed <= 20; seed++) {
      const caller = new ScriptedSeat("caller", [{ text: "Hi, is this Sam Taylor?" }, { text: line }, { text: "Thanks, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
      const record = await runCall({ scenario: TINY_SCENARIO, seed, caller, callee: new RuleCallee() });
      expect(record.turns[3]?.text ?? "").not.toMatch(/\d{4}/);
    }
  });
});

describe("a concern's weight written before it", () => {
  it("is not said ('次要是以后会不会再漏' → '以后会不会再漏？')", () => {
    expect(packFor("zh").grammar.concernQuestions("次要是以后会不会再漏")[0]?.[0]).toBe("以后会不会再漏？");
    expect(packFor("zh").grammar.concernQuestions("最担心的是费用会不会涨")[0]?.[0]).toBe("费用会不会涨？");
    expect(packFor("zh").grammar.concernQuestions("首要是押金能不能全退")[0]?.[0]).toBe("押金能不能全退？");
    expect(packFor("zh").grammar.concernQuestions("潜在的是会不会再涨价")[0]?.[0]).toBe("会不会再涨价？");
  });
});

describe("an opening that does not ask for the customer", () => {
  const scenario: Scenario = {
    ...TINY_SCENARIO,
    caller: {
      ...TINY_SCENARIO.caller,
      opening: "Good evening, this is Dana from Northside Fitness, calling about your plan. Your membership ends on 2025-09-30, so I'm calling about renewing. Got a minute?",
      steps: [{ index: 1, title: "Confirm identity", lines: ["Hi, is this Sam Taylor?"] }, ...TINY_SCENARIO.caller.steps.slice(1)],
    },
  };
  it("asks the script's identity question in the first turn, and not again after the yes", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay." }, { text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    expect(record.turns[0]?.text).toBe("Good evening, this is Dana from Northside Fitness. Hi, is this Sam Taylor?");
    const caller = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(caller.filter((t) => t.includes("is this Sam Taylor")).length).toBe(1);
  });
  it("a held sentence a later step says is said by that step, once, in its place", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay." }, { text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const renewing = record.turns.filter((t) => t.speaker === "caller" && t.text.includes("so I'm calling about renewing"));
    expect(renewing.map((t) => t.step)).toEqual([2]);
  });
});

describe("a line that reads as a question but asks nothing", () => {
  const scenario: Scenario = {
    ...TINY_SCENARIO,
    caller: { ...TINY_SCENARIO.caller, steps: [...TINY_SCENARIO.caller.steps, { index: 4, title: "Offer the choice", lines: ["Would you like the yearly plan or the monthly plan?"] }, { index: 5, title: "Close", lines: ["Thanks, I'll send the details today."] }] },
  };
  const unknown = (text: string): boolean => packFor("en").caller.unknown.some((u) => text.includes(u));
  it("an offered option named with a rising tone is the choice, read back, not put off", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay." }, { text: "Okay." }, { text: "The monthly plan, please?" }, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const reply = record.turns[8];
    expect(unknown(reply?.text ?? "")).toBe(false);
    expect(reply?.step).toBe(5);
    expect(record.outcome.stepAnswers.some((a) => a.step === 4)).toBe(true);
  });
  it("'What else?' gets the next point", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Fine. What else?" }, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    expect(unknown(record.turns[4]?.text ?? "")).toBe(false);
    expect(record.turns[4]?.step).toBe(3);
  });
});

describe("a worry the customer voices", () => {
  it.each([
    ["en", "Honestly, I worry I'll lose my place on the team.", "Hi, is this Sam Taylor?", "Yes, speaking."],
    ["zh", "说实话，我挺担心到时候又白跑一趟。", "请问是陈宇先生吗？", "是我。"],
  ] as const)("is heard before the script goes on (%s)", async (language, worry, hello, yes) => {
    const scenario: Scenario = { ...TINY_SCENARIO, language, caller: { ...TINY_SCENARIO.caller, opening: hello } };
    const callee = new ScriptedSeat("callee", [{ text: yes }, { text: worry }, { text: yes, end: { condition: 1, reason: "done", hangUp: true } }]);
    const call = await runCall({ scenario, caller: new RuleCaller(), callee, seed: 1 });
    const reply = call.turns[call.turns.findIndex((t) => t.text === worry) + 1]?.text ?? "";
    expect(reply.startsWith(packFor(language).caller.acknowledge.worry)).toBe(true);
  });
});
