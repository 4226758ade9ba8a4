// A vehicle's plate (registration) asked for to check who answered is verification data: the caller checks it against
// the record (a wrong one fails, a bare "yes" gives nothing), the customer gives the one its record states as written
// and never makes one up. Invented values, zh and en.
import { describe, expect, it } from "vitest";
import { checkData, replyWithData } from "../src/seats/rule/identity-data.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";

const CASES = [
  { language: "en", ask: "Just so I've got the right booking, what's the registration of the van you're bringing in?", record: ["Vehicle reg: KX14 RMV (check only, never read out)"], value: /KX14 ?RMV/, right: "Yeah, it's KX14 RMV.", wrong: "It's KX14 RMB, I think." },
  { language: "zh", ask: "为了核对一下，麻烦报一下您的车牌号？", record: ["车牌号：浙B·7K52Q（核对用，不先说）"], value: /浙B·?7K52Q/, right: "浙B7K52Q。", wrong: "浙B7K52D吧。" },
] as const;

describe("a vehicle plate as verification data", () => {
  for (const c of CASES) {
    it(`${c.language}: asked, checked against the record and given as written`, () => {
      const pack = packFor(c.language);
      const asked = askedData(c.ask, pack);
      expect(asked?.kind.name).toBe("plate");
      if (asked === null) return;
      expect(checkData(asked, c.right, c.record, pack)).toBe("confirmed");
      expect(checkData(asked, c.wrong, c.record, pack)).toBe("failed");
      expect(checkData(asked, c.language === "en" ? "Yes." : "是的。", c.record, pack)).toBe("none");
      expect(replyWithData(asked, [], c.record, { relative: false, gives: true }, pack, createRandom("t"))).toMatch(c.value);
      // Nothing on either side: the customer says it does not know rather than making a plate up.
      expect(replyWithData(asked, [], [], { relative: false, gives: true }, pack, createRandom("t"))).not.toMatch(/\d/);
    });
  }
});
