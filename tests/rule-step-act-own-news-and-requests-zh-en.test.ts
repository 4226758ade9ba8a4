// A direction that says its own news ("tell him the mechanic found the chain worn…") keeps its words rather than
// giving way to a record line that shares one word with it; a direction that asks the customer to do something
// ("ask him to read out…", "请她…") becomes a request in the caller's own words, never read out as written.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { stepAct } from "../src/seats/rule/step-act.js";

const EN = packFor("en");
const ZH = packFor("zh");

describe("a direction with its own news keeps its words", () => {
  it("en", () => {
    const profile = ["Bike — grey commuter hybrid, drop-off 27 November", "New chain 22 pounds fitted."];
    expect(stepAct("tell him the mechanic found the chain worn past its limit, which wears the gears if left.", EN, profile)).toEqual({ kind: "say", text: "The mechanic found the chain worn past its limit, which wears the gears if left." });
    expect(stepAct("tell him we will text when the bike is ready to collect.", EN, profile)).toEqual({ kind: "say", text: "We will text when the bike is ready to collect." });
  });

  it("a direction that only names record items still says them (en, zh)", () => {
    expect(stepAct("Tell her the balance.", EN, ["Balance: 240 pounds due at print."])).toEqual({ kind: "say", text: "240 pounds due at print." });
    expect(stepAct("告知逾期的书和目前的逾期费。", ZH, ["逾期图书《某书》，应还日期 2026-01-10；", "逾期费每天 0.2 元，目前 1.4 元。"])).toEqual({ kind: "say", text: "逾期图书《某书》，应还日期 2026-01-10。逾期费每天 0.2 元，目前 1.4 元。" });
  });

  it("zh", () => {
    expect(stepAct("告诉他保养师傅发现滤芯已经发黑，再用会影响出水。", ZH, ["滤芯：上次更换 2025年3月"])).toEqual({ kind: "say", text: "保养师傅发现滤芯已经发黑，再用会影响出水。" });
  });
});

describe("a direction asking the customer to do something becomes a request", () => {
  it.each([
    ["ask him to read out the job number on his drop-off slip.", "Could you read out the job number on your drop-off slip, please?"],
    ["Ask her for the postcode on the booking form.", "Could you give me the postcode on the booking form, please?"],
  ] as const)("en: %s", (line, said) => {
    expect(stepAct(line, EN, [])).toEqual({ kind: "say", text: said });
  });

  it("zh: 请她…", () => {
    expect(stepAct("请她上门那天把阳台的杂物清走，留出走道。", ZH, [])).toEqual({ kind: "say", text: "麻烦您上门那天把阳台的杂物清走，留出走道。" });
  });
});
