// A check step whose branch foresees a customer who cannot give the datum ("can't remember it: ask for the postcode
// instead", "记不清 → 改问：哪条街、几号楼") has the caller ask that other datum, never the same question again; a
// branch line quoted is said as written; a step with no such branch, or one asking what the record cannot check,
// gives nothing (zh, en; invented wording).
import { describe, expect, it } from "vitest";
import { fallbackAsk } from "../src/seats/rule/datum-fallback.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { callerView } from "../src/call/seat-views.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const RECORD = { en: ["Member number: 40317", "Postcode: KT3 9QX"], zh: ["会员号：40317", "住址：和平路 12 号"] };
const withCheck = (language: "zh" | "en", line: string, branches: string[], record: string[] = RECORD[language]): Scenario => ({
  ...TINY_SCENARIO,
  language,
  caller: { ...TINY_SCENARIO.caller, customerProfile: record, steps: [{ index: 1, title: "check", lines: [line], branches }] },
});
const planOf = (s: Scenario) => callerPlan(callerView(s));

describe("the branch's other datum (en)", () => {
  it("'ask for X instead' becomes a request for X", () => {
    const plan = planOf(withCheck("en", "Could you read me your member number?", ["Can't remember it: ask for the postcode instead."]));
    expect(fallbackAsk(plan, "Could you read me your member number?")).toBe("No problem. Could you give me the postcode instead?");
  });
  it("an alternative the record cannot check is not asked", () => {
    const plan = planOf(withCheck("en", "Could you read me your member number?", ["Can't remember it → \"No problem, what colour was the parcel?\""]));
    expect(fallbackAsk(plan, "Could you read me your member number?")).toBeNull();
  });
  it("no branch for a datum not at hand: nothing", () => {
    const plan = planOf(withCheck("en", "Could you read me your member number?", ["Doesn't match: use the closing."]));
    expect(fallbackAsk(plan, "Could you read me your member number?")).toBeNull();
  });
});

describe("the branch's other datum (zh)", () => {
  it("改问 names what to ask", () => {
    const plan = planOf(withCheck("zh", "麻烦您报一下会员号。", ["记不清 → 改问：哪条街、几号楼。"]));
    expect(fallbackAsk(plan, "麻烦您报一下会员号。")).toBe("没关系，那您说一下哪条街、几号楼？");
  });
  it("an item the record does not hold in a shape it can check is not asked", () => {
    const plan = planOf(withCheck("zh", "麻烦您报一下会员号。", ["记不清 → 改问：哪条街、几号楼。"], ["会员号：40317"]));
    expect(fallbackAsk(plan, "麻烦您报一下会员号。")).toBeNull();
  });
  it("a quoted line is said as written", () => {
    const plan = planOf(withCheck("zh", "麻烦您报一下会员号。", ["记不得：改问：“那您说说住哪条街，我对一下。”"]));
    expect(fallbackAsk(plan, "麻烦您报一下会员号。")).toBe("那您说说住哪条街，我对一下。");
  });
});
