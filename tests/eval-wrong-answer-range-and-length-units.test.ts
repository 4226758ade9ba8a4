// A range names its unit once, after its last number ("4 to 5 weeks", "2到3周"): a reply giving another range of that
// unit contradicts it. Lengths written as a symbol or a word ("25 cm", "15 centimetres") are compared as one unit.
import { describe, expect, it } from "vitest";
import { judgeReply } from "../src/eval/kb.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

const entry = (answer: string) => [{ question: "q", answer }];

describe("ranges and length units in a knowledge-base answer", () => {
  it("en: '8 to 10 weeks' contradicts '4 to 5 weeks'", () => {
    expect(judgeReply(EVAL_LANGS.en, entry("About 4 to 5 weeks if the pot is watered daily."), 0, "Oh, easily 8 to 10 weeks, no need to water much."))
      .toEqual({ verdict: "contradicted", conflicts: ["8 to 10 weeks"] });
  });

  it("zh: “6到8周” contradicts “2到3周”", () => {
    expect(judgeReply(EVAL_LANGS.zh, entry("一般2到3周能到货。"), 0, "要6到8周才能到。"))
      .toEqual({ verdict: "contradicted", conflicts: ["6到8周"] });
  });

  it("en: '15 centimetres' contradicts 'under 25 cm'", () => {
    expect(judgeReply(EVAL_LANGS.en, entry("We can mend splits under 25 cm; longer ones need a new panel."), 0, "We only mend splits under 15 centimetres."))
      .toEqual({ verdict: "contradicted", conflicts: ["15 centimetres"] });
  });

  it("en and zh: the same range said back agrees", () => {
    expect(judgeReply(EVAL_LANGS.en, entry("About 4 to 5 weeks if the pot is watered daily."), 0, "About 4 to 5 weeks, as long as you water it daily.").verdict).not.toBe("contradicted");
    expect(judgeReply(EVAL_LANGS.zh, entry("一般2到3周能到货。"), 0, "一般2到3周就到货了。").verdict).not.toBe("contradicted");
  });
});
