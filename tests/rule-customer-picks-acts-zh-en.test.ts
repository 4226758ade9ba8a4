// The rule customer's pick of an option offered as an act: the asking frame is taken off and the pick is said as
// that act (en), a zh option keeps its subject with the person turned round ('我们送' -> '你们送'), options come
// from the clause that lists them, and the rule caller reads the pick back in its own person.
import { describe, expect, it } from "vitest";
import { calleeView, callerView } from "../src/call/seat-views.js";
import { persona } from "../src/seats/rule/callee-persona.js";
import { Wording } from "../src/seats/rule/callee-wording.js";
import { readBack } from "../src/seats/rule/caller-lines.js";
import { callerPlan, stepAsk } from "../src/seats/rule/caller-plan.js";
import { packFor } from "../src/lang/index.js";
import { createRandom } from "../src/util/random.js";
import type { Language, Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const scenarioIn = (language: Language): Scenario => ({ ...TINY_SCENARIO, language });

/** Every reply the customer gives to `question` over many seeds. */
function replies(language: Language, question: string, kind: "choice" | "time" = "choice"): Set<string> {
  const p = persona(calleeView(scenarioIn(language)));
  const out = new Set<string>();
  for (let seed = 1; seed <= 40; seed++) out.add(new Wording(p, createRandom(seed)).choice(question, kind));
  return out;
}

describe("a pick of an option offered as an act", () => {
  it("en: the caller's act is asked for, the customer's own act is said as its own", () => {
    const said = [...replies("en", "Shall I post the welcome pack, or would you rather collect it from the desk?")];
    expect(said.length).toBeGreaterThan(1);
    for (const reply of said) {
      expect(reply).not.toMatch(/shall i|would you rather|take shall/i);
      expect(reply).toMatch(/^(?:Please post the welcome pack\.|Post the welcome pack, please\.|I'd rather collect it from the desk\.|I'll collect it from the desk\.)$/);
    }
  });

  it("en: 'have us deliver …' is asked for, a colon's question is no part of the first option", () => {
    for (const reply of replies("en", "Would you like to collect it at the desk, or have us deliver it to your home on Tuesday or Friday afternoon?")) {
      expect(reply).not.toMatch(/^or\b|have us|go with have/i);
    }
    for (const reply of replies("en", "How would you like to hear from us: a monthly email, a printed letter, or nothing at all?")) expect(reply).not.toMatch(/hear from/i);
  });

  it("en: a name the script writes with a capital is read back with it; a sentence's first word is not", () => {
    const scenario: Scenario = { ...TINY_SCENARIO, caller: { ...TINY_SCENARIO.caller, steps: [{ index: 1, title: "Day", lines: ["Would you like Tuesday morning or Friday afternoon?"] }] } };
    const plan = callerPlan(callerView(scenario));
    expect(readBack(plan, "I'll take Friday afternoon.")).toContain("Friday afternoon");
    expect(readBack(plan, "A printed letter, please.")).toContain("a printed letter");
  });

  it("en: options that are things are still taken ('I'll take the blue one.')", () => {
    for (const reply of replies("en", "Would you like the blue one or the green one?")) expect(reply).toMatch(/green one|blue one/);
  });

  it("zh: the option keeps its subject, turned round to the customer's side", () => {
    const said = [...replies("zh", "您是要我们送到公司，还是您到门店自提？")];
    expect(said.some((reply) => reply.includes("你们送到公司"))).toBe(true);
    for (const reply of said) expect(reply).not.toMatch(/我们送|您/);
  });

  it("zh: the options come from the clause that lists them, not from the clauses around it", () => {
    const said = [...replies("zh", "您的套餐里有一次免费面诊，可以约周四上午、周六上午或者周二下午，您看要不要约、约哪个？")];
    for (const reply of said) expect(reply).toMatch(/周六上午|周二下午/);
  });

  it("a time question that offers times gets one of them; one that offers none, a time of the customer's own", () => {
    for (const reply of replies("zh", "补考可以选7月22日上午或者7月29日上午，都在城南考场，你选哪天？", "time")) expect(reply).toMatch(/7月2[29]日上午/);
    const own = packFor("zh").callee.timeAnswers;
    for (const reply of replies("zh", "您看哪天方便？", "time")) expect(own).toContain(reply);
  });

  it("zh: '约哪个？' asks for a choice the caller waits for", () => {
    expect(stepAsk("可以约周四上午、周六上午或者周二下午，您看要不要约、约哪个？", packFor("zh")).kind).toBe("choice");
  });

  it("zh: the caller reads the pick back in its own person", () => {
    const plan = callerPlan(callerView(scenarioIn("zh")));
    expect(readBack(plan, "那就你们送到公司吧。")).toContain("我们送到公司");
  });
});
