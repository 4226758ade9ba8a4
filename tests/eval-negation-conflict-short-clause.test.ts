// A short entry clause shares one content word with the reply's clause that denies it ("Up to 2 ferrets" / "no
// ferrets on the winter trips"; "周末暂时不开" / "周末也能开"): one shared word of what both speak of is enough.
import { describe, expect, it } from "vitest";
import { negationConflict } from "../src/eval/negation-conflict.js";
import { EVAL_LANGS } from "../src/eval/lang/index.js";

describe("a denial of a short entry clause", () => {
  it("en: 'no ferrets' denies 'up to 2 ferrets'", () => {
    expect(negationConflict(EVAL_LANGS.en, "Up to 2 ferrets, £12 per night.", "Sorry, no ferrets on the winter trips, I'm afraid.")).not.toBeNull();
  });

  it("zh: “周末也能开” states what “周末暂时不开” denies", () => {
    expect(negationConflict(EVAL_LANGS.zh, "周末暂时不开，只能工作日来，时间是9:00到17:00。", "周末也能开，您来就行。")).not.toBeNull();
  });

  it("en and zh: the same statement in other words is no conflict", () => {
    expect(negationConflict(EVAL_LANGS.en, "Up to 2 ferrets, £12 per night.", "Yes, two ferrets are fine, £12 a night.")).toBeNull();
    expect(negationConflict(EVAL_LANGS.zh, "周末暂时不开，只能工作日来。", "周末不开，工作日来就行。")).toBeNull();
  });
});
