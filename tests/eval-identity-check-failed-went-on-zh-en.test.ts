// A check of a datum asked once the person said who they are: an answer the record contradicts ("4 March 1978"
// against 4 March 1979, "八月二十号" against 8月23日) and a caller who goes on is an identity fault where it went on;
// the right datum, or a caller who closes after the wrong one, is none. Documents and calls are invented for these
// tests (tests/fixtures/eval/*-check-after-name.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

type Doc = "en" | "zh";
const scored = scorerForFiles<Doc>({ en: "tests/fixtures/eval/en-check-after-name.md", zh: "tests/fixtures/eval/zh-check-after-name.md" });

function identityAt(doc: Doc, lines: readonly string[]): readonly (number | null)[] | null {
  const check = scored(doc, lines).checks.find((c) => c.id === "identity");
  if (check === undefined) throw new Error("no identity check");
  return check.passed ? null : check.turns;
}

const EN = (dob: string, next: string): string[] => [
  "Hi, this is Ines from Example Brightmoor Appliances. Is this Dara Quenby?",
  "Yes, speaking.",
  "Before I go on, could you confirm your date of birth?",
  dob,
  next,
  "Post it, please.",
  "Thanks, that's arranged. Bye.",
];
const EN_ON = "Thanks. Your Kettle K2 needs a free lid swap; we can post the part or you can collect it.";
const ZH = (dob: string, next: string): string[] => [
  "您好，我是示例明川电器的小贺，请问是鲁嘉平先生吗？",
  "对，是我。",
  "为了核对一下，麻烦您说一下您的生日，几月几号？",
  dob,
  next,
  "寄给我吧。",
  "好的，那就这样安排，再见。",
];
const ZH_ON = "好的。您的电水壶 K2 需要免费换个壶盖，可以寄给您，也可以到店取。";

describe("a failed check the caller went past", () => {
  it("en: a wrong year, and the caller goes on: identity at that turn", () => {
    expect(identityAt("en", EN("Fourth of March, 1978.", EN_ON))).toEqual([4]);
  });
  it("zh: 日子不对，小贺照样往下说：identity 记在往下说的那一轮", () => {
    expect(identityAt("zh", ZH("八月二十号。", ZH_ON))).toEqual([4]);
  });
  it("en: the right date of birth passes", () => {
    expect(identityAt("en", EN("Fourth of March, 1979.", EN_ON))).toBeNull();
  });
  it("zh: 生日对上了，不记", () => {
    expect(identityAt("zh", ZH("八月二十三号。", ZH_ON))).toBeNull();
  });
  it("en: a wrong date and a caller who closes is no identity fault", () => {
    expect(identityAt("en", EN("Fourth of March, 1978.", "Sorry, I can't go on without the check. Bye.").slice(0, 5))).toBeNull();
  });
  it("zh: 对不上就结束，不记", () => {
    expect(identityAt("zh", ZH("八月二十号。", "不好意思，核对不上没法继续，再见。").slice(0, 5))).toBeNull();
  });
});
