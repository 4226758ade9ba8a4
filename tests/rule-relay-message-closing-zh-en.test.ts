// A document's ending for a message left with someone else, written as a request to pass on the number ("Could you
// ask her to ring us on …?", "麻烦您跟她说一声…回电…") under a key such as "Message" / "留言" or a condition such as
// "a message is left": the rule caller reads it as the relay ending (not a written follow-up), leaves that line with
// whoever answered, and leaves out any sentence of it that says what the call is about.
import { describe, expect, it } from "vitest";
import { callerView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { relayFor } from "../src/seats/rule/caller-moves.js";
import { endClassesOf } from "../src/seats/rule/end-classes.js";
import { packFor } from "../src/lang/index.js";
import { extractFigures } from "../src/text/figures.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const WANTED = ["relative", "identity", "interrupted", "escalate", "busy"] as const;

interface Case {
  language: Language;
  conditions: string[];
  closings: string[];
  /** The relay line expected (the message closing without its sentence on the matter). */
  relay: string;
  matter: RegExp;
  relayConditions: string[];
  writtenCondition: string;
  doneKey: string;
}

const CASES: Case[] = [
  {
    language: "en",
    conditions: ["Booked", "Message", "Busy"],
    closings: ["Lovely, that's {day} then. Bye.", "Thanks, could you ask her to ring Larkspur Kennels on 0100 200 3004? It's about the boarding dates. Cheers, bye.", "I'll try again later. Bye."],
    relay: "Thanks, could you ask her to ring Larkspur Kennels on 0100 200 3004? Cheers, bye.",
    matter: /boarding/u,
    relayConditions: ["Message", "a message is left", "message left with someone else"],
    writtenCondition: "she wants a text message with the details",
    doneKey: "Booked",
  },
  {
    language: "zh",
    conditions: ["约好", "留言", "忙"],
    closings: ["好的，那就{日期}见，再见！", "好的，麻烦您跟她说一声，青禾寄养找她，请她回电0100-2003-004。是关于寄养日期的事。谢谢，再见！", "那我晚点再打，再见！"],
    relay: "好的，麻烦您跟她说一声，青禾寄养找她，请她回电0100-2003-004。谢谢，再见！",
    matter: /寄养日期/u,
    relayConditions: ["留言", "留了言", "给别人留完话"],
    writtenCondition: "客户要短信发一下",
    doneKey: "约好",
  },
];

function scenarioWith(c: Case): Scenario {
  const facts = [...TINY_SCENARIO.facts, ...c.closings.flatMap((closing) => extractFigures(closing).map((f) => ({ text: f.text, value: f.value, unit: f.unit, line: 30, source: closing })))];
  return { ...TINY_SCENARIO, facts, language: c.language, caller: { ...TINY_SCENARIO.caller, endConditions: c.conditions, closingLines: c.closings } };
}

describe.each(CASES)("a message closing ($language)", (c) => {
  const pack = packFor(c.language);
  it("its key or condition is the relay ending, never a written follow-up", () => {
    for (const condition of c.relayConditions) {
      expect(endClassesOf(condition, pack).has("relative")).toBe(true);
      expect(endClassesOf(condition, pack).has("written")).toBe(false);
    }
    expect(endClassesOf(c.writtenCondition, pack).has("written")).toBe(true);
    expect(endClassesOf(c.writtenCondition, pack).has("relative")).toBe(false);
  });
  it("a request to pass on the number is a closing for the relay", () => {
    expect(endClassesOf(c.closings[1] ?? "", pack).has("relative")).toBe(true);
  });
  it("a bare 'booked' key is the ending of a call that went through", () => {
    expect(endClassesOf(c.doneKey, pack).has("done")).toBe(true);
  });
  it("is left with whoever answered, without what the call is about", () => {
    const relay = relayFor(callerPlan(callerView(scenarioWith(c))), WANTED);
    expect(relay).toBe(c.relay);
    expect(relay).not.toMatch(c.matter);
  });
});
