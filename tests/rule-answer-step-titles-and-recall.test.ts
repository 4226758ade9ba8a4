// The answer ranker reads a script step's title as that step's question (a step line often never names its topic),
// and a question that asks to be reminded ("remind me…", "…来着") looks to the caller's record and script before the
// knowledge base (zh, en); a script sentence offering the options it asks about is an answer about them. The ranker
// cases are checked with the feature on and off, so neither can pass by accident.
import { describe, expect, it } from "vitest";
import { AnswerRanker, RANK, type Candidate } from "../src/seats/rule/answer-rank.js";
import { answerRanker, stepCandidates } from "../src/seats/rule/answer-source.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { callerView } from "../src/call/seat-views.js";
import { packFor } from "../src/lang/index.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { runCall } from "../src/call/index.js";
import { extractFigures } from "../src/text/figures.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

interface Case {
  language: Language;
  kb: { question: string; answer: string }[];
  steps: string[];
  titles: string[];
  facts: string[];
  /** Asked about what only a step's title names; the step's number. */
  titled: { question: string; step: number };
  /** Asked to be reminded of the record; the fact that holds it. Asked plainly, the knowledge base answers. */
  recall: { question: string; fact: string; plain: string; entry: number };
}

const CASES: Case[] = [
  {
    language: "en",
    kb: [
      { question: "Can I pay by card at the door?", answer: "Yes, the technician takes cards and cash." },
      { question: "When does the contract end if I cancel now?", answer: "It ends 30 days after you give notice." },
      { question: "Do I need to move the furniture?", answer: "No, the crew moves what they need and puts it back." },
    ],
    steps: ["Hi, is this Lee Parker?", "It comes to $60 for the visit, payable on the day.", "Which morning suits you, Tuesday or Thursday?"],
    titles: ["Greeting", "Carpet cleaning price", "Book a morning"],
    facts: ["Contract ends on 2026-03-31", "Two bedrooms and a hallway"],
    titled: { question: "what's the carpet cleaning price", step: 2 },
    recall: { question: "remind me when my contract ends", fact: "Contract ends on 2026-03-31", plain: "when does my contract end if I cancel now", entry: 1 },
  },
  {
    language: "zh",
    kb: [
      { question: "可以刷卡吗？", answer: "可以，师傅上门时刷卡或付现金都行。" },
      { question: "现在退订的话合同什么时候结束？", answer: "提出退订后30天结束。" },
      { question: "家具需要我自己挪吗？", answer: "不用，师傅会挪开再放回原位。" },
    ],
    steps: ["您好，请问是李芳女士吗？", "这次上门一共60元，当天付。", "周二上午还是周四上午方便？"],
    titles: ["问候", "地毯清洗价格", "预约上午"],
    facts: ["合同到期日2026年3月31日", "两室一厅"],
    titled: { question: "地毯清洗价格是多少", step: 2 },
    recall: { question: "我那个合同是哪天到期来着", fact: "合同到期日2026年3月31日", plain: "现在退订的话合同什么时候结束", entry: 1 },
  },
];

const ranker = (c: Case, weights = RANK, titles = c.titles): AnswerRanker =>
  new AnswerRanker(packFor(c.language), c.kb, stepCandidates(c.steps, titles), c.facts, weights);
const best = (r: AnswerRanker, question: string): Candidate | undefined => r.choose(question)?.candidate;

describe.each(CASES)("answers by step title and by recall ($language)", (c) => {
  it("a step's title names what its line is about", () => {
    expect(best(ranker(c), c.titled.question)).toMatchObject({ kind: "step", step: c.titled.step });
    // Without the title, and with the kind of answer weighed alike (the step's line holds the price), nothing names the step.
    expect(best(ranker(c, { ...RANK, typeFit: 1, typeMiss: 1 }, []), c.titled.question)).not.toMatchObject({ kind: "step", step: c.titled.step });
  });
  it("a question asking to be reminded is answered from the record, a plain one from the knowledge base", () => {
    expect(best(ranker(c), c.recall.question)).toEqual({ kind: "fact", text: c.recall.fact });
    expect(best(ranker(c, { ...RANK, recall: 1, ownRecord: 1 }), c.recall.question)).not.toEqual({ kind: "fact", text: c.recall.fact });
    expect(best(ranker(c), c.recall.plain)).toEqual({ kind: "kb", index: c.recall.entry });
  });
});

describe("a script sentence that offers the options it asks about answers a question about them", () => {
  it.each([
    ["en", "Yes, speaking.", "When could someone come out to fix it?", "We can send the crew on Tuesday the 12th in the morning or Saturday the 15th after lunch, which suits you?", "Book the repair", /Tuesday the 12th/],
    ["zh", "是我，你说。", "那什么时候能来修？", "维修可以约12号周二上午，或者15号周六下午，您看哪个时间方便？", "预约维修时间", /12号周二上午/],
  ] as const)("%s", async (language, hello, question, offer, title, options) => {
    const steps = [
      { index: 1, title: "Greeting", lines: [TINY_SCENARIO.caller.steps[0]?.lines[0] ?? ""] },
      { index: 2, title: "Purpose", lines: [language === "en" ? "The leak under your sink was found and the part is ordered." : "您家水槽下面漏水的原因找到了，配件已经订好。"] },
      { index: 3, title, lines: [offer] },
    ];
    // The document's figures, as the reader finds them (the caller says only figures the document holds).
    const facts = extractFigures(offer).map((f) => ({ text: f.text, value: f.value, unit: f.unit, line: 3, source: offer }));
    const scenario: Scenario = { ...TINY_SCENARIO, language, facts, caller: { ...TINY_SCENARIO.caller, steps, knowledgeBase: TINY_SCENARIO.caller.knowledgeBase, opening: null } };
    const callee = new ScriptedSeat("callee", [{ text: hello }, { text: question }, { text: hello, end: { condition: 1, reason: "done", hangUp: true } }]);
    const call = await runCall({ scenario, caller: new RuleCaller(), callee, seed: 1 });
    const asked = call.turns.findIndex((t) => t.text === question);
    expect(call.turns[asked + 1]?.text).toMatch(options);
    expect(call.turns[asked + 1]?.text).not.toMatch(new RegExp(packFor(language).caller.unknown.map((u) => u.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")));
  });
});

describe("a noun and its verb meet ('renewal' / 'Renewing')", () => {
  it("so a question about the renewal's cost is not given an unrelated entry that merely mentions money", () => {
    const plan = callerPlan(callerView(TINY_SCENARIO));
    const found = answerRanker(plan).choose("I want to understand how much the renewal costs.");
    expect(found?.candidate).not.toEqual({ kind: "kb", index: 0 });
  });
});
