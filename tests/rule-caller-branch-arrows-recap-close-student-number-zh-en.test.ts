// Three general causes found on the opened heldout-k set (zh, en): a step's sub-line written as a branch arrow
// ("→ if X: do Y") is a direction, never said; a last step "recap …, say the closing line" closes the call with the
// document's closing instead of being read out; and "the last four digits of the <item>" is checked against a record
// line "<item>: <long number>" whose label no kind of data names, so a made-up value fails and the customer gives
// the right digits.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan, speakableLines } from "../src/seats/rule/caller-plan.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData, dataClauses, replyWithData } from "../src/seats/rule/identity-data.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const CASES = [
  {
    language: "zh" as Language,
    line: "这批货下周二送到，您看可以吗？",
    arrow: "→ 不方便：改到下周四，不加钱。",
    recap: "复述送货日期、件数和收货地址，说结束语。",
    record: "借书证号：55102938",
    ask: "麻烦您说一下借书证号的后四位，我核对一下。",
    right: "2938。",
    wrong: "2504。",
  },
  {
    language: "en" as Language,
    line: "The parcel goes out next Tuesday, does that work for you?",
    arrow: "→ Not at home: move it to Thursday at no charge.",
    recap: "Recap the delivery day and the number of boxes, then say the closing line.",
    record: "Member ID: 55102938",
    ask: "Could you tell me the last four digits of your member ID, just to check?",
    right: "It's 2938.",
    wrong: "It's 2504.",
  },
];

describe("branch arrows, a recap-and-close step, the digits of a named record item", () => {
  it.each(CASES)("$language: an arrow line is never said", ({ language, line, arrow }) => {
    expect(speakableLines([line, arrow], packFor(language))).toEqual([line]);
  });

  it.each(CASES)("$language: a recap step that says to give the closing line closes the call", ({ language, line, recap }) => {
    const scenario: Scenario = {
      ...TINY_SCENARIO,
      language,
      caller: { ...TINY_SCENARIO.caller, steps: [{ index: 1, title: "1", lines: [line] }, { index: 2, title: "2", lines: [recap] }] },
    };
    const plan = callerPlan(callerView(scenario));
    expect(plan.closeSteps.has(2)).toBe(true);
    expect(plan.stepLines[1]).toBe("");
  });

  it.each(CASES)("$language: the last digits are checked against the labelled number", ({ language, record, ask, right, wrong }) => {
    const pack = packFor(language);
    const asked = askedData(ask, pack);
    expect(asked).not.toBeNull();
    if (asked === null) return;
    expect(checkData(asked, right, [record], pack)).toBe("confirmed");
    expect(checkData(asked, wrong, [record], pack)).toBe("failed");
    const reply = replyWithData(asked, [], dataClauses([record], pack), { relative: false, gives: true }, pack, createRandom("x"));
    expect(reply).toContain("2938");
  });
});
