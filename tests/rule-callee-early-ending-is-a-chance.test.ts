// A persona with a busy (or refusing) ending of its own is not busy in every call: an early ending is one seeded
// chance, the rest of the calls aim for its "done" ending; and a concern written as a fear is voiced.
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { persona } from "../src/seats/rule/callee-persona.js";
import { plan, CALLEE_RATES } from "../src/seats/rule/callee-rules.js";
import { calleeView } from "../src/call/seat-views.js";
import { createRandom } from "../src/util/random.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const SEEDS = 200;

/** Share of seeded plans whose target ending is one that is not "done". */
function earlyShare(scenario: Scenario): number {
  const p = persona(calleeView(scenario));
  let early = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const target = plan(p, createRandom(seed), false).target;
    if (target !== null && !target.classes.has("done")) early++;
  }
  return early / SEEDS;
}

const withEndings = (language: "zh" | "en", endConditions: string[]): Scenario => ({ ...TINY_SCENARIO, language, callee: { ...TINY_SCENARIO.callee, endConditions } });

describe("an early ending of the persona's own", () => {
  it("zh: a busy ending is one chance, not every call's end; a booked-and-rated ending is 'done'", () => {
    const scenario = withEndings("zh", ["约好时间、打完分就说“行，那就这样”", "药房里太忙就说晚点再说"]);
    const p = persona(calleeView(scenario));
    expect(p.endings[0]?.classes.has("done")).toBe(true);
    expect(p.endings[1]?.classes.has("busy")).toBe(true);
    const share = earlyShare(scenario);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(CALLEE_RATES.earlyEnding + 0.1);
  });
  it("en: a persona whose only own ending is being busy still lets most calls run to the end", () => {
    const share = earlyShare(withEndings("en", ["The school bell rings and she has to go, so she asks to be called back later."]));
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(CALLEE_RATES.earlyEnding + 0.1);
  });
});

describe("a concern written as a fear", () => {
  it("zh: becomes the customer's question", () => {
    const zh = packFor("zh").grammar;
    expect(zh.concernQuestions("怕师傅上门弄脏地板")).toEqual([["会不会师傅上门弄脏地板？"]]);
    expect(zh.concernQuestions("担心工期拖到月底")).toEqual([["会不会工期拖到月底？"]]);
  });
  it("en: is voiced for the caller to answer (a dread as what worries the customer)", () => {
    const g = packFor("en").grammar;
    expect(g.concernQuestions("Worried the plumber will leave a mess on the floor")[0]?.[0]).toBe("I'm a bit worried the plumber will leave a mess on the floor.");
    expect(g.concernQuestions("Worried about the plumber leaving a mess")[0]?.[0]).toBe("Should I be worried about the plumber leaving a mess?");
  });
});
