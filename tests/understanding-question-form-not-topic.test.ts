// A question is matched on what it asks about, not on how it asks: its question words ("when", "what time", "几点")
// say the kind of answer wanted and are read as such, never as a topic shared with an entry asked the same way;
// everyday words ("get", "anyway", "东西") and a contraction's leftover ("it's" → "it") weigh little; a word meets
// its inflected forms ("move" / "moved"); a "who" question wants the candidate naming a person. Invented documents,
// zh and en, each case with the evidence on and off where a weight governs it.
import { describe, expect, it } from "vitest";
import { AnswerRanker, RANK, type Candidate } from "../src/seats/rule/answer-rank.js";
import { packFor } from "../src/lang/index.js";
import type { Language } from "../src/schema/index.js";

interface Case {
  language: Language;
  kb: { question: string; answer: string }[];
  steps: { step: number; sentence: string }[];
  facts: string[];
  /** Asked like an entry's question ("when…") but about what a script sentence says. */
  form: { question: string; want: Candidate };
  /** A question about a person, and the fact naming one. */
  who: { question: string; want: Candidate };
}

const CASES: Case[] = [
  {
    language: "en",
    kb: [
      { question: "When do I pay?", answer: "After the work, by invoice; payment is due within 14 days." },
      { question: "Do I need to move the car?", answer: "Yes, the drive must be clear for the lorry." },
      { question: "What was done on the last visit?", answer: "The gutters were cleared and the downpipe was fixed." },
    ],
    steps: [{ step: 4, sentence: "The crew arrives between 8 and 9 am." }],
    facts: ["Moved in: 3 March 2021", "Surveyor on the last visit: Dana Whitcombe", "Account: paid up to date"],
    form: { question: "what time do they turn up in the morning", want: { kind: "step", step: 4, sentence: "The crew arrives between 8 and 9 am." } },
    who: { question: "who came on the last visit", want: { kind: "fact", text: "Surveyor on the last visit: Dana Whitcombe" } },
  },
  {
    language: "zh",
    kb: [
      { question: "什么时候付钱？", answer: "做完以后开发票，14天内付清就行。" },
      { question: "车要不要挪开？", answer: "要的，车道得空出来给吊车用。" },
      { question: "上次上门做了什么？", answer: "上次清了排水管，换了一段落水管。" },
    ],
    steps: [{ step: 4, sentence: "师傅上午8点到9点之间到。" }],
    facts: ["上次上门：技师刘建华师傅", "账户：已结清"],
    form: { question: "师傅几点能到啊 早上", want: { kind: "step", step: 4, sentence: "师傅上午8点到9点之间到。" } },
    who: { question: "上次上门的是谁", want: { kind: "fact", text: "上次上门：技师刘建华师傅" } },
  },
];

describe.each(CASES)("answer ranking reads the question's form apart from its topic ($language)", (c) => {
  const ranker = new AnswerRanker(packFor(c.language), c.kb, c.steps, c.facts);
  it("does not take an entry asked the same way for one about the same thing", () => {
    expect(ranker.rank(c.form.question)[0]?.candidate).toEqual(c.form.want);
    expect(ranker.choose(c.form.question)?.candidate).toEqual(c.form.want);
  });
  it("gives a who-question the candidate naming a person", () => {
    expect(ranker.rank(c.who.question)[0]?.candidate).toEqual(c.who.want);
  });
});

describe("English words and their forms", () => {
  const pack = packFor("en");
  const ranker = new AnswerRanker(pack, [{ question: "When will the refund arrive?", answer: "Within 10 working days of the move-out inspection." }], [], ["Moved in: 3 March 2021", "Unit size: 3 m by 3 m"]);
  it("meets a profile fact in another form of the word ('move' / 'moved')", () => {
    expect(ranker.rank("when did I move in")[0]?.candidate).toEqual({ kind: "fact", text: "Moved in: 3 March 2021" });
  });
  it("weighs everyday words lightly: an entry sharing only them with the question scores less than at full weight", () => {
    const kb = [{ question: "What will the whole thing get me?", answer: "A full clean and a report." }];
    const question = "what's the whole thing gonna get me anyway, with the gutters";
    const full = new AnswerRanker(pack, kb, [], [], { ...RANK, light: 1 }).rank(question)[0]?.score ?? 0;
    const light = new AnswerRanker(pack, kb, [], [], RANK).rank(question)[0]?.score ?? 0;
    expect(RANK.light).toBeLessThan(1);
    expect(light).toBeLessThan(full);
  });
});
