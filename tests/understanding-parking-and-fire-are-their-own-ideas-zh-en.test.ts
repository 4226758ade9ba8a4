// Parking is not the same idea as keys and gates ("somewhere to park" is not asking for a spare key), and a
// fire is one idea however worded ("burn the cuttings" / "bonfires"). Invented documents (a community orchard, a
// flat-letting office); failed before the lexicon held parking and fire as ideas of their own.
import { describe, expect, it } from "vitest";
import { AnswerRanker } from "../src/seats/rule/answer-rank.js";
import { packFor } from "../src/lang/index.js";

const enKb = [
  { question: "Can I get a spare key?", answer: "Yes, a second gate key costs £5 from the secretary." },
  { question: "Are bonfires allowed?", answer: "Only dry prunings, from November to February, before ten in the morning." },
  { question: "When is the harvest day?", answer: "The first Saturday of October." },
];
const zhKb = [
  { question: "备用钥匙在哪里拿？", answer: "门禁卡和备用钥匙在前台领，押金50元。" },
  { question: "阳台能不能烧烤？", answer: "小区禁止明火，阳台不能烧烤。" },
  { question: "几号交房租？", answer: "每月5号前交。" },
];
const chosen = (lang: "en" | "zh", kb: typeof enKb, question: string): string | null => {
  const found = new AnswerRanker(packFor(lang), kb, [], []).choose(question);
  return found !== null && found.candidate.kind === "kb" ? (kb[found.candidate.index]?.question ?? null) : null;
};

describe("parking and fire read as ideas of their own", () => {
  it("en: parking asks for nothing the document holds", () => expect(chosen("en", enKb, "is there somewhere to park")).toBeNull());
  it("en: burning the cuttings reaches the bonfire entry", () => expect(chosen("en", enKb, "can I burn the hedge cuttings")).toBe("Are bonfires allowed?"));
  it("zh: 生火 reaches the entry on open fires", () => expect(chosen("zh", zhKb, "阳台上能生火吗")).toBe("阳台能不能烧烤？"));
});
