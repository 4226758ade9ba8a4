// A persona whose own text says it gives an item readily ("gives the plate from memory", "车牌号张口就来") does not
// hold that item back when asked; one that says nothing of it may. Invented personas, zh and en.
import { describe, expect, it } from "vitest";
import { replyWithData } from "../src/seats/rule/identity-data.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";

const CASES = [
  { language: "en", ask: "Could you tell me your car's registration, please?", own: ["Chatty; gives the registration from memory; hates waiting."], record: ["Registration: PL17 WXA"], value: /PL17 ?WXA/ },
  { language: "zh", ask: "麻烦您报一下车牌号？", own: ["说话爽快，车牌号张口就来。"], record: ["车牌号：鲁C·6T81K"], value: /鲁C·?6T81K/ },
] as const;

describe("a persona that knows an item by heart", () => {
  for (const c of CASES) {
    it(`${c.language}: gives it even where it would hold back`, () => {
      const pack = packFor(c.language);
      const asked = askedData(c.ask, pack);
      if (asked === null) throw new Error("not read as a data request");
      expect(replyWithData(asked, c.own, c.record, { relative: false, gives: false }, pack, createRandom("t"))).toMatch(c.value);
      // Without that trait the hold-back stands.
      expect(replyWithData(asked, [], c.record, { relative: false, gives: false }, pack, createRandom("t"))).not.toMatch(c.value);
    });
  }
});
