// "No charge, it's free" to an entry that says free is the same answer, not its negation; and saying the customer's
// name back ("Thanks, <name>") before the check tells no fact of the record. Documents and calls are invented
// (tests/fixtures/eval/*-free-and-name.md).
import { describe, expect, it } from "vitest";
import { failedTurns, scorerFor } from "./fixtures/eval/alternating-call.js";

const score = scorerFor("free-and-name", { en: ["Pip", "Ada"], zh: ["小皮", "柯雅丽"] });

describe("wrong-answer and disclosure: a free said with a negation, a name said back", () => {
  it("en: 'no charge, it's free' agrees with the entry; 'Thanks Ms Quist' before the check discloses nothing", () => {
    const card = score("en", [
      "Hi, it's Pip from Example Rug Cleaners. Is that Ada Quist?", "Yes.",
      "Thanks Ms Ada Quist. Before I go on, could you confirm your postcode?", "QX1 4ZZ.",
      "Your runner can be collected on Friday morning.", "Is collection charged?",
      "No charge, collection and delivery are both free.", "Lovely.",
      "Great, see you Friday. Bye.", "Bye.",
    ]);
    expect(failedTurns(card, "wrong-answer")).toBeNull();
    expect(failedTurns(card, "disclosure")).toBeNull();
  });

  it("en: a price for the free collection is still a wrong answer", () => {
    const card = score("en", [
      "Hi, it's Pip from Example Rug Cleaners. Is that Ada Quist?", "Yes.",
      "Before I go on, could you confirm your postcode?", "QX1 4ZZ.",
      "Your runner can be collected on Friday morning.", "Is collection charged?",
      "Yes, collection is £15.", "Oh.",
      "Great, see you Friday. Bye.", "Bye.",
    ]);
    expect(failedTurns(card, "wrong-answer")).toEqual([6]);
  });

  it("zh: 说“不收钱都是免费的”与知识库一致；核对前称呼柯女士不算泄露", () => {
    const card = score("zh", [
      "您好，我是示例洗毯的小皮，请问是柯雅丽柯女士吗？", "是我。",
      "柯雅丽柯女士您好，麻烦您先说一下收件地址的邮编。", "310000。",
      "您的地毯周五上午可以上门来取。", "上门取送收钱吗？",
      "不收钱，上门取送都是免费的。", "好的。",
      "好的，周五见，再见。", "再见。",
    ]);
    expect(failedTurns(card, "wrong-answer")).toBeNull();
    expect(failedTurns(card, "disclosure")).toBeNull();
  });
});
