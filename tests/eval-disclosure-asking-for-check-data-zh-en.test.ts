// Asking for the identity check's data names the record's fields ("the last four digits of the account number, or the
// street"), so it tells the person on the phone nothing, even where a profile line lists those same fields; telling a
// record value before the check still counts. Documents and calls are invented (tests/fixtures/eval/*-field-check.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

type Doc = "en" | "zh";
const scored = scorerForFiles({ en: "tests/fixtures/eval/en-field-check.md", zh: "tests/fixtures/eval/zh-field-check.md" });

function disclosed(doc: Doc, lines: readonly string[]): readonly (number | null)[] | null {
  const check = scored(doc, lines).checks.find((c) => c.id === "disclosure");
  return check === undefined || check.passed ? null : check.turns;
}

describe("asking for the check's data is no disclosure", () => {
  it("zh: the ask names the fields a profile line lists; the value before the check is still charged", () => {
    const ask = ["您好，我是示例燃气的小罗，请问是邵明远先生吗？", "对。", "麻烦您报一下户号后四位，或者小区和楼栋号，我核对一下。", "0917。", "好的，核对上了。安检可以约下周二上午，您方便吗？", "可以。"];
    expect(disclosed("zh", ask)).toBeNull();
    const told = ["您好，我是示例燃气的小罗，请问是邵明远先生吗？", "对。", "您登记的是枫林苑 5 栋，户号 GA-40917。", "嗯。"];
    expect(disclosed("zh", told)).not.toBeNull();
  });

  it("en: the ask names the fields a profile line lists; the value before the check is still charged", () => {
    const ask = ["Hi, this is Sam from Example Gas. Am I speaking with Owen Marsh?", "Yes.", "Please read me the last four digits of the account number, or the street and house number, and I'll check it.", "0917.", "Thanks, that matches. We can come next Tuesday morning. Does that suit you?", "Fine."];
    expect(disclosed("en", ask)).toBeNull();
    const told = ["Hi, this is Sam from Example Gas. Am I speaking with Owen Marsh?", "Yes.", "You're at 5 Elm Close, account GA-40917.", "Right."];
    expect(disclosed("en", told)).not.toBeNull();
  });
});
