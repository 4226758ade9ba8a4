// A check that offers two items ("the last four of your member number, or your phone's") is passed by either item's
// digits, and failed by digits the record holds for neither. A document's promise not to ask for a card or a bank card
// backs the caller's reassurance; a worry of being cheated, or "you won't want my card number?", is a scam worry.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData } from "../src/seats/rule/identity-data.js";

const CASES = [
  {
    lang: "zh" as const,
    ask: "先核对一下，麻烦说一下会员号后四位，或者预留手机的尾号？",
    record: ["会员号: HY-55017342，核对用后四位 7342", "预留手机: 尾号 0981"],
    right: ["7342。", "是0981。"],
    wrong: "1234。",
    promises: ["这通电话不会要银行卡、密码。", "我们不会要银行卡信息。"],
    worries: ["我怕会不会被骗啊", "你们不会要我银行卡号吧", "现在骗老人的多"],
  },
  {
    lang: "en" as const,
    ask: "Before I go on, could you give me the last four digits of your member number or of your phone?",
    record: ["Member number: HY-55017342", "Phone: ending 0981"],
    right: ["It's 7342.", "0981."],
    wrong: "1234.",
    promises: ["No card details on this call.", "We never take card details over the phone."],
    worries: ["Is this a scam?"],
  },
];

describe("either item of a check, and card promises", () => {
  for (const c of CASES) {
    const pack = packFor(c.lang);
    it(`${c.lang}: either item's digits pass, others fail`, () => {
      const asked = askedData(c.ask, pack);
      if (asked === null) throw new Error("not asked");
      for (const answer of c.right) expect(checkData(asked, answer, c.record, pack)).toBe("confirmed");
      expect(checkData(asked, c.wrong, c.record, pack)).toBe("failed");
    });
    it(`${c.lang}: promises of no card request are read, worries are heard`, () => {
      for (const text of c.promises) expect(pack.document.noSecrets.test(text)).toBe(true);
      for (const text of c.worries) expect(pack.hearing.scamWorry.test(text)).toBe(true);
      for (const text of c.worries) expect(pack.hearing.acts["suspects-scam"].test(text)).toBe(true);
    });
  }
});
