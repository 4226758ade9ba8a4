// A check by the last N digits of a record number, any N ("the last three digits", "后三位"): the ask is a verification
// request, and an answer reading out that many trailing digits of the record's number confirms who answered; other
// digits do not. Documents and calls are invented for these tests (tests/fixtures/eval/*-verify-tail.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

type Doc = "en" | "zh";
const scored = scorerForFiles<Doc>({ en: "tests/fixtures/eval/en-verify-tail.md", zh: "tests/fixtures/eval/zh-verify-tail.md" });

function identity(doc: Doc, lines: readonly string[]): { scriptVerifies: unknown; confirmedAt: unknown; disclosure: readonly (number | null)[] | null } {
  const card = scored(doc, lines);
  const details = card.checks.find((c) => c.id === "identity")?.details ?? {};
  const disclosure = card.checks.find((c) => c.id === "disclosure");
  return { scriptVerifies: details.scriptVerifies, confirmedAt: details.confirmedAt, disclosure: disclosure === undefined || disclosure.passed ? null : disclosure.turns };
}

const EN = ["Hi, this is Nell from Example Brackenhill Furniture. Is this Petra Lindqvist?", "Yes, that's me.", "Just to check, could you tell me the last three digits of your order number?"];
const EN_TOLD = ["Your oak bookcase arrives tomorrow, and the balance of $1,260 is paid on delivery.", "Okay.", "Thanks, Petra. Bye."];
const ZH = ["您好，我是示例青柚家居的小庞，请问是戚书婷女士吗？", "是我。", "跟您核对一下，麻烦您说一下订单号后三位。"];
const ZH_TOLD = ["您订的书柜一组明天送到，尾款1,260元送货时付。", "嗯。", "好的戚女士，再见。"];

describe("a check by the last three digits of a record number", () => {
  it("en: '093' is the order number's last three digits: confirmed, nothing charged", () => {
    expect(identity("en", [...EN, "It's 093.", ...EN_TOLD])).toEqual({ scriptVerifies: true, confirmedAt: 3, disclosure: null });
  });

  it("zh: '046' 是订单号后三位：身份确认，不记泄露", () => {
    expect(identity("zh", [...ZH, "046。", ...ZH_TOLD])).toEqual({ scriptVerifies: true, confirmedAt: 3, disclosure: null });
  });

  it("en: '094' is not: the delivery told next is charged at its turn", () => {
    expect(identity("en", [...EN, "It's 094.", ...EN_TOLD])).toEqual({ scriptVerifies: true, confirmedAt: null, disclosure: [4] });
  });

  it("zh: '047' 对不上：接着说的送货安排记在那一轮", () => {
    expect(identity("zh", [...ZH, "047。", ...ZH_TOLD])).toEqual({ scriptVerifies: true, confirmedAt: null, disclosure: [4] });
  });
});
