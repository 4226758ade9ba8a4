import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SummaryBuilder, summarizeCalls } from "../src/batch/summary.js";
import { isPass, passHatK, passHatKCurve } from "../src/batch/pass.js";
import { inventedFigureCheck, makeLine, makeScenario } from "./fixtures/batch-lines.js";

describe("pass^k", () => {
  it("is C(c,k)/C(n,k), as in tau-bench", () => {
    expect(passHatK(4, 4, 3)).toBe(1);
    expect(passHatK(3, 4, 1)).toBe(0.75);
    expect(passHatK(3, 4, 2)).toBeCloseTo(0.5, 10); // C(3,2)/C(4,2) = 3/6
    expect(passHatK(3, 4, 4)).toBe(0);
    expect(passHatK(3, 4, 5)).toBeNull();
  });

  it("averages over tasks", () => {
    expect(passHatKCurve([{ passes: 2, runs: 2 }, { passes: 1, runs: 2 }], 2)).toEqual([0.75, 0.5]);
  });

  it("fails a call with a critical failed check whatever its score", () => {
    expect(isPass(makeLine({ score: 95 }).score)).toBe(true);
    expect(isPass(makeLine({ score: 79 }).score)).toBe(false);
    expect(isPass(makeLine({ score: 95, failed: [inventedFigureCheck("5%", 2)] }).score)).toBe(false);
  });
});

describe("summary", () => {
  it("aggregates funnel, ends, scores, kb, failed checks and invented figures per scenario and seats", () => {
    const builder = new SummaryBuilder(new Map([["demo", makeScenario("demo")]]));
    builder.add(makeLine({ seed: 1, score: 95, steps: [1, 2, 3], questions: [{ kb: 0, answered: true }] }));
    builder.add(makeLine({ seed: 2, score: 85, steps: [1, 2], endCondition: 2, questions: [{ kb: 0, answered: false }, { kb: 1, answered: true }] }));
    builder.add(makeLine({ seed: 3, score: 40, steps: [1], endBy: "limit", endCondition: null, failed: [inventedFigureCheck("8折", 2)] }));
    builder.add(makeLine({ seed: 4, score: 100, steps: [1, 2, 3] }));
    builder.add(makeLine({ seed: 1, scenario: "other", score: 60 }));
    const summary = builder.result();
    expect(summary.calls).toBe(5);
    expect(summary.passed).toBe(3);
    expect(summary.groups.map((group) => group.scenario)).toEqual(["demo", "other"]);
    const demo = summary.groups[0];
    expect(demo?.calls).toBe(4);
    expect(demo?.passed).toBe(3);
    expect(demo?.meanScore).toBe(80);
    expect(demo?.minScore).toBe(40);
    expect(demo?.funnel).toEqual([4, 3, 2]);
    expect(demo?.scoreHistogram).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 1, 2]);
    expect(demo?.ends).toEqual([
      { by: "callee", condition: 1, count: 2 },
      { by: "callee", condition: 2, count: 1 },
      { by: "limit", condition: null, count: 1 },
    ]);
    expect(demo?.kb).toEqual([
      { entry: 0, asked: 2, correct: 1, partial: 0, contradicted: 0, unanswered: 1 },
      { entry: 1, asked: 1, correct: 1, partial: 0, contradicted: 0, unanswered: 0 },
    ]);
    expect(demo?.failedChecks).toEqual([{ id: "grounding", severity: "critical", count: 1, calls: ["demo#3#rule~rule"] }]);
    expect(demo?.inventedFigures).toEqual([{ text: "8折", count: 1, calls: ["demo#3#rule~rule"] }]);
    expect(demo?.passHatK).toEqual([0.75, 0.5, 0.25, 0]);
    expect(summary.seats).toEqual([
      { caller: "rule", callee: "rule", scenarios: 2, calls: 5, passed: 3, meanScore: 76, passHatK: [0.375, 0.5, 0.25, 0] },
    ]);
  });

  it("uses the kb check's own verdicts when it gives them", () => {
    const builder = new SummaryBuilder();
    builder.add(makeLine({
      questions: [{ kb: 0, answered: true }],
      failed: [{ id: "kb", passed: false, severity: "major", message: "contradicted", turns: [3], details: { questions: [{ kb: 0, verdict: "contradicted" }] } }],
    }));
    expect(builder.result().groups[0]?.kb).toEqual([{ entry: 0, asked: 1, correct: 0, partial: 0, contradicted: 1, unanswered: 0 }]);
  });

  it("keeps the example calls of the lowest seeds, whatever the file order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-summary-"));
    const seeds = Array.from({ length: 60 }, (_, i) => 60 - i);
    const text = seeds.map((seed) => JSON.stringify(makeLine({ seed, score: 10, failed: [inventedFigureCheck("99元", 1)] }))).join("\n");
    writeFileSync(join(dir, "calls.jsonl"), `${text}\n`);
    const summary = await summarizeCalls(join(dir, "calls.jsonl"));
    const check = summary.groups[0]?.failedChecks[0];
    expect(check?.count).toBe(60);
    expect(check?.calls).toEqual(Array.from({ length: 20 }, (_, i) => `demo#${i + 1}#rule~rule`));
    expect(summary.groups[0]?.passHatK).toHaveLength(60);
  });

  it("names the file and line of a malformed line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-summary-"));
    writeFileSync(join(dir, "calls.jsonl"), `${JSON.stringify(makeLine())}\n{"job":1}\n`);
    await expect(summarizeCalls(join(dir, "calls.jsonl"))).rejects.toMatchObject({ kind: "user", line: 2 });
  });
});
