// Someone else answers for the customer: the rule caller leaves the document's own closing for that case when it
// names the customer (a callback number in it is no figure of the customer's), else the pack's relay message (zh, en).
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { relayFor } from "../src/seats/rule/caller-moves.js";
import { runCall } from "../src/call/index.js";
import { extractFigures } from "../src/text/figures.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

/** The endings the rule caller's relay closes (its policy table's). */
const WANTED = ["relative", "identity", "interrupted", "escalate", "busy"] as const;

interface Case {
  language: Language;
  name: string;
  condition: string;
  /** The document's closing for a wrong person, naming the customer; one that does not. */
  named: string;
  unnamed: string;
  relative: string;
}

const CASES: Case[] = [
  {
    language: "en",
    name: "Sam Taylor",
    condition: "The person answering is not Sam Taylor; leave a name and callback request only.",
    named: "Could you let Mr. Taylor know Northside Fitness called? He can reach us at 1-800-555-0199. Thank you.",
    unnamed: "Could you pass on that Northside Fitness called? Thank you.",
    relative: "He's not home right now, I'm his wife.",
  },
  {
    language: "zh",
    name: "陈宇",
    condition: "接电话的不是陈宇本人：只留言请其回电。",
    named: "麻烦您转告陈先生，北辰健身来过电话，回电请拨400-820-1234，谢谢。",
    unnamed: "麻烦您帮忙转告一声，北辰健身来过电话，谢谢。",
    relative: "他不在家，我是他老婆。",
  },
];

function scenarioWith(c: Case, closing: string): Scenario {
  const caller = TINY_SCENARIO.caller;
  // The document's figures as the reader finds them: the callback number is one (the caller says only those).
  const facts = [...TINY_SCENARIO.facts, ...extractFigures(closing).map((f) => ({ text: f.text, value: f.value, unit: f.unit, line: 30, source: closing }))];
  return {
    ...TINY_SCENARIO,
    facts,
    language: c.language,
    caller: { ...caller, endConditions: [caller.endConditions[0] ?? "", caller.endConditions[1] ?? "", c.condition], closingLines: [caller.closingLines[0] ?? "", caller.closingLines[1] ?? "", closing] },
    callee: { ...TINY_SCENARIO.callee, name: c.name },
  };
}

describe.each(CASES)("a message left with someone else ($language)", (c) => {
  it("is the document's own closing for that case when it names the customer", () => {
    expect(relayFor(callerPlan(callerView(scenarioWith(c, c.named))), WANTED)).toBe(c.named);
  });
  it("is the pack's relay message when the document's closing does not name the customer", () => {
    const relay = relayFor(callerPlan(callerView(scenarioWith(c, c.unnamed))), WANTED);
    expect(relay).not.toBe(c.unnamed);
    expect(relay).toContain(c.name);
  });
  it("ends a rule call with it, and nothing of the customer's matter", async () => {
    const callee = new ScriptedSeat("callee", [{ text: c.relative }, { text: "OK", end: { condition: 3, reason: "relative", hangUp: true } }]);
    const call = await runCall({ scenario: scenarioWith(c, c.named), caller: new RuleCaller(), callee, seed: 1 });
    const told = call.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(told.some((text) => text.includes(c.named))).toBe(true);
    expect(told.join(" ")).not.toMatch(/480|2025-09-30/);
  });
});
