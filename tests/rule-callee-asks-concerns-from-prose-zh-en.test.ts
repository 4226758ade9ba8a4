// A persona written as prose, with no list of concerns, still has them: what it "wants to know" or "worries about"
// ("想知道能不能…", "担心…") becomes a question the customer may ask; a direction to the caller in the same text ("ask
// what went wrong") is not the customer's concern (zh, en).
import { describe, expect, it } from "vitest";
import { persona } from "../src/seats/rule/callee-persona.js";
import { calleeView } from "../src/call/seat-views.js";
import type { Scenario } from "../src/schema/index.js";
import { TINY_SCENARIO } from "./fixtures/call-scenario.js";

const withProse = (language: "zh" | "en", background: string): Scenario => ({
  ...TINY_SCENARIO,
  language,
  callee: { ...TINY_SCENARIO.callee, name: language === "zh" ? "陈敏" : "Ruth Carver", role: "", background, concerns: [], behaviours: [], endConditions: [], style: { positive: [], negative: [] } },
});

describe("concerns read from a prose persona (zh)", () => {
  it("what she wants to know and fears become questions", () => {
    const p = persona(calleeView(withProse("zh", "陈敏，35 岁，护士。她担心换锁那天家里没人，也想知道能不能周末上门，因为平时要上班。")));
    expect(p.questions).toContain("能不能周末上门？");
    expect(p.questions).toContain("会不会换锁那天家里没人？");
  });
  it("a persona without such words asks nothing new", () => {
    expect(persona(calleeView(withProse("zh", "陈敏，35 岁，护士，说话直接。"))).questions).toEqual([]);
  });
});

describe("concerns read from a prose persona (en)", () => {
  it("what she wants to know and worries about become questions", () => {
    const p = persona(calleeView(withProse("en", "Ruth Carver, 61, retired teacher. She wants to know whether the fitter can come on a Saturday, and worries about dust in the hallway.")));
    expect(p.questions).toContain("Can the fitter come on a Saturday?");
    expect(p.questions.some((q) => /dust in the hallway/.test(q) && /\?$/.test(q))).toBe(true);
  });
  it("a direction to the caller in the persona text is not her concern", () => {
    expect(persona(calleeView(withProse("en", "Ruth Carver, 61. If she sounds unhappy, ask what went wrong and note it."))).questions).toEqual([]);
  });
});
