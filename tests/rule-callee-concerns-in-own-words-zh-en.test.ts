// The rule customer raises its concerns in its own words: a concern written as a long clause of the persona's prose
// is asked in a spoken form ("what if …", "要是…", "…吗？", a list of questions one by one), never read out as written;
// a stranger on a wrong number says so, never "not him himself".
import { describe, expect, it } from "vitest";
import { packFor } from "../src/lang/index.js";
import { persona } from "../src/seats/rule/callee-persona.js";
import { calleeView } from "../src/call/seat-views.js";
import { copiedRuns, describedRuns } from "../src/seats/rule/callee-own-words.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

function withConcerns(language: "zh" | "en", concerns: string[]): Scenario {
  return { ...TINY_SCENARIO, language, callee: { ...TINY_SCENARIO.callee, concerns } };
}

describe("concerns in the customer's own words", () => {
  const cases: [("zh" | "en"), string[]][] = [
    ["en", ["what happens if the pump fails over winter", "worried she'll lose her deposit on the flat", "not paying for the same repair twice"]],
    ["zh", ["担心工人搬柜子时碰坏了她的旧钢琴", "押金能不能退、退多少、多久到账", "选上门的话路费怎么算"]],
  ];
  for (const [language, concerns] of cases) {
    it(`${language}: every concern question reads out no clause of the persona`, () => {
      const scenario = withConcerns(language, concerns);
      const pack = packFor(language);
      const runs = describedRuns(scenario.callee, pack);
      const p = persona(calleeView(scenario));
      expect(p.questions.length).toBeGreaterThanOrEqual(concerns.length);
      for (const q of [...p.questions, ...[...p.wordings.values()].flat()]) expect([q, copiedRuns(q, runs, pack)]).toEqual([q, 0]);
    });
  }
  it("en: spoken forms of a persona's clause", () => {
    const asked = packFor("en").grammar.concernQuestions("what happens if the pump fails over winter").flat();
    expect(asked).toContain("What if the pump fails over winter?");
    expect(packFor("en").grammar.concernQuestions("not paying for the same repair twice").flat()).toContain("I don't want to pay for the same repair twice.");
    expect(packFor("en").grammar.concernQuestions("worried the agency will try to sell him a bigger plan").flat()).toContain("What if the agency tries to sell me a bigger plan?");
    expect(packFor("en").grammar.concernQuestions("worried the builders will leave dust everywhere").flat()).toContain("What if the builders leave dust everywhere?");
  });
  it("zh: a list of questions asked one by one, and written words said aloud", () => {
    const asked = packFor("zh").grammar.concernQuestions("押金能不能退、退多少、多久到账").flat();
    expect(asked).toContain("押金能退吗？退多少？多长时间到账？");
    expect(packFor("zh").grammar.concernQuestions("选上门的话路费怎么算").flat()).toContain("要是选上门，路费怎么算？");
    // A label's colon left before the concern is no word of it.
    expect(packFor("zh").grammar.concernQuestions("：能不能先寄样品过来")).toEqual([["能不能先寄样品过来？"]]);
    expect(packFor("zh").grammar.concernQuestions("其次：能不能先寄样品过来")).toEqual([["能不能先寄样品过来？"]]);
  });
});

describe("a stranger on a wrong number", () => {
  it("zh: says the number is wrong, never that it is 'not the person himself'", () => {
    for (const line of packFor("zh").callee.deny) expect(line).not.toMatch(/不是本人|我不是(?:他|她)/u);
  });
});
