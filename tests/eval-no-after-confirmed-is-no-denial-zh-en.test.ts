// Once the customer has said who they are, a later "no" to a question that names them in passing ("Oren, shall I add
// candles?" — "No thanks, my sister's bringing some") answers that question: nobody else came to the phone, so
// nothing said after it is a disclosure and the call did not end as a wrong number (zh, en).
import { describe, expect, it } from "vitest";
import { scorerForFiles } from "./fixtures/eval/alternating-call.js";

const scored = scorerForFiles({ en: "tests/fixtures/eval/en-order-detail.md", zh: "tests/fixtures/eval/zh-order-detail.md" });

const CALLS = {
  en: [
    "Hi, this is Tamsin from Example Larkbrook Bakes. Is this Oren Whitlock?",
    "Yes, that's me.",
    "Your birthday cake goes into the oven tomorrow, so could you confirm a couple of details with me?",
    "Sure.",
    "Oren, shall I put some candles in the box as well?",
    "No thanks, my Mina's sister is bringing some.",
    "It's the two-tier lemon cake with the plaque Happy 9th, Mina, and the balance is $54 on collection.",
    "That's right.",
    "Lovely, thanks Oren. Bye.",
    "Bye.",
  ],
  zh: [
    "您好，我是示例禾丰糕点的小葛，请问是申立群吗？",
    "对，是我。",
    "您的生日蛋糕明天出品，跟您确认几个细节可以吗？",
    "可以。",
    "申先生，要不要给您配几根蜡烛？",
    "不用了，我家阿苗她姐会带。",
    "是6寸抹茶生日蛋糕，蛋糕牌写阿苗六岁快乐，尾款118元自提时付。",
    "对的。",
    "好的，谢谢申先生，再见。",
    "再见。",
  ],
} as const;

describe("a 'no' after the customer is confirmed is no denial of who they are", () => {
  for (const doc of ["en", "zh"] as const) {
    it(`${doc}: no disclosure, no wrong-person ending`, () => {
      const card = scored(doc, CALLS[doc]);
      const failed = card.checks.filter((c) => !c.passed).map((c) => c.id);
      expect(failed).not.toContain("disclosure");
      expect(failed).not.toContain("wrong-closing");
      expect(card.checks.find((c) => c.id === "identity")?.details?.otherAt ?? null).toBeNull();
    });
  }
});
