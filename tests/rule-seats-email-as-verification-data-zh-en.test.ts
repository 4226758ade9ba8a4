// An email address asked for to check who answered is verification data: the caller checks it against the record (a
// wrong one fails), the customer gives its own from the record as written and never makes one up, and the address is
// no request to have things sent in writing. Invented values, zh and en.
import { describe, expect, it } from "vitest";
import { checkData, replyWithData } from "../src/seats/rule/identity-data.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";

const CASES = [
  { language: "en", ask: "Could you confirm the email address on your account, please?", record: ["Check question: the email address on the account (lin.ma@post.example)"], right: "Sure, Lin.Ma@post.example.", wrong: "It's lin@other.example." },
  { language: "zh", ask: "麻烦您说一下账户绑定的邮箱？", record: ["核对方式：账户绑定的邮箱（lin.ma@post.example）"], right: "lin.ma@post.example", wrong: "lin@other.example" },
] as const;

describe("an email address as verification data", () => {
  for (const c of CASES) {
    it(`${c.language}: checked against the record and given as written`, () => {
      const pack = packFor(c.language);
      const asked = askedData(c.ask, pack);
      expect(asked?.kind.name).toBe("email");
      if (asked === null) return;
      expect(checkData(asked, c.right, c.record, pack)).toBe("confirmed");
      expect(checkData(asked, c.wrong, c.record, pack)).toBe("failed");
      expect(replyWithData(asked, [], c.record, { relative: false, gives: true }, pack, createRandom("t"))).toContain("lin.ma@post.example");
      // Nothing on either side: the customer says it does not know rather than making an address up.
      expect(replyWithData(asked, [], [], { relative: false, gives: true }, pack, createRandom("t"))).not.toMatch(/@/);
    });
  }
});
