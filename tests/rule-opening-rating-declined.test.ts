// Three general causes of calls that made no sense on unseen documents: an "opening" that ends in a goodbye (a
// closing line a reader took for it) is not said first, the call opens with step 1; the customer rates on the scale
// the rating question names, not on a time read back before it; a persona line naming an option the customer turned
// down is not said after its pick.
import { describe, expect, it } from "vitest";
import { callerView, calleeView } from "../src/call/seat-views.js";
import { callerPlan } from "../src/seats/rule/caller-plan.js";
import { persona } from "../src/seats/rule/callee-persona.js";
import { Wording } from "../src/seats/rule/callee-wording.js";
import { runCall } from "../src/call/index.js";
import { RuleCallee } from "../src/seats/rule/rule-callee.js";
import { createRandom } from "../src/util/random.js";
import type { Scenario } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

describe("an opening that is a closing line", () => {
  it("is not the opening: step 1 opens the call", () => {
    const closingAsOpening: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, opening: "Lovely, that's all noted. Thanks Sam, see you soon. Bye now." } };
    const plan = callerPlan(callerView(closingAsOpening));
    expect(plan.opening).not.toMatch(/bye/i);
    expect(plan.opening).toContain("Hi, is this Sam Taylor?");
  });
  it("an opening that asks for the customer stays, whatever its last sentence says", () => {
    const zh: Scenario = { ...TINY_SCENARIO, language: "zh", callee: { ...TINY_SCENARIO.callee, name: "刘建国" }, caller: { ...TINY_SCENARIO.caller, opening: "您好，请问是刘建国刘师傅吗？如果您不放心，也可以先挂了打热线核实一下。" } };
    expect(callerPlan(callerView(zh)).opening).toContain("如果您不放心");
  });
});

describe("the customer's rating", () => {
  it("is on the scale the rating question names, not a time said before it", async () => {
    const ratings: number[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const line = "Okay, December 1st at 9. Noted. On a scale of 1 to 5, how satisfied are you so far?";
      const caller = new ScriptedSeat("caller", [{ text: "Hi, is this Sam Taylor?" }, { text: line }, { text: "Thanks, bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
      const call = await runCall({ scenario: TINY_SCENARIO, caller, callee: new RuleCallee(), seed });
      // A seed where someone else picked up gives no rating.
      const said = /\d+/.exec(call.turns[3]?.text ?? "")?.[0];
      if (said !== undefined) ratings.push(Number(said));
    }
    expect(ratings.length).toBeGreaterThanOrEqual(8);
    for (const rating of ratings) expect(rating >= 1 && rating <= 5).toBe(true);
  });
});

describe("an option the customer turned down", () => {
  it("makes a line naming it unsayable after the pick; the picked one stays sayable", () => {
    const p = persona(calleeView(TINY_SCENARIO));
    for (let seed = 1; seed <= 10; seed++) {
      const words = new Wording(p, createRandom(seed));
      const reply = words.choice("I have November 28th at 2, or December 1st at 9. Which suits you?", "choice");
      const pickedFirst = reply.includes("28th");
      expect(words.namesDeclined("The 28th at 2 works, school's out by then.")).toBe(!pickedFirst);
      expect(words.namesDeclined("The 1st at 9 is fine.")).toBe(pickedFirst);
      expect(words.namesDeclined("Fine, email me the details.")).toBe(false);
    }
  });
});
