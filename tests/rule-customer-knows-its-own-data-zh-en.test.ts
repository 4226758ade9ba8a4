// A customer knows its own verification data (zh, en): where only the caller's profile states it, the rule customer
// gives the profile's value and the call passes the check; a relative still gives nothing; the customer's view holds
// those data clauses of the caller's side and nothing else of it.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { calleeView } from "../src/call/seat-views.js";
import { createSeat } from "../src/seats/create-seat.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { askedData } from "../src/seats/rule/identity-question.js";
import { checkData, recordTexts, replyWithData } from "../src/seats/rule/identity-data.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { customerSystemPrompt } from "../src/seats/llm/customer-prompt.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

interface Case {
  language: Language;
  name: string;
  /** The profile line stating the data, and the value the check wants. */
  dataLine: string;
  value: RegExp;
  otherProfile: string[];
  ask: string;
  steps: string[];
  /** A customer-specific line said only after the check passes. */
  detail: RegExp;
  /** The persona, stating no verification data. */
  background: string;
  /** A persona line stating digits of another item than the one asked. */
  otherItem: string;
  kb: { question: string; answer: string };
  /** The document's figures (the caller says only grounded figures). */
  facts: Scenario["facts"];
}

const CASES: Case[] = [
  {
    language: "en",
    name: "Sam Taylor",
    dataLine: "Date of birth: 1961-04-22",
    value: /April 22, 1961|1961-04-22/,
    otherProfile: ["Name: Sam Taylor", "Plan ends on 2025-09-30", "Prefers email over phone"],
    ask: "Before I go on, could you confirm your date of birth?",
    steps: ["Hi, is this Sam Taylor?", "Your membership ends on 2025-09-30, so I'm calling about renewing.", "Renewing for a year costs $480."],
    detail: /2025-09-30|\$480/,
    background: "Sam trains twice a week and likes the early classes.",
    otherItem: "His locker code ends in 0042.",
    kb: { question: "Can I freeze my membership?", answer: "Yes, you can freeze it for up to 3 months a year at no charge." },
    facts: TINY_SCENARIO.facts,
  },
  {
    language: "zh",
    name: "陈宇",
    dataLine: "卡号尾号6218",
    value: /6218/,
    otherProfile: ["姓名：陈宇", "分期金额12,000元，首期还款日4月25日", "喜欢晚上接电话"],
    ask: "为了确认是您本人，麻烦您说一下卡号后四位。",
    steps: ["请问是陈宇先生吗？", "您办的分期金额是12,000元。", "首期还款日是4月25日。"],
    detail: /12,000|4月25日/,
    background: "陈宇平时工作很忙，下班后才有空。",
    otherItem: "手机尾号0042",
    kb: { question: "可以提前还款吗？", answer: "可以，提前还款不收手续费。" },
    facts: [
      { text: "12,000元", value: 12000, unit: "元", line: 3, source: "分期金额12,000元，首期还款日4月25日" },
      { text: "4月25日", value: null, unit: "date", line: 3, source: "分期金额12,000元，首期还款日4月25日" },
    ],
  },
  // A record that states an address with no label before it: the value's own shape says what it is.
  {
    language: "en",
    name: "Dana Reyes",
    dataLine: "Home: 14 Birch Lane",
    value: /14 Birch Lane/,
    otherProfile: ["Name: Dana Reyes", "Plan ends on 2025-09-30", "Prefers email over phone"],
    ask: "For security, could you confirm the first line of your address?",
    steps: ["Hi, is this Dana Reyes?", "Your membership ends on 2025-09-30, so I'm calling about renewing.", "Renewing for a year costs $480."],
    detail: /2025-09-30|\$480/,
    background: "Dana trains twice a week and likes the early classes.",
    otherItem: "Her locker code ends in 0042.",
    kb: { question: "Can I freeze my membership?", answer: "Yes, you can freeze it for up to 3 months a year at no charge." },
    facts: TINY_SCENARIO.facts,
  },
  {
    language: "zh",
    name: "周敏",
    dataLine: "家：幸福路12号",
    value: /幸福路12号/,
    otherProfile: ["姓名：周敏", "分期金额12,000元，首期还款日4月25日", "喜欢晚上接电话"],
    ask: "为了确认是您本人，麻烦您说一下家庭地址。",
    steps: ["请问是周敏女士吗？", "您办的分期金额是12,000元。", "首期还款日是4月25日。"],
    detail: /12,000|4月25日/,
    background: "周敏平时工作很忙，下班后才有空。",
    otherItem: "手机尾号0042",
    kb: { question: "可以提前还款吗？", answer: "可以，提前还款不收手续费。" },
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
  return {
    ...TINY_SCENARIO,
    language: c.language,
    caller: { ...TINY_SCENARIO.caller, task: "", customerProfile: [c.otherProfile[0] ?? "", c.dataLine, ...c.otherProfile.slice(1)], steps, opening: first, knowledgeBase: [c.kb], closingLines: [], endConditions: [] },
    facts: c.facts,
    callee: { ...TINY_SCENARIO.callee, name: c.name, role: "", background: c.background, concerns: [], behaviours: [], style: { positive: [], negative: [] }, endConditions: [] },
  };
}

describe.each(CASES)("a customer knows its own data ($language, $dataLine)", (c) => {
  const scenario = scenarioFor(c);
  const pack = packFor(c.language);

  it("the customer's view holds the profile's data clause and nothing else of the caller's side", () => {
    const view = calleeView(scenario);
    expect(view.ownData).toEqual([c.dataLine]);
    const seen = JSON.stringify(view);
    const callerOnly = [...c.otherProfile, ...c.steps, c.ask, c.kb.question, c.kb.answer];
    expect(callerOnly.filter((text) => seen.includes(text))).toEqual([]);
  });

  it("gives the profile's value where its persona states none, and the check confirms it", () => {
    const asked = askedData(c.ask, pack);
    if (asked === null) throw new Error("the ask reads as a kind of data");
    const view = calleeView(scenario);
    const persona = [view.callee.background];
    const reply = replyWithData(asked, persona, view.ownData, { relative: false, gives: true }, pack, createRandom(1));
    expect(reply).toMatch(c.value);
    expect(checkData(asked, reply, recordTexts(scenario.caller), pack)).toBe("confirmed");
    // Without its own data it can only make a value up, which the record then contradicts.
    const madeUp = replyWithData(asked, persona, [], { relative: false, gives: true }, pack, createRandom(1));
    expect(checkData(asked, madeUp, recordTexts(scenario.caller), pack)).toBe("failed");
  });

  it("the persona's own value first, unless it names another item than the one asked", () => {
    const asked = askedData(c.ask, pack);
    if (asked === null) throw new Error("the ask reads as a kind of data");
    const ownData = calleeView(scenario).ownData;
    const own = replyWithData(asked, [c.dataLine], ["nothing of the kind"], { relative: false, gives: true }, pack, createRandom(3));
    expect(own).toMatch(c.value);
    if (asked.kind.name === "lastDigits") {
      const reply = replyWithData(asked, [c.otherItem], ownData, { relative: false, gives: true }, pack, createRandom(3));
      expect(reply).toMatch(c.value);
    }
  });

  it("the model customer's prompt lists its own data, and is unchanged without any", () => {
    const view = calleeView(scenario);
    expect(customerSystemPrompt(view.callee, c.language, view.ownData)).toContain(`- ${c.dataLine}`);
    expect(customerSystemPrompt(view.callee, c.language, [])).toBe(customerSystemPrompt(view.callee, c.language));
    expect(customerSystemPrompt(view.callee, c.language, [])).not.toContain(c.dataLine);
  });

  it("a relative still gives nothing", () => {
    const asked = askedData(c.ask, pack);
    if (asked === null) throw new Error("the ask reads as a kind of data");
    const reply = replyWithData(asked, [c.background], calleeView(scenario).ownData, { relative: true, gives: true }, pack, createRandom(2));
    expect(pack.callee.dataNotMine).toContain(reply);
    expect(reply).not.toMatch(c.value);
  });

  it("rule calls pass the check with the profile's value, never with a mismatch", async () => {
    const mismatch = pack.caller.verifyMismatch.split("{")[0] ?? "\u0000";
    let passed = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const call = await runCall({ scenario, caller: new RuleCaller(), callee: createSeat("callee", "rule"), seed });
      if (process.env.VDBG) console.log(call.turns.map((t) => `${t.speaker}: ${t.text}`).join("\n"), call.end);
      const caller = call.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
      expect(caller.filter((line) => line.includes(mismatch))).toEqual([]);
      const gave = call.turns.some((t) => t.speaker === "callee" && c.value.test(t.text));
      if (gave && caller.some((line) => c.detail.test(line))) passed++;
    }
    expect(passed).toBeGreaterThan(0);
  });
});
