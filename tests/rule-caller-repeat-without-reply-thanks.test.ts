// Asked to say it again, the caller repeats what it told or asked, not the thanks it opened with for the reply before
// it ("Thank you, noted, that matches what we have." said twice thanks the customer for nothing new).
import { describe, expect, it } from "vitest";
import { withoutReplyThanks } from "../src/seats/rule/caller-lines.js";
import { packFor } from "../src/lang/index.js";

const ASKS = { zh: "这周用下来，听得清楚吗？", en: "How has it been this week, can you hear clearly?" } as const;

describe("repeating a line", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: drops the thanks for the identity check or a noted rating, keeps the question`, () => {
      const pack = packFor(lang);
      const j = pack.speech.joiner;
      expect(withoutReplyThanks(`${pack.caller.verified}${j}${ASKS[lang]}`, pack)).toBe(ASKS[lang]);
      expect(withoutReplyThanks(`${pack.caller.acknowledge.repeat}${j}${pack.caller.acknowledge.rating}${j}${ASKS[lang]}`, pack)).toBe(ASKS[lang]);
      expect(withoutReplyThanks(pack.caller.verified, pack)).toBe(pack.caller.verified);
    });
  }
});
