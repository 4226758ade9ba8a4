// Someone answering for the customer speaks of them as the caller did: '黄女士' is 她, '刘师傅' is 他, 'Mrs' is
// her, and a name with no honorific gets the pack's word for either (zh, en).
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCallee } from "../src/seats/rule/rule-callee.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

interface Case {
  language: Language;
  name: string;
  /** The persona's role: someone who answers for the customer. */
  role: string;
  opening: string;
  /** Words the relative must use of the customer, and words it must not. */
  uses: RegExp;
  never: RegExp;
}

const CASES: Case[] = [
  { language: "zh", name: "黄丽娜", role: "黄丽娜的丈夫，常替她接电话。", opening: "您好，请问是黄丽娜黄女士吗？我是北辰健身的小王。", uses: /她/, never: /他/ },
  { language: "zh", name: "刘建国", role: "刘建国的女儿，常替他接电话。", opening: "您好，请问是刘建国刘师傅吗？我是北辰健身的小王。", uses: /他/, never: /她/ },
  { language: "en", name: "Deborah Ashworth", role: "Deborah Ashworth's husband, who answers for her.", opening: "Hello, is that Mrs Deborah Ashworth? It's Dana from Northside Fitness.", uses: /\bher\b/, never: /\b(?:him|them)\b/ },
];

const scenarioFor = (c: Case): Scenario => ({
  ...TINY_SCENARIO,
  language: c.language,
  caller: { ...TINY_SCENARIO.caller, opening: c.opening },
  callee: { ...TINY_SCENARIO.callee, name: c.name, role: c.role },
});

describe.each(CASES)("a relative answering for $name ($language)", (c) => {
  it("speaks of the customer with the pronoun the caller's honorific gives", async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const caller = new ScriptedSeat("caller", [{ text: c.opening }, { text: c.language === "zh" ? "麻烦您转告一声，请回个电话。" : "Could you ask her to call us back?" }]);
      const call = await runCall({ scenario: scenarioFor(c), caller, callee: new RuleCallee(), seed });
      const said = call.turns.filter((t) => t.speaker === "callee").map((t) => t.text).join(" ");
      if (c.language === "zh") expect(said).toMatch(c.uses);
      expect(said).not.toMatch(c.never);
    }
  });
});
