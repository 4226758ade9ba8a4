// Hand-written transcripts of examples/00 (zh) and examples/06 (en): a clean call passes every check, and each planted
// fault (invented figure, skipped step, contradicted answer, ID request, missing closing, the callee's negative example)
// is caught by its own check, pointing at the turn where it happened.
import { beforeAll, describe, expect, it } from "vitest";
import type { Scenario, Scorecard } from "../src/schema/index.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { evaluateCall, loadCall } from "../src/eval/index.js";

const FIXTURES = "tests/fixtures/transcripts";
let zh: Scenario;
let en: Scenario;

beforeAll(async () => {
  zh = await readScenarioFile("examples/00-seed-service-followup.md");
  en = await readScenarioFile("examples/06-saas-renewal-checkin-en.md");
});

async function score(scenario: Scenario, file: string): Promise<Scorecard> {
  return evaluateCall(scenario, await loadCall(`${FIXTURES}/${file}`, scenario));
}

const failed = (card: Scorecard): Record<string, number[]> =>
  Object.fromEntries(card.checks.filter((c) => !c.passed).map((c) => [c.id, c.turns]));

describe("a clean call passes every check", () => {
  it.each([
    ["zh", "00-clean.txt", 100],
    ["en", "06-clean.txt", 100],
    // Real-call wording: the script paraphrased, role labels (坐席/客户, Agent/Customer); 00 never says step 8's summary.
    ["zh", "00-paraphrased.txt", 97.5],
    ["en", "06-paraphrased.txt", 100],
  ])("%s %s", async (lang, file, total) => {
    const card = await score(lang === "zh" ? zh : en, file);
    expect(failed(card)).toEqual({});
    expect(card.score).toBe(total);
    expect(card.checks.map((c) => c.id)).toEqual([
      "opening", "identity", "steps", "order", "kb", "grounding", "sensitive-info", "marketing", "end", "closing", "negative-style", "assistant-voice",
    ]);
  });
});

describe("planted faults are caught by their check, at their turn", () => {
  it("zh: 00-faults.txt", async () => {
    const card = await score(zh, "00-faults.txt");
    expect(failed(card)).toEqual({
      "sensitive-info": [4], // 麻烦您提供一下身份证号码后六位
      "negative-style": [7], // 非常感谢您的来电，我会认真聆听并给予中肯的反馈
      grounding: [8], // 下降了45% (the script says 30%)
      steps: [8], // step 3 (invite an evaluation) jumped over by the step-4 turn
      kb: [9, 10], // Q2 answered with 5分钟 where the entry says 7分钟
      closing: [18], // "好的，那先这样。"
    });
    const byId = Object.fromEntries(card.checks.map((c) => [c.id, c]));
    expect(byId["grounding"]?.details?.["invented"]).toEqual([{ turn: 8, figure: "45%" }]);
    expect(byId["steps"]?.details?.["skipped"]).toEqual([{ step: 3, jumpedAt: 8 }]);
    expect(byId["kb"]?.message).toContain("Q2 asked at turn 9: contradicted (5分钟) in turn 10");
    expect(byId["sensitive-info"]?.message).toBe("asked for sensitive data: 身份证 (turn 4)");
    expect(card.score).toBe(50);
  });

  it("en: 06-faults.jsonl", async () => {
    const card = await score(en, "06-faults.jsonl");
    expect(failed(card)).toEqual({
      "sensitive-info": [5], // could you confirm your ID number
      grounding: [7], // duplicate alerts down 45% (the script says 37%)
      "negative-style": [8], // That sounds great, I am confident we will continue our valuable relationship.
      kb: [10, 11], // data retained 30 days where the entry says 90
      steps: [13], // step 4 (goals) jumped over by the pricing turn
      closing: [15], // "Okay. Bye."
    });
    const byId = Object.fromEntries(card.checks.map((c) => [c.id, c]));
    expect(byId["grounding"]?.details?.["invented"]).toEqual([{ turn: 7, figure: "45%" }]);
    expect(byId["kb"]?.message).toContain("Q5 asked at turn 10: contradicted (30 days) in turn 11");
    expect(card.score).toBe(48.4);
  });
});
