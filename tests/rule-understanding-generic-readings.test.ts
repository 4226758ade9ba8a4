// The shared understanding's generic readings: which act a line is when the caller's previous line sets the context
// (a verification request, offered options, a proposal), and which source the answer ranker picks (a script
// sentence that lists the options, a candidate holding the kind of answer asked for, nothing for an unrelated topic).
import { describe, expect, it } from "vitest";
import { AnswerRanker } from "../src/seats/rule/answer-rank.js";
import { packFor } from "../src/lang/index.js";
import { en, zh } from "./fixtures/acts-readers.js";

const EN = packFor("en");


describe("acts read with the caller's previous line", () => {
  it("takes verification data after a verification request as confirming identity", () => {
    expect(en("march third, nineteen sixty", "Could you confirm your date of birth first?")).toBe("confirm-identity");
    expect(zh("五五一……我找找 五五一九", "麻烦您报一下会员号后四位。")).toBe("confirm-identity");
    expect(en("march third, nineteen sixty", null)).not.toBe("confirm-identity");
  });
  it("hears an offered option named in the reply's own words, even when a question follows", () => {
    const prev = "We can mail the card to you, or you can collect it at the desk. Which would you prefer?";
    expect(en("mail it, I'm rarely in town", prev, "choice")).toBe("pick-option");
    expect(en("collect it, and how late is the desk open", prev, "choice")).toBe("pick-option");
    expect(zh("周三不行 那就周五吧", "可以约周三或者周五，您看哪天方便？", "time")).toBe("pick-option");
  });
  it("answers 'is this X?' first when the line opens with yes and then asks who is calling", () => {
    expect(en("yes, speaking, who's calling?", "Hello, am I speaking with Dana Moss?")).toBe("confirm-identity");
    expect(en("who's calling?", "Hello, am I speaking with Dana Moss?")).toBe("asks-who");
  });
  it("agrees to a proposal, and only acknowledges when nothing was proposed", () => {
    expect(en("okay, yeah", "Shall I put the change through today?")).toBe("agree");
    expect(en("okay, yeah", null)).toBe("other");
    expect(en("no, leave it as it is", "Shall I put the change through today?")).toBe("refuse");
  });
  it("hears being busy before the time to call back, and a contact when there is a number", () => {
    expect(en("I'm with a client, call me tomorrow")).toBe("busy");
    expect(en("call me at 555-201-7788 after six")).toBe("gives-contact");
    expect(zh("你周五上午再打 那时候有空")).toBe("gives-contact");
  });
  it("does not read a usual-habit adverb or a price as a rating", () => {
    expect(zh("短信吧 邮件我一般不看", "结果发短信还是邮件给您？", "choice")).toBe("pick-option");
    expect(zh("是不是一分钱不用出")).toBe("question");
  });
  it("needs an inverted auxiliary for an English question after a comma", () => {
    expect(en("you should add a reminder, would save everyone time")).toBe("suggestion");
    expect(en("honestly would it be simpler to stop the plan")).toBe("question");
  });
});

describe("the answer ranker", () => {
  const kb = [
    { question: "Can I change the delivery address?", answer: "Yes, until the parcel leaves the depot; call us or use the app." },
    { question: "Why was I charged a storage fee?", answer: "Parcels kept past 7 days cost $2 a day in storage." },
  ];
  const steps = [
    { step: 2, sentence: "Your parcel arrives on March 14th." },
    { step: 3, sentence: "We can leave it with a neighbour, at the door, or at the locker, which suits you?" },
  ];
  const ranker = new AnswerRanker(EN, kb, steps, ["Plan: Standard, $5 per parcel"]);
  it("finds the options in the script's own asking sentence", () => {
    expect(ranker.choose("where could you leave it if I'm out")?.candidate).toEqual({ kind: "step", step: 3, sentence: steps[1]?.sentence });
  });
  it("prefers the candidate holding the kind of answer asked for", () => {
    expect(ranker.choose("when will my parcel arrive")?.candidate).toEqual({ kind: "step", step: 2, sentence: steps[0]?.sentence });
  });
  it("matches a paraphrase of an entry's question", () => {
    expect(ranker.choose("could I change the address it goes to")?.candidate).toEqual({ kind: "kb", index: 0 });
  });
  it("says nothing answers a question about an unrelated topic", () => {
    expect(ranker.choose("do you sell gift cards for birthdays")).toBeNull();
  });
});
