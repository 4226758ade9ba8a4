// Three readings of the shared understanding: a sentence of the brief that tells the caller what not to say is a
// rule, ranked but never given (a question it matches best gets no answer); a question the document's own words
// find nothing clear for is read once more with the pack's everyday synonyms; a phone number read out in groups
// is a contact. Lines and documents written for this test, in no document's words.
import { describe, expect, it } from "vitest";
import { AnswerRanker, RANK } from "../src/seats/rule/answer-rank.js";
import { answerSource } from "../src/seats/rule/answer-source.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { callerView } from "../src/call/seat-views.js";
import { contactOf } from "../src/seats/rule/cues.js";
import { readActs } from "../src/seats/rule/acts.js";
import { packFor } from "../src/lang/index.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";
import { en, zh } from "./fixtures/acts-readers.js";

const EN = packFor("en");
const ZH = packFor("zh");

describe("rules of the call", () => {
  it("tells a directive of the brief from a fact, in both packs", () => {
    for (const rule of ["Never promise a delivery date beyond the window.", "If she asks about upgrades, say it isn't part of this call.", "Do not offer the extended warranty."]) expect(EN.hearing.directive.test(rule), rule).toBe(true);
    for (const fact of ["Boiler fitted in March 2024.", "Deposit paid: £40.", "If the part arrives late, the fitter calls ahead."]) expect(EN.hearing.directive.test(fact), fact).toBe(false);
    for (const rule of ["不推销：不提会员卡。", "不能说“保证不再漏水”，只能说“会安排复查”。", "客户要投诉：记下来，告诉他主管回电。"]) expect(ZH.hearing.directive.test(rule), rule).toBe(true);
    for (const fact of ["客户姓名：李明", "订单号：A-2231，已付清", "客户特点：说话快，不喜欢寒暄"]) expect(ZH.hearing.directive.test(fact), fact).toBe(false);
  });
  it("gives no answer to a question a rule matches best, where the same sentence read as a fact would be given", () => {
    const kb = [{ question: "When does the fitter arrive?", answer: "Between 8 and 10 in the morning." }];
    const facts = ["Current plan: silver, upgraded from bronze in 2023."];
    const rule = "Do not offer the gold upgrade or any add-on.";
    const asked = "can I get the gold upgrade";
    const withRules = new AnswerRanker(EN, kb, [], facts, RANK, [rule]);
    const asFact = new AnswerRanker(EN, kb, [], [...facts, rule], RANK);
    expect(withRules.rank(asked)[0]?.candidate).toMatchObject({ kind: "fact", rule: true });
    expect(withRules.choose(asked)).toBeNull();
    expect(asFact.choose(asked)?.candidate).toEqual({ kind: "fact", text: rule });
  });
});

describe("a second reading with everyday synonyms", () => {
  const scenario: Scenario = {
    ...TINY_SCENARIO,
    language: "en",
    caller: {
      ...TINY_SCENARIO.caller,
      knowledgeBase: [
        { question: "Is the work covered by a warranty?", answer: "Yes, twelve months on parts and labour." },
        { question: "Where do we meet on the day?", answer: "At the north gate car park, twenty minutes before the start." },
      ],
    },
  };
  const plan = callerPlan(callerView(scenario));
  it("finds the entry a synonym names when no word of the document is shared, and not without the second reading", () => {
    // The first reading without the lexicon, so that only the second one can bridge the words.
    expect(answerSource(plan, "is that guaranteed", {}, { ...RANK, lexicon: 0, fallbackLexicon: 0.25 })).toMatchObject({ kind: "kb", index: 0 });
    expect(answerSource(plan, "is that guaranteed", {}, { ...RANK, lexicon: 0, fallbackLexicon: 0 })).toEqual({ kind: "none" });
  });
});

describe("contacts read out in groups", () => {
  it("hears a grouped phone number as a contact, and no date, price or short code", () => {
    for (const line of ["ring my wife instead, 07700 900123", "打我手机吧 139 1234 5678", "my mobile's 0412 555 019"]) expect(contactOf(line), line).not.toBeNull();
    for (const line of ["the 14th at 10 30", "it was 2026 12 05 I think", "about 1 250 pounds", "code 4417"]) expect(contactOf(line), line).toBeNull();
    expect(en("ring my wife instead, 07700 900123")).toBe("gives-contact");
  });
});

describe("declining the thing just asked for", () => {
  it("hears a reply negating the request's own word as a refusal, and an apology or 'no problem' as none", () => {
    const rate = "On a scale of 1 to 10, how would you rate the fitting?";
    expect(en("I don't do ratings, sorry", rate, "rating")).toBe("refuse");
    expect(en("No problem, an eight", rate, "rating")).not.toBe("refuse");
    const score = "最后请您给这次保洁打个分，1到5分？";
    expect(zh("不打了 没空", score, "rating")).toBe("refuse");
    expect(zh("没问题 打五分", score, "rating")).not.toBe("refuse");
    const slots = "可以约周二或者周四上门，您看哪天好？";
    expect(zh("不好意思 周四吧", slots, "time")).not.toBe("refuse");
    expect(zh("那就不约了 我自己弄", slots, "time")).toBe("refuse");
  });
});

describe("who is calling, and not hearing", () => {
  it("hears a name echoed back in doubt and a bare 'which company' as asking who calls, and 听不太清 as not hearing", () => {
    expect(zh("顺达 哪个顺达啊 没听说过")).toBe("asks-who");
    expect(zh("嘉禾 嘉什么 你再说下")).toBe("asks-who");
    expect(zh("嗯 好的 你说吧")).not.toBe("asks-who");
    expect(en("Sorry, which firm was that?")).toBe("asks-who");
    expect(en("Before anything, can I ask who you are")).toBe("asks-who");
    expect(zh("车太多了 听不太清 你说什么")).toBe("cant-hear");
  });
});

describe("a question asked apart from who is calling", () => {
  it("keeps a last sentence's own question beside 'who is this?', and absorbs one asked in the same breath", () => {
    const acts = (text: string): readonly string[] => readActs(text, EN, { prev: null, customerName: "Dana Moss", awaiting: null });
    expect(acts("Who's this? And will the van block the lane?")).toContain("question");
    expect(acts("Sorry, who is this calling?")).not.toContain("question");
  });
});
