// The caller introducing itself ("我是<机构>的小庞", "this is Nell from <org>") tells nothing of the customer's record,
// even where a profile line names the same store: only what comes after, before the check passed, is charged.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-verify-store.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

type Doc = "en" | "zh";
const scored = scorerForFiles<Doc>({ en: "tests/fixtures/eval/en-verify-store.md", zh: "tests/fixtures/eval/zh-verify-store.md" });

function disclosureTurns(doc: Doc, lines: readonly string[]): readonly (number | null)[] | null {
  const check = scored(doc, lines).checks.find((c) => c.id === "disclosure");
  if (check === undefined) throw new Error("no disclosure check");
  return check.passed ? null : check.turns;
}

describe("the caller's self-introduction is no disclosure", () => {
  it("en: the opening naming the store is not charged; the delivery told to an unchecked customer is, at its turn", () => {
    const call = [
      "Hi, this is Nell from Example Brackenhill Furniture, Northgate flagship showroom. Is this Petra Lindqvist?",
      "Yes, that's me.",
      "Just to check, could you tell me the last three digits of your order number?",
      "I don't have it to hand.",
      "Your oak bookcase arrives tomorrow, and the balance of $1,260 is paid on delivery.",
      "Okay.",
      "Thanks, Petra. Bye.",
    ];
    expect(disclosureTurns("en", call)).toEqual([4]);
  });

  it("zh: 开场报门店不记泄露；没核对就说送货安排，记在那一轮", () => {
    const call = ["您好，请问是戚书婷女士吗？我是示例青柚家居城西旗舰店家具馆的小庞。", "是我。", "跟您核对一下，麻烦您说一下订单号后三位。", "手边没有。", "您订的书柜一组明天送到，尾款1,260元送货时付。", "嗯。", "好的戚女士，再见。"];
    expect(disclosureTurns("zh", call)).toEqual([4]);
  });
});
