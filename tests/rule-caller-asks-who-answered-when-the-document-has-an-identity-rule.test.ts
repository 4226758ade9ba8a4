// A document whose endings provide for someone else answering has an identity rule even when no line of it asks who
// answered: the rule caller asks in the pack's words, and says nothing of the customer's before a yes (en and zh).
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCaller } from "../src/seats/rule/rule-caller.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const [, second, third] = TINY_SCENARIO.caller.steps;
if (second === undefined || third === undefined) throw new Error("the tiny scenario has three steps");
const NO_QUESTION: Scenario = {
  ...TINY_SCENARIO,
  caller: {
    ...TINY_SCENARIO.caller,
    opening: null,
    steps: [{ index: 1, title: "Trainer's note: be patient and never rush.", lines: ["Trainer's note: be patient and never rush."] }, { ...second, index: 2 }, { ...third, index: 3 }],
  },
};

const details = (texts: readonly string[]): string[] => texts.filter((text) => /2025-09-30|\$480/.test(text));

async function callerLines(scenario: Scenario, replies: readonly string[]): Promise<string[]> {
  const callee = new ScriptedSeat("callee", [...replies.map((text) => ({ text })), { text: "Okay, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
  const record = await runCall({ scenario, seed: 1, caller: new RuleCaller(), callee });
  return record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
}

describe("identity asked by rule", () => {
  it("en: the caller asks who answered and holds the details until a yes", async () => {
    const said = await callerLines(NO_QUESTION, ["Sorry, who is this?", "Hmm."]);
    expect(said[0]).toMatch(/Sam Taylor\?/);
    expect(details(said.slice(0, 2))).toEqual([]);
    expect(said.join(" ")).not.toMatch(/Trainer's note/);
  });

  it("en: after a yes the details come", async () => {
    const said = await callerLines(NO_QUESTION, ["Yes, speaking.", "Okay.", "Okay."]);
    expect(details(said).length).toBeGreaterThan(0);
  });

  it("zh: the caller asks in the pack's words", async () => {
    const zh: Scenario = { ...NO_QUESTION, language: "zh", callee: { ...NO_QUESTION.callee, name: "王立" }, caller: { ...NO_QUESTION.caller, endConditions: ["接电话的不是王立本人，请家人转告。"] } };
    const said = await callerLines(zh, ["你是谁？", "嗯。"]);
    expect(said[0]).toContain("请问是王立本人吗？");
    expect(details(said.slice(0, 2))).toEqual([]);
  });
});
