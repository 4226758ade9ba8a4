// A script sentence met only through its step's title, and there only by the pack's everyday-word lexicon, is no
// candidate: a title is often a bare label for a part of the call ("Closing"), whose everyday sense (shop hours) says
// nothing of what the step tells. The same everyday-word meeting through the sentence itself still ranks it.
import { describe, expect, it } from "vitest";
import { AnswerRanker } from "../src/seats/rule/answer-rank.js";
import { packFor } from "../src/lang/index.js";

const pack = packFor("en");
const kb = [
  { question: "Do you take cards?", answer: "Yes, the fitter takes cards on the day." },
  { question: "How long does the fitting take?", answer: "About two hours for a kitchen tap." },
];

describe("step titles read by the everyday-word lexicon alone", () => {
  it("give no answer where only a bare title meets the question", () => {
    const steps = [
      { step: 1, sentence: "Hi, is that Ms Ada Quill?", title: "Greeting" },
      { step: 2, sentence: "Thanks for your time, and goodbye.", title: "Closing" },
    ];
    const ranker = new AnswerRanker(pack, kb, steps, []);
    expect(ranker.rank("Are you open on a Sunday?").some((r) => r.candidate.kind === "step")).toBe(false);
    expect(ranker.choose("Can you do a Saturday?")).toBeNull();
  });

  it("still rank a sentence that itself meets it", () => {
    const steps = [
      { step: 1, sentence: "Hi, is that Ms Ada Quill?", title: "Greeting" },
      { step: 2, sentence: "Our shop is closed at the weekend, so the visit is on a weekday.", title: "Days" },
    ];
    const ranker = new AnswerRanker(pack, kb, steps, []);
    expect(ranker.rank("Are you open on a Sunday?")[0]?.candidate).toMatchObject({ kind: "step", step: 2 });
  });
});
