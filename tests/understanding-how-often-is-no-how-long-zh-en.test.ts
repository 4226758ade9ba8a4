// "How often" is not "how long": a question about every so many weeks ("多久洗一次", "how long between services")
// asks no length of time, so a knowledge-base entry asking it does not tie with the entry that says how long the job
// takes (heldout-l: "要弄多长时间" found neither). zh, en.
import { describe, expect, it } from "vitest";
import { typesAsked } from "../src/seats/rule/answer-terms.js";
import { packFor } from "../src/lang/index.js";
import type { Language } from "../src/schema/index.js";

const CASES: { language: Language; often: string; long: string }[] = [
  {
    language: "zh",
    often: "多久洗一次比较好？",
    long: "清洗要多长时间？",
  },
  {
    language: "en",
    often: "How long between services?",
    long: "How long does the service take?",
  },
];

describe.each(CASES)("how often and how long ($language)", (c) => {
  const pack = packFor(c.language);
  it("how often asks no length of time; how long does", () => {
    expect(typesAsked(c.often, pack)).not.toContain("duration");
    expect(typesAsked(c.long, pack)).toContain("duration");
  });
});
