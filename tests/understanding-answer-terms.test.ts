// The answer ranker's newer evidence, each checked with its weight on and off so none passes by accident: a figure
// the customer remembers roughly meets the document's exact one; a question about the customer's own record looks to
// the profile facts; spoken numbers become digits before matching (zh, en); and every word of the everyday-word
// lexicon is found by its own idea's pattern, inflected where the language inflects.
import { describe, expect, it } from "vitest";
import { AnswerRanker, RANK, type Candidate } from "../src/seats/rule/answer-rank.js";
import { stepCandidates } from "../src/seats/rule/answer-source.js";
import { lexiconConcepts } from "../src/seats/rule/lexicon-concepts.js";
import { normalQuery } from "../src/seats/rule/query-normal.js";
import { packFor, type LexiconConcept } from "../src/lang/index.js";
import type { Language } from "../src/schema/index.js";

interface Case {
  language: Language;
  kb: { question: string; answer: string }[];
  facts: string[];
  /** A sum recalled roughly, and the fact stating it exactly. */
  rough: { question: string; fact: string };
  /** A question about the customer's own record, and the fact that holds it. */
  own: { question: string; fact: string };
}

const CASES: Case[] = [
  {
    language: "en",
    kb: [
      { question: "Is there a fee to reschedule?", answer: "No, moving the date is free once." },
      { question: "When does the crew come?", answer: "Between 8 and 9 in the morning." },
    ],
    facts: ["Quote accepted: £1,140 including tax", "Last visit on 3 March by the crew"],
    rough: { question: "was it eleven hundred and something", fact: "Quote accepted: £1,140 including tax" },
    own: { question: "when did the crew last come out again", fact: "Last visit on 3 March by the crew" },
  },
  {
    language: "zh",
    kb: [
      { question: "改期要收费吗？", answer: "改一次期不收费。" },
      { question: "师傅哪天上门？", answer: "上午8点到9点之间到。" },
    ],
    facts: ["总价 2460 元", "上次师傅上门：3 月 3 日"],
    rough: { question: "两千四还是两千五", fact: "总价 2460 元" },
    own: { question: "上次师傅上门是哪天来着", fact: "上次师傅上门：3 月 3 日" },
  },
];

const best = (c: Case, question: string, weights = RANK): Candidate | undefined =>
  new AnswerRanker(packFor(c.language), c.kb, stepCandidates([]), c.facts, weights).choose(question)?.candidate;

describe.each(CASES)("answer evidence ($language)", (c) => {
  it("a figure remembered roughly finds the fact with the exact one", () => {
    expect(best(c, c.rough.question)).toEqual({ kind: "fact", text: c.rough.fact });
    expect(best(c, c.rough.question, { ...RANK, nearFigure: 0 })).not.toEqual({ kind: "fact", text: c.rough.fact });
  });
  it("a question about the customer's own record is answered from the profile, not the knowledge base", () => {
    expect(best(c, c.own.question)).toEqual({ kind: "fact", text: c.own.fact });
    expect(best(c, c.own.question, { ...RANK, ownRecord: 1, recall: 1 })).not.toEqual({ kind: "fact", text: c.own.fact });
  });
});

describe("spoken numbers are read as digits before matching", () => {
  it.each([
    ["en", "eleven hundred and something", "1100 and something"],
    ["en", "he's eighty eight, the twentieth", "he's 88, the 20"],
    ["en", "that one I missed, a second", "that one I missed, a second"],
    ["zh", "用三升的够不够", "用3升的够不够"],
    ["zh", "就一个人", "就一个人"],
  ] as const)("%s: %s", (language, text, normal) => {
    expect(normalQuery(text, packFor(language))).toBe(normal);
  });
});

describe.each(["en", "zh"] as const)("the everyday-word lexicon (%s)", (language) => {
  const pack = packFor(language);
  const patterns = new Map(lexiconConcepts(pack));
  it("finds every entry by its own idea's pattern", () => {
    const missed = (Object.entries(pack.hearing.lexicon.groups) as [LexiconConcept, readonly string[]][]).flatMap(([id, words]) => words.filter((word) => patterns.get(`lex.${id}`)?.test(word.toLowerCase()) !== true).map((word) => `${id}: ${word}`));
    expect(missed).toEqual([]);
  });
});

describe("lexicon words are found inflected (en) and inside longer words (zh)", () => {
  it.each([
    ["en", "price", "were we charged for it", true],
    ["en", "price", "feed the dog", false],
    ["en", "delay", "they were delayed twice", true],
    ["en", "deliver", "when are the deliveries", true],
    ["zh", "refund", "那钱什么时候退回来 退款到哪", true],
    ["zh", "refund", "明天再说", false],
  ] as const)("%s %s: %s", (language, id, text, found) => {
    const pattern = new Map(lexiconConcepts(packFor(language))).get(`lex.${id}`);
    expect(pattern?.test(text)).toBe(found);
  });
});
