// "The last four digits of the order number" is checked against the order number the caller's side states (its
// label is another kind's: "订单号 AB-4417"), also where the customer is described only in the role paragraph; a
// phone ending stated beside it is not the item asked, and a made-up value never passes. The rule customer gives
// the digits of the item asked.
import { describe, expect, it } from "vitest";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData, recordTexts, replyWithData, dataClauses } from "../src/seats/rule/identity-data.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const CASES = [
  { language: "zh" as const, role: "你是客服小林，要给客户王先生（手机尾号 5093，订单号 AB-4417）打电话。", ask: "麻烦您报一下订单号后四位，我核对一下。", right: "4417。", phone: "5093。", wrong: "8260。" },
  { language: "en" as const, role: "You are Lin from the shop calling Mr Wang (phone ending 5093, order number AB-4417).", ask: "Could you give me the last four digits of your order number?", right: "It's 4417.", phone: "It's 5093.", wrong: "It's 8260." },
];

describe("last digits of a named item", () => {
  it.each(CASES)("$language: checks the item's digits and gives them", ({ language, role, ask, right, phone, wrong }) => {
    const pack = packFor(language);
    const caller = { ...TINY_SCENARIO.caller, customerProfile: [], task: "", role };
    const asked = askedData(ask, pack);
    expect(asked).not.toBeNull();
    if (asked === null) return;
    const texts = recordTexts(caller);
    expect(checkData(asked, right, texts, pack)).toBe("confirmed");
    expect(checkData(asked, phone, texts, pack)).toBe("failed");
    expect(checkData(asked, wrong, texts, pack)).toBe("failed");
    const reply = replyWithData(asked, [], dataClauses(texts, pack), { relative: false, gives: true }, pack, createRandom("x"));
    expect(reply).toContain("4417");
  });
});
