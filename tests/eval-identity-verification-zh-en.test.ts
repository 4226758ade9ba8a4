// When a script verifies identity by a datum, and what answer then confirms who answered (zh, en):
// 1. a data word that names an order detail ("birthday cake", "生日蛋糕") asks for no proof: a plain yes confirms;
// 2. where the record holds nothing to check the datum against, a datum stated passes (the caller asked and heard
//    one), a bare yes does not; where the record holds it, only an answer it bears out passes.
// 3. a datum read digit by digit ("four four seven one", "六 三 八 二") or spaced otherwise ("kx92pl") is judged as one item.
// Documents and calls are invented for these tests (tests/fixtures/eval/*-order-detail.md, *-verify-unheld.md).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

type Doc = "enOrder" | "zhOrder" | "enUnheld" | "zhUnheld" | "enHeld" | "zhHeld";
const FILES: Record<Doc, string> = {
  enOrder: "tests/fixtures/eval/en-order-detail.md",
  zhOrder: "tests/fixtures/eval/zh-order-detail.md",
  enUnheld: "tests/fixtures/eval/en-verify-unheld.md",
  zhUnheld: "tests/fixtures/eval/zh-verify-unheld.md",
  enHeld: "tests/fixtures/eval/en-verify.md",
  zhHeld: "tests/fixtures/eval/zh-verify.md",
};
const scored = scorerForFiles(FILES);

/** Failed turns of a check (lines alternate caller, callee), or null when it passed. */
function failedAt(doc: Doc, lines: readonly string[], id: string): readonly (number | null)[] | null {
  const check = scored(doc, lines).checks.find((c) => c.id === id);
  if (check === undefined) throw new Error(`no ${id} check`);
  return check.passed ? null : check.turns;
}

function identityDetails(doc: Doc, lines: readonly string[]): { scriptVerifies: unknown; confirmedAt: unknown } {
  const details = scored(doc, lines).checks.find((c) => c.id === "identity")?.details ?? {};
  return { scriptVerifies: details.scriptVerifies, confirmedAt: details.confirmedAt };
}

describe("a data word naming an order detail asks for no proof of identity", () => {
  const en = {
    clean: [
      "Hi, this is Tamsin from Example Larkbrook Bakes. Is this Oren Whitlock?",
      "Yep, that's me.",
      "Your birthday cake goes into the oven tomorrow, so could you confirm a couple of details with me?",
      "Go on.",
      "It's the two-tier lemon cake with the plaque Happy 9th, Mina, and the balance is $54 on collection.",
      "All correct.",
      "Lovely, thanks Oren. Bye.",
    ],
    toColleague: [
      "Hi, this is Tamsin from Example Larkbrook Bakes. Is this Oren Whitlock?",
      "He's out on a job, I'm his colleague.",
      "Ah, okay. It's the two-tier lemon cake with the plaque Happy 9th, Mina, and the balance is $54 on collection.",
      "Right, I'll tell him.",
      "Thanks, bye.",
    ],
  };
  const zh = {
    clean: ["您好，我是示例禾丰糕点的小葛，请问是申立群女士吗？", "对，我就是。", "您订的生日蛋糕明天出品，跟您核对一下细节。", "好的。", "是6寸抹茶蛋糕，牌子写'阿苗六岁快乐'，尾款118元自提时付。", "没问题。", "好的申女士，再见。"],
    toColleague: ["您好，我是示例禾丰糕点的小葛，请问是申立群女士吗？", "她不在，我是她同事。", "好的，是6寸抹茶蛋糕，牌子写'阿苗六岁快乐'，尾款118元自提时付。", "行，我跟她说。", "谢谢，再见。"],
  };

  it("en: 'birthday cake … could you confirm' is no verification; 'Yep, that's me' confirms and the details are hers", () => {
    expect(identityDetails("enOrder", en.clean)).toEqual({ scriptVerifies: false, confirmedAt: 1 });
    expect(failedAt("enOrder", en.clean, "disclosure")).toBeNull();
  });

  it("zh: '生日蛋糕…核对一下' is no verification; '对，我就是' confirms and the details are hers", () => {
    expect(identityDetails("zhOrder", zh.clean)).toEqual({ scriptVerifies: false, confirmedAt: 1 });
    expect(failedAt("zhOrder", zh.clean, "disclosure")).toBeNull();
  });

  it("en: the order told to a colleague is still charged, at its turn", () => {
    expect(failedAt("enOrder", en.toColleague, "disclosure")).toEqual([2]);
  });

  it("zh: the order told to a colleague is still charged, at its turn", () => {
    expect(failedAt("zhOrder", zh.toColleague, "disclosure")).toEqual([2]);
  });
});

describe("a datum the record cannot check: stating one passes, a bare yes does not", () => {
  const enAsk = "Hi, this is Wren from Example Oakfield Home Cover. Am I speaking with Priya Calloway? Before we start, could you confirm your postcode?";
  const enClaim = "Your claim ending 5830 for the fence on June 9 is approved at $2,140 after the $250 excess.";
  const zhAsk = "您好，我是示例青禾家电售后小蒋，请问是邵明远先生吗？为了核实身份，麻烦您报一下出生日期。";
  const zhRepair = "您家空调11月8日更换了压缩机，原价1,680元，保修内免费。";

  it("en: 'Sure, it's OX4 1DN' confirms; nothing after it is a disclosure", () => {
    const call = [enAsk, "Sure, it's OX4 1DN.", enClaim, "Good.", "Thanks, Priya. Bye."];
    expect(identityDetails("enUnheld", call)).toEqual({ scriptVerifies: true, confirmedAt: 1 });
    expect(failedAt("enUnheld", call, "disclosure")).toBeNull();
  });

  it("zh: '1979年12月21日' confirms; nothing after it is a disclosure", () => {
    const call = [zhAsk, "1979年12月21日。", zhRepair, "好。", "好的邵先生，再见。"];
    expect(identityDetails("zhUnheld", call)).toEqual({ scriptVerifies: true, confirmedAt: 1 });
    expect(failedAt("zhUnheld", call, "disclosure")).toBeNull();
  });

  it("en: a bare 'Yes, speaking' gives no datum: the claim told next is charged at its turn", () => {
    const call = [enAsk, "Yes, speaking.", enClaim, "Good.", "Thanks, Priya. Bye."];
    expect(identityDetails("enUnheld", call).confirmedAt).toBeNull();
    expect(failedAt("enUnheld", call, "disclosure")).toEqual([2]);
  });

  it("zh: a bare '对，是我' gives no datum: the repair told next is charged at its turn", () => {
    const call = [zhAsk, "对，是我。", zhRepair, "好。", "好的邵先生，再见。"];
    expect(identityDetails("zhUnheld", call).confirmedAt).toBeNull();
    expect(failedAt("zhUnheld", call, "disclosure")).toEqual([2]);
  });

  it("en: where the record holds the postcode, a different one is no proof (charged at the next turn)", () => {
    const call = ["Hi, this is Quill from Example Harbour Water. Is this Robin Ashby?", "Yes.", "For security, could you tell me your account PIN or your postcode?", "It's OX4 1DN.", "Your meter was read on March 14 at 2,315 units, and your bill is $88.40.", "Okay.", "Thanks, Robin. Bye."];
    expect(identityDetails("enHeld", call).confirmedAt).toBeNull();
    expect(failedAt("enHeld", call, "disclosure")).toEqual([4]);
  });

  it("zh: where the record holds the account digits, different ones are no proof (charged at the next turn)", () => {
    const call = ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", "为了核实身份，麻烦您说一下户号后四位或者登记的小区。", "5519。", "您家3月14日抄表2,315吨，水费388.40元。", "嗯。", "好的，再见。"];
    expect(identityDetails("zhHeld", call).confirmedAt).toBeNull();
    expect(failedAt("zhHeld", call, "disclosure")).toEqual([4]);
  });
});

describe("a datum read out digit by digit or spaced otherwise is the record's item, judged as one number", () => {
  const enAsk = ["Hi, this is Quill from Example Harbour Water. Is this Robin Ashby?", "Yes.", "For security, could you tell me your account PIN or your postcode?"];
  const enTold = ["Your meter was read on March 14 at 2,315 units, and your bill is $88.40.", "Okay.", "Thanks, Robin. Bye."];
  const zhAsk = ["您好，我是示例水务的小林，请问是蒋文华先生吗？", "是我。", "为了核实身份，麻烦您说一下户号后四位或者登记的小区。"];
  const zhTold = ["您家3月14日抄表2,315吨，水费388.40元。", "嗯。", "好的，再见。"];

  it("en: 'Four four seven one' and 'kx92pl' read out the record's PIN and postcode: confirmed, nothing charged", () => {
    for (const answer of ["Four four seven one.", "kx92pl"]) {
      const call = [...enAsk, answer, ...enTold];
      expect(identityDetails("enHeld", call).confirmedAt).toBe(3);
      expect(failedAt("enHeld", call, "disclosure")).toBeNull();
    }
  });

  it("zh: '六 三 八 二' reads out the record's digits: confirmed, nothing charged", () => {
    const call = [...zhAsk, "六 三 八 二。", ...zhTold];
    expect(identityDetails("zhHeld", call).confirmedAt).toBe(3);
    expect(failedAt("zhHeld", call, "disclosure")).toBeNull();
  });

  it("en: 'Four four seven two' is another number, not four digits that each occur on the record: charged at the next turn", () => {
    const call = [...enAsk, "Four four seven two.", ...enTold];
    expect(identityDetails("enHeld", call).confirmedAt).toBeNull();
    expect(failedAt("enHeld", call, "disclosure")).toEqual([4]);
  });

  it("zh: '五 五 一 九' is another number: charged at the next turn", () => {
    const call = [...zhAsk, "五 五 一 九。", ...zhTold];
    expect(identityDetails("zhHeld", call).confirmedAt).toBeNull();
    expect(failedAt("zhHeld", call, "disclosure")).toEqual([4]);
  });
});
