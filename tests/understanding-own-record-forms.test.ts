// A question about the customer's own standing ("what plan am I on", "have I got any left", "do I owe you anything")
// looks to the record first, as "my…" and "did I…" do: profile facts weigh the record's factor more. Invented
// document; the factor read by comparing the weight on and off.
import { describe, expect, it } from "vitest";
import { AnswerRanker, RANK } from "../src/seats/rule/answer-rank.js";
import { packFor } from "../src/lang/index.js";

const kb = [{ question: "Which plans are there?", answer: "Basic, Plus and Premium." }];
const facts = ["Plan: Garden Basic, billed monthly", "Sessions left: 2 of 6", "Balance owed: none"];
const factScore = (question: string, ownRecord: number): number =>
  new AnswerRanker(packFor("en"), kb, [], facts, { ...RANK, ownRecord }).rank(question).find((r) => r.candidate.kind === "fact")?.score ?? 0;

describe("own-record questions worded with 'am I' / 'have I' / 'do I owe'", () => {
  it.each(["what plan am I on", "how many sessions have I got left", "do I owe you anything"])("weigh the record's facts up: %s", (question) => {
    expect(factScore(question, 1)).toBeGreaterThan(0);
    expect(factScore(question, RANK.ownRecord)).toBeCloseTo(RANK.ownRecord * factScore(question, 1), 6);
  });
  it("a question about what is offered does not", () => {
    expect(factScore("which plans are on offer", RANK.ownRecord)).toBeCloseTo(factScore("which plans are on offer", 1), 6);
  });
});
