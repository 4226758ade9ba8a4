// A customer asks in everyday words the document's entry does not use ("sort code" for "how do I pay", "贷款" for
// "分期", "保几年" for "保修多久"): the pack's lexicon puts both under one idea, so the entry is reached. Invented
// documents (a rowing club's membership, a kitchen-appliance shop); failed before the lexicon held these words.
import { describe, expect, it } from "vitest";
import { AnswerRanker } from "../src/seats/rule/answer-rank.js";
import { packFor } from "../src/lang/index.js";

const enKb = [
  { question: "How do I pay the membership?", answer: "By card at the boathouse desk or by bank transfer to the club account." },
  { question: "What happens if I pay late?", answer: "You get one reminder; after a month your locker is given to the next member." },
  { question: "Can I bring a guest?", answer: "Yes, twice a season, with the captain's say-so." },
  { question: "How long does a lesson last?", answer: "About ninety minutes on the water." },
];
const zhKb = [
  { question: "可以分期吗？", answer: "可以，合作银行办理，分12期或24期。" },
  { question: "保修多久？", answer: "整机保修两年，电机保修五年。" },
  { question: "上门安装前要准备什么？", answer: "把灶台下面的柜子清空，留出插座。" },
  { question: "运输中会不会损坏？", answer: "整机带泡沫包装，签收前可以开箱验货。" },
];
const chosen = (lang: "en" | "zh", kb: typeof enKb, question: string): string | null => {
  const found = new AnswerRanker(packFor(lang), kb, [], []).choose(question);
  return found !== null && found.candidate.kind === "kb" ? (kb[found.candidate.index]?.question ?? null) : null;
};

describe("everyday wordings reach the entry that answers them", () => {
  it.each([
    ["what's your sort code", "How do I pay the membership?"],
    ["what if I'm a bit behind with paying", "What happens if I pay late?"],
    ["would I lose it if I miss the deadline", "What happens if I pay late?"],
  ])("en: %s", (question, entry) => expect(chosen("en", enKb, question)).toBe(entry));
  it.each([
    ["能不能办贷款", "可以分期吗？"],
    ["这个能保几年", "保修多久？"],
    ["师傅来之前我要准备啥", "上门安装前要准备什么？"],
    ["快递过来会不会压坏", "运输中会不会损坏？"],
  ])("zh: %s", (question, entry) => expect(chosen("zh", zhKb, question)).toBe(entry));
});
