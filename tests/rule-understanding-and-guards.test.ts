// The rule seats' generic reading of text: instruction lines, cue words, end-condition classes, the persona's
// quoted speech and concern questions, and the caller's figure guard.
import { describe, expect, it } from "vitest";
import { speakableLines } from "../src/seats/rule/caller-plan.js";
import { endClassesOf, pickCondition } from "../src/seats/rule/end-classes.js";
import { readUtterance } from "../src/seats/rule/understand.js";
import { concernQuestions, quotedSpeech } from "../src/seats/rule/callee-persona.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { runCall } from "../src/call/index.js";
import { createRuleCallee } from "../src/seats/rule/index.js";
import type { Scenario } from "../src/schema/index.js";
import { packFor } from "../src/lang/index.js";

const ZH = packFor("zh");
const EN = packFor("en");
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

describe("script lines", () => {
  it("drops instructions and stage notes, keeps what is said", () => {
    expect(speakableLines(["“您说，我在听。”（用户讲述期间不打断）", "如客户否认：立即停止讲解", "如果您实在抽不出时间，我们可以上门。"], ZH))
      .toEqual(["“您说，我在听。”", "如果您实在抽不出时间，我们可以上门。"]);
    expect(speakableLines(["If the customer objects: stay calm.", "Thanks for taking my call today."], EN)).toEqual(["Thanks for taking my call today."]);
  });
});

describe("end-condition classes", () => {
  it("reads what a condition is about from generic cue words", () => {
    expect([...endClassesOf("非目标客户或身份不符，仅做必要确认后结束通话", ZH)]).toContain("identity");
    expect([...endClassesOf("The person answering is not the customer; leave a name and callback request only", EN)]).toContain("identity");
    expect([...endClassesOf("客户因事务紧急，要求简短收尾，但接受后续邮件推送", ZH)]).toEqual(expect.arrayContaining(["busy", "written"]));
    expect([...endClassesOf("客户已明确表示所有疑问均得到解答，无额外建议", ZH)]).toEqual(["done"]);
    expect([...endClassesOf("The customer states she will not renew or is moving to another vendor", EN)]).toContain("refuse");
  });
  it("prefers the condition that fits the situation and nothing else", () => {
    const classes = ["所有疑问均得到解答，无额外建议", "提出建议，约定推送方式", "事务紧急，要求简短收尾，接受后续邮件推送"].map((text) => endClassesOf(text, ZH));
    expect(pickCondition(classes, ["busy", "written", "done"])).toBe(2);
    expect(pickCondition(classes, ["done", "written"])).toBe(0);
    expect(pickCondition(classes, ["suggestion", "done", "written"])).toBe(1);
    expect(pickCondition(classes, ["identity"])).toBeNull();
  });
});

describe("reading a customer line", () => {
  const asked = { identityAsked: true, step: null };
  it("hears a denial of identity and nothing else", () => {
    expect(readUtterance(TINY_SCENARIO, "No, you've got the wrong number.", asked).patches).toEqual([{ kind: "identity", confirmed: false }]);
  });
  it("does not take 'no problem' for a denial", () => {
    expect(readUtterance(TINY_SCENARIO, "No problem, go ahead.", asked).identity).toBe(true);
    expect(readUtterance(TINY_SCENARIO, "Nope, wrong number.", asked).identity).toBe(false);
  });
  it("hears busy, the email channel and the address", () => {
    const reading = readUtterance(TINY_SCENARIO, "I'm busy, email me at sam@example.com", { identityAsked: false, step: 2 });
    expect(reading.cues.has("busy")).toBe(true);
    // Busy is not an answer to the step's question.
    expect(reading.patches).toEqual([{ kind: "followUp", channel: "email", contact: "sam@example.com" }]);
  });
  it("matches a paraphrased question and records complaints and suggestions", () => {
    expect(readUtterance(TINY_SCENARIO, "Could I pause my membership for a while?", { identityAsked: false, step: null }).patches)
      .toEqual([{ kind: "question", text: "Could I pause my membership for a while?", kb: 0, answered: true }]);
    expect(readUtterance(TINY_SCENARIO, "The showers were broken for weeks, terrible.", { identityAsked: false, step: null }).patches)
      .toEqual([{ kind: "complaint", text: "The showers were broken for weeks, terrible." }]);
    expect(readUtterance(TINY_SCENARIO, "You should open earlier on Sundays.", { identityAsked: false, step: null }).patches)
      .toEqual([{ kind: "suggestion", text: "You should open earlier on Sundays." }]);
  });
  it("does not treat 'go on' fillers as questions", () => {
    expect(readUtterance(TINY_SCENARIO, "Okay, what else?", { identityAsked: false, step: null }).question).toBeNull();
  });
});

describe("the persona's own words", () => {
  it("takes lines the persona says, not phrases it hears or concepts", () => {
    expect(quotedSpeech("听到“给您带来不便敬请谅解”会立刻打断：“别跟我念稿子，就说为什么。”会有“较真式杠精”追问", ZH)).toEqual(["别跟我念稿子，就说为什么。"]);
    expect(quotedSpeech('Loses patience with phrases like "best-in-class value". Says: "Send it over, I will read it."', EN)).toEqual(["Send it over, I will read it."]);
  });
  it("turns concerns into questions", () => {
    expect(concernQuestions("次要问题：能不能不分了、不分了要不要钱；提前还是不是要把所有手续费都交了", ZH)).toEqual(["能不能不分了、不分了要不要钱？", "提前还是不是要把所有手续费都交了？"]);
    expect(concernQuestions("Underlying: lock-in risk (data export); whether the vendor will keep being transparent", EN)).toEqual(["What about lock-in risk?", "Will you keep being transparent?"]);
  });
});

describe("guards", () => {
  it("the caller drops a sentence whose figure is not in the facts and records it", async () => {
    const scenario: Scenario = { ...TINY_SCENARIO, facts: TINY_SCENARIO.facts.filter((f) => f.text !== "$480" && f.text !== "20%") };
    const caller = new RuleCaller();
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay." }, { text: "Fine." }, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario, caller, callee, seed: 1 });
    const step3 = record.turns.find((t) => t.step === 3);
    expect(step3?.text).toBe("Okay.");
    expect(record.outcome.guard).toEqual([{ kind: "figure-replaced", detail: "dropped ungrounded $480, 20%", turn: step3?.index, seat: "caller" }]);
  });
  it("the callee never says a negative example, even one listed among its positives", async () => {
    const negative = TINY_SCENARIO.callee.style.negative[0] ?? "";
    const scenario: Scenario = { ...TINY_SCENARIO, callee: { ...TINY_SCENARIO.callee, style: { positive: [negative, ...TINY_SCENARIO.callee.style.positive], negative: [negative] } } };
    for (let seed = 1; seed <= 30; seed++) {
      const record = await runCall({ scenario, caller: new RuleCaller(), callee: createRuleCallee(), seed });
      expect(record.turns.filter((t) => t.speaker === "callee" && t.text === negative)).toEqual([]);
      expect(record.end.by === "caller" || record.end.by === "callee").toBe(true);
    }
  });
});

describe("closing under the figure guard", () => {
  it("replaces a closing whose figure is not grounded by a generic one, whole", async () => {
    const scenario: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, closingLines: ["Thanks for your time, Sam, see you in 3 weeks!"] } };
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Okay." }, { text: "Fine." }, { text: "Got it." }]);
    const record = await runCall({ scenario, caller: new RuleCaller(), callee, seed: 1 });
    expect(record.end).toMatchObject({ by: "caller", condition: 1 });
    expect(record.turns.at(-1)?.text).toBe("Thank you for taking my call. Goodbye.");
    expect(record.outcome.guard).toEqual([]);
  });
});

describe("an echoed word is not a question", () => {
  it("reads 'Freeze? Nah…' and '40块？我…' as reactions, keeps real questions", () => {
    const at = { identityAsked: false, step: null };
    expect(readUtterance(TINY_SCENARIO, "Freeze? Nah, it's just too far now.", at).question).toBeNull();
    expect(readUtterance(TINY_SCENARIO, "40块？我一个单子被扣了3,000", at).question).toBeNull();
    expect(readUtterance(TINY_SCENARIO, "16号？那就是又要多等两天？", at).question).not.toBeNull();
    expect(readUtterance(TINY_SCENARIO, "Why? I paid already.", at).question).not.toBeNull();
  });
});

describe("the honest 'I don't know'", () => {
  it("has a few wordings, each promising a written follow-up and stating no figure", async () => {
    const { unknownAnswer } = await import("../src/seats/rule/phrases.js");
    for (const language of ["zh", "en"] as const) {
      const all = [0, 1, 2].map((i) => unknownAnswer(packFor(language), i));
      expect(new Set(all).size).toBe(3);
      for (const text of all) expect(text).toMatch(language === "zh" ? /书面/ : /in writing/);
      for (const text of all) expect(text).not.toMatch(/\d/);
    }
  });
});

describe("reassurance the document backs", () => {
  it("answers 'is this a sales call?' only when the caller side promises no selling", async () => {
    const { reassurance } = await import("../src/seats/rule/reassure.js");
    const promising: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, task: "Explain the renewal offer. This is not a sales call." } };
    const manner: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, task: "Explain the renewal offer; he does not hard-sell." } };
    expect(reassurance(promising, "Is this a sales call?", EN)).toBe("No, this isn't a sales call. I'm only calling about your account, and I won't try to sell you anything.");
    expect(reassurance(manner, "Is this a sales call?", EN)).toBeNull();
    expect(reassurance(TINY_SCENARIO, "Is this a sales call?", EN)).toBeNull();
  });
});
