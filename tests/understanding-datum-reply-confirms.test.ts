// Asked for a datum to check who is speaking (a street, a house, a village: data with no figures), the customer's
// reply that gives one confirms identity; one that asks, agrees, declines or doubts does not. Invented lines, zh and en.
import { describe, expect, it } from "vitest";
import { readActs } from "../src/seats/rule/acts.js";
import { packFor } from "../src/lang/index.js";
import type { Language } from "../src/schema/index.js";

const CASES: { language: Language; prev: string; gives: string; not: string[] }[] = [
  {
    language: "en",
    prev: "Before we go on, could you confirm the first line of your address for me?",
    gives: "Orchard Cottage, Bridge Lane",
    not: ["why do you need that", "I'd rather not say"],
  },
  {
    language: "zh",
    prev: "麻烦跟您核对一下，您家住在哪个小区？",
    gives: "阳光花园 东区",
    not: ["你要这个干嘛", "好的 你问吧"],
  },
];

describe.each(CASES)("a reply to a request for a datum ($language)", (c) => {
  const pack = packFor(c.language);
  const context = { prev: c.prev, customerName: "", awaiting: null };
  it("that gives the datum confirms identity", () => {
    expect(readActs(c.gives, pack, context)[0]).toBe("confirm-identity");
  });
  it("that asks, agrees or declines does not", () => {
    for (const line of c.not) expect(readActs(line, pack, context)).not.toContain("confirm-identity");
  });
  it("with nothing asked before, the same words confirm nothing", () => {
    expect(readActs(c.gives, pack, { ...context, prev: null })).not.toContain("confirm-identity");
  });
});
