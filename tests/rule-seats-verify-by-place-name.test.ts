// Asked which village or town they live in, the customer gives the name its own text holds (or says it does not
// know, never a made-up name), and the caller checks the name against its record: a bare yes is no answer.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData, replyWithData } from "../src/seats/rule/identity-data.js";
import { createRandom } from "../src/util/random.js";

const CASES = [
  { lang: "zh" as const, ask: "麻烦跟您核对一下，您家房子在哪个村？", record: ["户主：周女士", "身份核对：所在村名「青溪村」"], persona: ["退休教师，家在青溪村。"], yes: "是的，没错。", right: "青溪村。", wrong: "白沙村。" },
  { lang: "en" as const, ask: "Just to check, which village is the house in?", record: ["Owner: Mrs Pell", "Verification: village of Ashby Magna"], persona: ["Retired teacher who lives in Ashby Magna."], yes: "Yes, that's right.", right: "It's Ashby Magna.", wrong: "It's Hollowell." },
];

describe("verification by place name", () => {
  for (const c of CASES) {
    const pack = packFor(c.lang);
    const asked = askedData(c.ask, pack);
    it(`${c.lang}: the question asks for a place`, () => {
      expect(asked?.kind.name).toBe("place");
    });
    it(`${c.lang}: a bare yes is no answer; the right name passes, another fails`, () => {
      if (asked === null) throw new Error("not asked");
      expect(checkData(asked, c.yes, c.record, pack)).toBe("none");
      expect(checkData(asked, c.right, c.record, pack)).toBe("confirmed");
      expect(checkData(asked, c.wrong, c.record, pack)).toBe("failed");
    });
    it(`${c.lang}: the customer gives the name its own text holds, or says it does not know`, () => {
      if (asked === null) throw new Error("not asked");
      const reply = replyWithData(asked, c.persona, [], { relative: false, gives: true }, pack, createRandom(1));
      expect(checkData(asked, reply, c.record, pack)).toBe("confirmed");
      const none = replyWithData(asked, ["Retired teacher."], [], { relative: false, gives: true }, pack, createRandom(1));
      expect(pack.callee.dataUnknown).toContain(none);
    });
  }
});
