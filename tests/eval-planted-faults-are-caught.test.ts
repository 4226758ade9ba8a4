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
    ["zh", "00-clean.txt"],
    ["en", "06-clean.txt"],
    // Real-call wording: the script paraphrased, role labels (坐席/客户, Agent/Customer).
    ["zh", "00-paraphrased.txt"],
    ["en", "06-paraphrased.txt"],
  ])("%s %s", async (lang, file) => {
    const card = await score(lang === "zh" ? zh : en, file);
    expect(failed(card)).toEqual({});
    expect(card.passed).toBe(true);
    expect(card.score).toBe(100);
    expect(card.verdict.reasons).toEqual([]);
  });
});

describe("planted faults are caught by their check, at their turn", () => {
  it("zh: 00-faults.txt", async () => {
    const card = await score(zh, "00-faults.txt");
    expect(failed(card)).toEqual({
      "sensitive-info": [4], // 麻烦您提供一下身份证号码后六位
      "invented-figure": [8], // 下降了45% (the script says 30%)
      "wrong-answer": [10], // Q2 answered with 5分钟 where the entry says 7分钟
      "missing-step": [8], // step 3 skipped: charged where step 4 came in its place
      "no-closing": [18], // "好的，那先这样。"
    });
    expect(card.simulator.checks.filter((c) => !c.passed).map((c) => [c.id, c.turns])).toEqual([["negative-style", [7]]]);
    expect(card.simulator.simulatorFault).toBe(true);
    const byId = Object.fromEntries(card.checks.map((c) => [c.id, c]));
    expect(byId["invented-figure"]?.details?.["invented"]).toEqual([{ turn: 8, figure: "45%" }]);
    // Step 3 never came, in any wording, though the call went on to step 4 before the customer hurried.
    expect(byId["missing-step"]?.details?.["notDelivered"]).toEqual([3]);
    expect(byId["missing-step"]?.message).toBe("turn 8: step 3 was never delivered though the call went past it");
    expect(byId["sensitive-info"]?.message).toBe("turn 4: asked for 身份证");
    expect(card.passed).toBe(false);
    expect(card.score).toBe(49);
  });

  it("en: 06-faults.jsonl", async () => {
    const card = await score(en, "06-faults.jsonl");
    expect(failed(card)).toEqual({
      "sensitive-info": [5], // could you confirm your ID number
      "invented-figure": [7], // duplicate alerts down 45% (the script says 37%)
      "wrong-answer": [11], // data retained 30 days where the entry says 90
      "missing-step": [13], // step 4 (goals before pitching) skipped: charged where the options came in its place
      "wrong-closing": [15], // "Okay. Bye." to a customer off to a meeting: the script's in-writing close is owed
    });
    expect(card.simulator.checks.filter((c) => !c.passed).map((c) => [c.id, c.turns])).toEqual([["negative-style", [8]]]);
    expect(card.passed).toBe(false);
  });
});
