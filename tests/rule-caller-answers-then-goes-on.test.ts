// After a knowledge-base answer the rule caller moves the script on: in the same turn when the whole stays short,
// or after at most one follow-up question. A question right after an entry was given gets the entry that fits it;
// one whose answer the caller already said is pointed back to, not said again whole.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { fill, packFor } from "../src/lang/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import { KbMatcher } from "../src/seats/rule/kb-match.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

describe("answer, then the script goes on", () => {
  it("joins a short answer and the next step in one turn", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Is there a cancellation fee?" }, { text: "Okay." }, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const record = await runCall({ scenario: TINY_SCENARIO, seed: 1, caller: new RuleCaller(), callee });
    const answer = record.turns[4];
    expect(answer?.kb).toEqual([1]);
    expect(answer?.step).toBe(3);
    expect(answer?.text.startsWith("There is no cancellation fee after the first 12 months. ")).toBe(true);
    expect(answer?.text.endsWith("Renewing for a year costs $480, which is 20% less than paying monthly.")).toBe(true);
    expect(record.outcome.stepsDelivered).toEqual([1, 2, 3]);
  });

  it("answers a long entry alone, then goes on after the next question whatever its length", async () => {
    const long = "Yes, you can freeze it for up to 3 months a year at no charge, " + "and the freeze starts on the first day of the next billing cycle, ".repeat(4) + "with no paperwork.";
    const scenario: Scenario = {
      ...TINY_SCENARIO,
      caller: { ...TINY_SCENARIO.caller, knowledgeBase: [{ question: "Can I freeze my membership?", answer: long }, ...TINY_SCENARIO.caller.knowledgeBase.slice(1)] },
    };
    const callee = new ScriptedSeat("callee", [
      { text: "Yes, speaking." },
      { text: "Can I freeze my membership in summer?" },
      { text: "Is there a cancellation fee?" },
      { text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } },
    ]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const callerTurns = record.turns.filter((t) => t.speaker === "caller").map((t) => [t.step, t.kb]);
    expect(callerTurns).toEqual([[1, []], [2, []], [null, [0]], [3, [1]]]);
  });
});

describe("matching a question to the knowledge base", () => {
  const kb = new KbMatcher([
    { question: "响应时长是怎样记录的？", answer: "系统从提交工单开始计时，到客服首次回复为止，全程留痕。" },
    { question: "这次改进有哪些成果？", answer: "人工热线平均响应缩短到5分钟以内，每月出一份对比报告。" },
    { question: "能不能把资料发给我？", answer: "可以，留下邮箱就能收到完整的书面材料。" },
  ], packFor("zh"));
  it("a question asking for a figure prefers the entry whose answer has one", () => {
    expect(kb.match("现在响应平均具体多少分钟？有统计吗？")?.index).toBe(1);
  });
  it("an entry just given yields to the next one that fits", () => {
    expect(kb.match("成果的对比表能发我吗？")?.index).toBe(1);
    expect(kb.match("成果的对比表能发我吗？", [1], [1])?.index).toBe(2);
  });
  it("one shared word in a long question is not a match", () => {
    const en = new KbMatcher([{ question: "Do you integrate with ServiceNow and our SSO?", answer: "Yes, both are included at no extra cost." }], packFor("en"));
    expect(en.match("212 active? My SSO logs say 205. How are you counting?")).toBeNull();
    expect(en.match("Does it work with our SSO and ServiceNow?")?.index).toBe(0);
  });
});

describe("a question in two parts", () => {
  it("gets both entries' answers", async () => {
    const scenario: Scenario = {
      ...TINY_SCENARIO,
      caller: {
        ...TINY_SCENARIO.caller,
        knowledgeBase: [
          { question: "Can I freeze my membership?", answer: "Yes, you can freeze it for up to 3 months a year at no charge." },
          { question: "Is there a cancellation fee?", answer: "There is no cancellation fee after the first 12 months." },
        ],
      },
    };
    const callee = new ScriptedSeat("callee", [
      { text: "Yes, speaking." },
      { text: "Can I freeze my membership? And is there a cancellation fee?" },
      { text: "Okay.", end: { condition: 1, reason: "done", hangUp: true } },
    ]);
    const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
    const reply = record.turns[4];
    expect(reply?.kb).toEqual([0, 1]);
    expect(reply?.text.startsWith("Yes, you can freeze it for up to 3 months a year at no charge. There is no cancellation fee after the first 12 months. ")).toBe(true);
    expect(reply?.step).toBe(3);
  });
});

describe("a question the script already answered", () => {
  it("points back to the delivered sentence instead of saying it does not know", async () => {
    const { scriptAnswer } = await import("../src/seats/rule/script-answer.js");
    const delivered = ["Over the last 30 days you had 212 active seats out of 250. We define 'active' as a user who signed in and viewed at least one alert in that window."];
    expect(scriptAnswer("212 active? My logs say 205. How are you counting?", delivered, packFor("en"))).toBe("We define 'active' as a user who signed in and viewed at least one alert in that window.");
    expect(scriptAnswer("Is the price going up next year?", delivered, packFor("en"))).toBeNull();
  });
});

describe("a question whose answer the caller already said", () => {
  it("is pointed back to in a clause ('As I said, …'), then the script goes on", async () => {
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }, { text: "Sorry, when does my membership end?" }, { text: "OK." }, { text: "OK." }, { text: "OK." }]);
    const call = await runCall({ scenario: TINY_SCENARIO, caller: new RuleCaller(), callee, seed: 1 });
    const reply = call.turns[4]?.text ?? "";
    expect(reply.startsWith(fill(packFor("en").caller.recap, { first: "" }).trim())).toBe(true);
    expect(reply).toContain("$480");
  });
});
