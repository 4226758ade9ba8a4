// A document that names neither the caller nor the organisation: the relay message and the answer to "who is
// calling?" say no empty "this is …" clause (the rule caller once said "我是，我们另找时间再联系").
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { relayMessage, whoIsCalling, type Names } from "../src/seats/rule/phrases.js";

const NOBODY: Names = { caller: "", organization: null, customer: "" };
const FOR_CUSTOMER: Names = { caller: "", organization: null, customer: "Mr Vale" };
const ORG_ONLY: Names = { caller: "", organization: "Example Clinic", customer: "Mr Vale" };

describe("lines of a caller the document does not name", () => {
  for (const language of ["zh", "en"] as const) {
    const pack = packFor(language);
    it(`${language}: no empty self-introduction in the relay message or the answer to who is calling`, () => {
      for (const line of [relayMessage(pack, NOBODY), relayMessage(pack, FOR_CUSTOMER), whoIsCalling(pack, NOBODY)]) {
        expect(line).not.toMatch(/我是[，。,.]|This is[ .,]*\./);
        expect(line.trim()).not.toBe("");
      }
      expect(relayMessage(pack, FOR_CUSTOMER)).toContain("Mr Vale");
    });
    it(`${language}: an organisation alone still says who is calling`, () => {
      expect(whoIsCalling(pack, ORG_ONLY)).toContain("Example Clinic");
      expect(relayMessage(pack, ORG_ONLY)).toContain("Example Clinic");
    });
  }
});
