// A check that offers two items ("your customer number or your postcode", "邮政编码，或者会员号"): the rule customer
// gives the one its own data holds instead of making the other up, and the rule caller passes it when it matches the
// record's value for that item (zh, en).
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData, replyWithData } from "../src/seats/rule/identity-data.js";
import { createRandom } from "../src/util/random.js";
import type { Language } from "../src/schema/index.js";

const CASES: { language: Language; line: string; record: string; value: string; wrong: string }[] = [
  { language: "en", line: "Before I go on, could you give me your customer number or your postcode?", record: "Customer number: QX-7741", value: "QX-7741", wrong: "It's QX-7714." },
  { language: "zh", line: "麻烦您报一下出生年份，或者订单号？", record: "订单号：DD-58213", value: "58213", wrong: "订单号是DD-58231。" },
];

describe.each(CASES)("two items offered ($language)", (c) => {
  const pack = packFor(c.language);
  const asked = askedData(c.line, pack);
  it("the customer gives the item its own data holds", () => {
    expect(asked).not.toBeNull();
    if (asked === null) return;
    const reply = replyWithData(asked, ["Nothing about numbers here."], [c.record], { relative: false, gives: true }, pack, createRandom("seed"));
    expect(reply).toContain(c.value);
  });
  it("the caller passes it when it matches the record, and not a number that does not", () => {
    if (asked === null) return;
    expect(checkData(asked, `${c.value}.`, [c.record], pack)).toBe("confirmed");
    expect(checkData(asked, c.wrong, [c.record], pack)).not.toBe("confirmed");
  });
});

describe("a record line naming its reference without 'number' (en)", () => {
  const pack = packFor("en");
  it("'Account QX-7741 · Elm Cottage' states the account number the customer gives and the caller checks", () => {
    const asked = askedData("Could you give me the account number or the house name, please?", pack);
    expect(asked).not.toBeNull();
    if (asked === null) return;
    const record = "Account QX-7741 · Elm Cottage, Oakby";
    const reply = replyWithData(asked, ["Nothing about numbers here."], [record], { relative: false, gives: true }, pack, createRandom("seed"));
    expect(reply).toContain("QX-7741");
    expect(checkData(asked, reply, [record], pack)).toBe("confirmed");
    expect(checkData(asked, "It's 37904708.", [record], pack)).not.toBe("confirmed");
  });
});
