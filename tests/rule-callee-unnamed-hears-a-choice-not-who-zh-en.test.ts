// A customer whose own name the document never gave hears "请问您是来馆还，还是续借？" / "Are you paying by card or by
// cash?" as the choice it lays out, not as "is this you?": it names an option, never "yes, that's me" (zh, en).
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { RuleCallee } from "../src/seats/rule/rule-callee.js";
import { asksIdentity } from "../src/seats/rule/identity-question.js";
import { packFor } from "../src/lang/index.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

interface Case {
  language: Language;
  opening: string;
  choice: string;
  /** A reply that confirms who answered instead of picking. */
  confirms: RegExp;
}

const CASES: Case[] = [
  { language: "zh", opening: "您好，请问是宋先生吗？我是城东图书馆的小蒋。", choice: "请问您是来馆归还，还是在线续借一次？", confirms: /是我|我就是|本人/ },
  { language: "en", opening: "Hello, is that Mr Pike? It's Dana from Eastside Library.", choice: "Are you returning the books in person, or renewing them online?", confirms: /\b(?:speaking|that's me|it's me)\b/i },
];

const scenarioFor = (c: Case): Scenario => ({
  ...TINY_SCENARIO,
  language: c.language,
  caller: { ...TINY_SCENARIO.caller, opening: c.opening },
  callee: { ...TINY_SCENARIO.callee, name: "", role: "", background: "" },
});

describe.each(CASES)("an unnamed customer asked to choose ($language)", (c) => {
  it("the choice line is not an identity question, the opening still is", () => {
    expect(asksIdentity(c.choice, "", packFor(c.language))).toBe(false);
    expect(asksIdentity(c.opening, "", packFor(c.language))).toBe(true);
  });

  it("answers the choice, not who it is", async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const caller = new ScriptedSeat("caller", [{ text: c.opening }, { text: c.choice }]);
      const call = await runCall({ scenario: scenarioFor(c), caller, callee: new RuleCallee(), seed, maxTurns: 4 });
      const reply = call.turns[3]?.text ?? "";
      expect(reply).not.toMatch(c.confirms);
    }
  });
});
