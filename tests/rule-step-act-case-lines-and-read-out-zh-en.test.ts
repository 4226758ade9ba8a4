// A step line that opens on a short case before a colon ("客户要改数量：…", "都不行：…", "If neither suits: …") is a branch
// for that case and is not said in the step's turn; a lead telling the caller to read out what follows ("逐个念：",
// "Read out:") is the caller's own, and only what follows is said. A head that speaks to the customer stays speech.
import { describe, expect, it } from "vitest";
import { stepAct } from "../src/seats/rule/step-act.js";
import { packFor } from "../src/lang/index.js";

const zh = packFor("zh");
const en = packFor("en");

describe("case lines and read-out leads (zh)", () => {
  it("a case before a colon is silent", () => {
    expect(stepAct("客户要改数量：总数不变可以直接改；总数要加减，告知需要同事重新确认。", zh, [])).toEqual({ kind: "silent" });
    expect(stepAct("都不行：记下客户希望的日期，告知最后发货日。", zh, [])).toEqual({ kind: "silent" });
    expect(stepAct("低于 3 分：问一句哪里不满意，如实记录。", zh, [])).toEqual({ kind: "silent" });
  });
  it("the read-out lead is dropped and the rest said", () => {
    expect(stepAct("逐个念：一号楼 40 套、二号楼 25 套。", zh, [])).toEqual({ kind: "say", text: "一号楼 40 套、二号楼 25 套。" });
  });
  it("a head that speaks to the customer is speech", () => {
    expect(stepAct("您要是都不方便：我们也可以改到下周。", zh, [])).toBeNull();
  });
});

describe("case lines and read-out leads (en)", () => {
  it("a case before a colon is silent", () => {
    expect(stepAct("If neither day suits: note the day they want and say the office will ring back.", en, [])).toEqual({ kind: "silent" });
    expect(stepAct("Customer wants to change the count: keep the total, pass larger changes to sales.", en, [])).toEqual({ kind: "silent" });
    expect(stepAct("Below 3: ask what went wrong and note it.", en, [])).toEqual({ kind: "silent" });
  });
  it("the read-out lead is dropped and the rest said", () => {
    expect(stepAct("Read out: 40 units at the depot, 25 at the shop.", en, [])).toEqual({ kind: "say", text: "40 units at the depot, 25 at the shop." });
  });
  it("a head that speaks to the customer is speech, and so is a sentence with a colon after a comma", () => {
    expect(stepAct("If you'd rather wait: we can hold it for a week.", en, [])).toBeNull();
    expect(stepAct("If she'd like to continue, there are two options: 30 minutes or 45 minutes.", en, [])).toBeNull();
  });
});
