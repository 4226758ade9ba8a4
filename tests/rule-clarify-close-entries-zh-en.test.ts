// Two knowledge-base entries equally close to a question: the rule caller asks which one is meant (the entries'
// own questions in the pack's frame), gives the picked entry, and says honestly when neither was meant; the rule
// customer picks the option nearer its own question. Invented documents, one per language.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { packFor } from "../src/lang/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { offeredOptions, ownPick } from "../src/seats/rule/clarify.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const EN_KB = [
  { question: "How much does it cost to pause my locker rental?", answer: "Pausing the locker costs $2 a month." },
  { question: "How much does it cost to end my locker rental?", answer: "Ending it is free once the key is returned." },
  { question: "When is the front desk staffed?", answer: "From 7 am to 9 pm on weekdays." },
];
const EN: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, knowledgeBase: EN_KB } };

const ZH: Scenario = {
  ...TINY_SCENARIO,
  language: "zh",
  caller: {
    ...TINY_SCENARIO.caller,
    name: "林晓",
    organization: "青禾书院",
    customerProfile: ["姓名：周岚"],
    steps: [
      { index: 1, title: "确认身份", lines: ["您好，请问是周岚女士吗？"] },
      { index: 2, title: "说明来意", lines: ["这次打电话是想跟您说一下阅览卡续期的事。"] },
    ],
    knowledgeBase: [
      { question: "阅览卡挂失要收费吗？", answer: "挂失收费，补卡要带身份证。" },
      { question: "阅览卡注销要收费吗？", answer: "注销收费，需本人到馆办理。" },
      { question: "周末几点闭馆？", answer: "周末晚上闭馆较早。" },
    ],
    opening: "您好，请问是周岚女士吗？我是青禾书院的林晓。",
    closingLines: ["好的，那不打扰您了，再见。"],
  },
  callee: { ...TINY_SCENARIO.callee, name: "周岚" },
  facts: [],
};

async function call(scenario: Scenario, lines: string[]): Promise<Awaited<ReturnType<typeof runCall>>> {
  const turns = lines.map((text) => ({ text }));
  const callee = new ScriptedSeat("callee", [...turns, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
  return runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
}

describe("the rule caller asks which of two close entries is meant", () => {
  it("en: offers both entries' questions, then gives the one picked", async () => {
    const record = await call(EN, ["Yes, speaking.", "So what are the fees on my locker rental?", "I mean ending it."]);
    const ask = record.turns[4];
    expect(ask?.speaker).toBe("caller");
    expect(ask?.kb ?? []).toEqual([]);
    expect(offeredOptions(ask?.text ?? "", packFor("en"))).toEqual(["how much does it cost to pause my locker rental", "how much does it cost to end my locker rental"]);
    const answer = record.turns[6];
    expect(answer?.kb).toEqual([1]);
    expect(answer?.text).toContain("Ending it is free");
    expect(record.outcome.questions).toEqual([expect.objectContaining({ text: "So what are the fees on my locker rental?", kb: 1, answered: true })]);
  });

  it("en: 'the first one' picks by place; 'neither' gets an honest put-off and no entry", async () => {
    const first = await call(EN, ["Yes, speaking.", "So what are the fees on my locker rental?", "The first one."]);
    expect(first.turns[6]?.kb).toEqual([0]);
    const neither = await call(EN, ["Yes, speaking.", "So what are the fees on my locker rental?", "Neither, actually."]);
    expect(neither.turns[6]?.kb ?? []).toEqual([]);
    expect(neither.outcome.questions).toEqual([expect.objectContaining({ kb: null, answered: false })]);
  });

  it("zh: offers both, then gives the one the customer names", async () => {
    const record = await call(ZH, ["是我，你说。", "那这个卡的费用怎么算？", "我是问注销的。"]);
    const ask = record.turns[4]?.text ?? "";
    expect(offeredOptions(ask, packFor("zh"))).toEqual(["阅览卡挂失要收费吗", "阅览卡注销要收费吗"]);
    expect(record.turns[6]?.kb).toEqual([1]);
    expect(record.turns[6]?.text).toContain("需本人到馆办理");
  });

  it("asks once per question: the same question again is not clarified twice", async () => {
    const record = await call(EN, ["Yes, speaking.", "So what are the fees on my locker rental?", "Hmm.", "So what are the fees on my locker rental?"]);
    const asks = record.turns.filter((t) => t.speaker === "caller" && offeredOptions(t.text, packFor("en")) !== null);
    expect(asks).toHaveLength(1);
  });
});

describe("the rule customer answers a clarifying question from its own question", () => {
  it("picks the option nearer what it asked, in either language; neither when none is near", () => {
    const en = offeredOptions('Just so I give you the right answer: do you mean "how much does it cost to pause my locker rental", or "how much does it cost to end my locker rental"?', packFor("en"));
    expect(en).not.toBeNull();
    if (en === null) return;
    expect(ownPick(en, "What would it cost to end the rental early?")).toBe(en[1]);
    expect(ownPick(en, "Can I pause the locker rental over the summer?")).toBe(en[0]);
    expect(ownPick(en, "Is parking included?")).toBeNull();
    const zh = offeredOptions("我确认一下，您是问“阅览卡挂失要收费吗”，还是“阅览卡注销要收费吗”？", packFor("zh"));
    expect(zh).not.toBeNull();
    if (zh === null) return;
    expect(ownPick(zh, "卡丢了挂失的话要钱吗？")).toBe(zh[0]);
    expect(ownPick(zh, "停车位怎么收费？")).toBeNull();
  });
});
