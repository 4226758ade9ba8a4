// The identity gate checks verification data for real (zh, en): the right data confirms, wrong data fails with
// nothing customer-specific said, a bare "yes" never verifies; the rule customer gives the kind of data asked,
// from its own persona only (a relative or a customer who does not know it says so).
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData, replyWithData } from "../src/seats/rule/identity-data.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";
import type { Language, Scenario } from "../src/schema/index.js";
import type { SeatTurn } from "../src/seats/seat.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

interface Case {
  language: Language;
  profile: string[];
  ask: string;
  right: string;
  wrong: string;
  bare: string;
  hello: string;
  bye: string;
  /** A customer-specific figure of the script (never said before the data checks out). */
  detail: RegExp;
  steps: string[];
  facts: Scenario["facts"];
}

const CASES: Case[] = [
  {
    language: "en",
    profile: ["Name: Sam Taylor", "Date of birth: 1961-04-22", "Plan ends on 2025-09-30"],
    ask: "Before I go on, could you confirm your date of birth?",
    right: "Sure, it's April 22, 1961.",
    wrong: "It's 1975-03-09.",
    bare: "Yes.",
    hello: "Yes, speaking.",
    bye: "Okay, bye.",
    detail: /2025-09-30|\$480/,
    steps: ["Hi, is this Sam Taylor?", "Your membership ends on 2025-09-30, so I'm calling about renewing.", "Renewing for a year costs $480."],
    facts: TINY_SCENARIO.facts,
  },
  {
    language: "zh",
    profile: ["姓名：陈宇", "卡号尾号6218", "分期金额12,000元，首期还款日4月25日"],
    ask: "为了确认是您本人，麻烦您说一下卡号后四位。",
    right: "6218。",
    wrong: "是5530。",
    bare: "对，是我。",
    hello: "是我，你说。",
    bye: "好的，再见。",
    detail: /12,000|4月25日/,
    steps: ["请问是陈宇先生吗？", "您办的分期金额是12,000元。", "首期还款日是4月25日。"],
    facts: [
      { text: "12,000元", value: 12000, unit: "元", line: 3, source: "分期金额12,000元，首期还款日4月25日" },
      { text: "4月25日", value: null, unit: "date", line: 3, source: "分期金额12,000元，首期还款日4月25日" },
    ],
  },
];

function scenarioFor(c: Case): Scenario {
  const [first, ...rest] = c.steps;
  if (first === undefined) throw new Error("a case has steps");
  const steps = [first, c.ask, ...rest].map((line, i) => ({ index: i + 1, title: `Step ${i + 1}`, lines: [line] }));
  return { ...TINY_SCENARIO, language: c.language, caller: { ...TINY_SCENARIO.caller, customerProfile: c.profile, steps, opening: first, knowledgeBase: [], closingLines: [], endConditions: [] }, facts: c.facts, callee: { ...TINY_SCENARIO.callee, name: c.profile[0]?.split(/[:：]/)[1]?.trim() ?? "" } };
}

async function callerLines(c: Case, answers: readonly string[]): Promise<string[]> {
  const turns: SeatTurn[] = [c.hello, ...answers].map((text) => ({ text }));
  const callee = new ScriptedSeat("callee", [...turns, { text: c.bye, end: { condition: 1, reason: "done", hangUp: true } }]);
  const record = await runCall({ scenario: scenarioFor(c), seed: 3, caller: new RuleCaller(), callee });
  return record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
}

describe.each(CASES)("identity data check ($language)", (c) => {
  it("the right data confirms and the details follow", async () => {
    const said = await callerLines(c, [c.right, c.bare, c.bare]);
    if (process.env.VDBG) console.log(said);
    expect(said.some((line) => c.detail.test(line))).toBe(true);
  });

  it("wrong data fails: asked once more, then closed with nothing customer-specific said", async () => {
    const said = await callerLines(c, [c.wrong, c.wrong, c.bare]);
    if (process.env.VDBG) console.log(said);
    expect(said.filter((line) => c.detail.test(line))).toEqual([]);
    expect(said.some((line) => line.includes(packFor(c.language).caller.verifyMismatch.split("{")[0] ?? "\u0000"))).toBe(true);
  });

  it("a bare yes does not verify", async () => {
    const said = await callerLines(c, [c.bare, c.bare, c.bare]);
    expect(said.filter((line) => c.detail.test(line))).toEqual([]);
  });

  it("checks against the profile where it states the item, else by shape", () => {
    const pack = packFor(c.language);
    const asked = askedData(c.ask, pack);
    expect(asked).not.toBeNull();
    if (asked === null) return;
    expect(checkData(asked, c.right, c.profile, pack)).toBe("confirmed");
    expect(checkData(asked, c.wrong, c.profile, pack)).toBe("failed");
    expect(checkData(asked, c.bare, c.profile, pack)).toBe("none");
    // No value in the profile: an answer of the right shape passes, a bare yes or a wrong shape does not.
    expect(checkData(asked, c.wrong, [], pack)).toBe("confirmed");
    expect(checkData(asked, c.bare, [], pack)).toBe("none");
    expect(checkData(asked, "12", [], pack)).toBe("none");
  });

  it("the customer gives the kind asked, from its own side; a relative or one who does not know says so", () => {
    const pack = packFor(c.language);
    const asked = askedData(c.ask, pack);
    if (asked === null) throw new Error("the ask reads as a kind of data");
    const customer = { relative: false, gives: true };
    const own = replyWithData(asked, c.profile, [], customer, pack, createRandom(1));
    expect(checkData(asked, own, c.profile, pack)).toBe("confirmed");
    // Nothing stated on its side: a value of the asked shape (which the caller's own record then judges).
    const madeUp = replyWithData(asked, ["Likes quiet evenings."], [], customer, pack, createRandom(2));
    expect(checkData(asked, madeUp, [], pack)).toBe("confirmed");
    expect(pack.callee.dataNotMine).toContain(replyWithData(asked, c.profile, [], { relative: true, gives: true }, pack, createRandom(3)));
    const forgets = c.profile.map((line) => `${line} ${c.language === "zh" ? "不记得" : "(does not remember it)"}`);
    expect(pack.callee.dataUnknown).toContain(replyWithData(asked, forgets, [], customer, pack, createRandom(4)));
  });
});
