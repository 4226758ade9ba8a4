// A batch scored by the rules and a model judge (`--judge`, on the fake OpenAI-compatible server): each line keeps the
// judge's verdict, the summary compares the two (verdicts, per fault kind, the customer's faults), a judge that
// cannot answer fails the job; and calls whose simulated customer misbehaved are counted apart from the caller's.
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBatch } from "../src/batch/run-batch.js";
import { createJobRunner } from "../src/batch/run-job.js";
import { inProcessExecutor, type JobExecutor } from "../src/batch/executor.js";
import { SummaryBuilder } from "../src/batch/summary.js";
import type { BatchLine } from "../src/batch/types.js";
import { FakeOpenAIServer, type FakeReply } from "./fakes/fake-openai-server.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";

const rule: JobExecutor = { capacity: 1, run: () => Promise.reject(new Error("a judged batch runs every job on the model lane")), close: async () => {} };
const plan = { scenarios: [{ id: SAMPLE_SCENARIO.id, path: "" }], seeds: [1, 2, 3, 4], callers: ["rule"], callees: ["rule"] };

function judgedLane(baseUrl: string): JobExecutor {
  const runner = createJobRunner({
    scenarios: [{ scenario: SAMPLE_SCENARIO, path: null }],
    maxTurns: 12,
    models: { baseUrl, timeoutMs: 5_000, maxRetries: 0 },
    judge: "compatible:judge-model",
  });
  // One at a time, so the n-th request is the n-th seed's call.
  return inProcessExecutor(runner, 1);
}

/** What the judge says of the n-th call (seed n): it fails the first two, naming one fault kind on each. */
const JUDGE_FAULTS: Record<number, string> = { 1: "repetition", 2: "deflected-answer" };
const judgeFails = (seed: number): boolean => JUDGE_FAULTS[seed] !== undefined;

function judgeReply(n: number): FakeReply {
  const kind = JUDGE_FAULTS[n];
  return {
    kind: "content",
    content: JSON.stringify({
      passed: kind === undefined,
      faults: kind === undefined ? [] : [{ kind, turn: 1, why: "the supervisor says so" }],
      simulatorFaults: n === 1 ? [{ kind: "persona-break", turn: null, why: "leaves the persona" }] : [],
    }),
  };
}

const readLines = (path: string): BatchLine[] =>
  readFileSync(path, "utf8").split("\n").filter((line) => line !== "").map((line) => JSON.parse(line) as BatchLine);

describe("a batch with a model judge", () => {
  it("keeps each judge verdict and compares it with the rules per verdict and per fault kind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-judge-"));
    let requests = 0;
    const server = await FakeOpenAIServer.start({ fallback: () => judgeReply(++requests) });
    let result;
    try {
      result = await runBatch({ outDir: dir, scenarios: [SAMPLE_SCENARIO], plan, executors: { rule, model: judgedLane(server.baseUrl) }, judged: true });
    } finally {
      await server.close();
    }
    expect(result).toMatchObject({ total: 4, ran: 4, failed: 0 });
    expect(requests).toBe(4);
    const lines = readLines(join(dir, "calls.jsonl")).sort((a, b) => a.job.seed - b.job.seed);
    expect(lines.map((line) => line.judge?.passed)).toEqual([false, false, true, true]);
    expect(lines[0]?.judge).toEqual({
      model: "compatible:judge-model",
      passed: false,
      faults: [{ kind: "repetition", turn: 1 }],
      simulatorFaults: [{ kind: "persona-break", turn: null }],
    });

    const judge = result.summary.judge;
    expect(judge).not.toBeNull();
    // Every judged call is in exactly one of the three verdict counts.
    expect((judge?.agree ?? 0) + (judge?.rulesPassJudgeFail ?? 0) + (judge?.rulesFailJudgePass ?? 0)).toBe(4);
    expect(judge?.judged).toBe(4);
    expect(judge?.agree).toBe(lines.filter((line) => line.score.passed === !judgeFails(line.job.seed)).length);
    expect(judge?.rulesPassJudgeFail).toBe(lines.filter((line) => line.score.passed && judgeFails(line.job.seed)).length);
    expect(judge?.rulesFailJudgePass).toBe(lines.filter((line) => !line.score.passed && !judgeFails(line.job.seed)).length);
    // Per kind, from each line's failed checks and the judge's scripted kind.
    const ruleKinds = (line: BatchLine): Set<string> => new Set(line.score.checks.filter((check) => !check.passed).map((check) => check.id));
    const kinds = new Set([...Object.values(JUDGE_FAULTS), ...lines.flatMap((line) => [...ruleKinds(line)])]);
    const expected = [...kinds].map((kind) => ({
      kind,
      both: lines.filter((line) => ruleKinds(line).has(kind) && JUDGE_FAULTS[line.job.seed] === kind).length,
      rulesOnly: lines.filter((line) => ruleKinds(line).has(kind) && JUDGE_FAULTS[line.job.seed] !== kind).length,
      judgeOnly: lines.filter((line) => !ruleKinds(line).has(kind) && JUDGE_FAULTS[line.job.seed] === kind).length,
    }));
    expect([...(judge?.kinds ?? [])].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual(expected.sort((a, b) => a.kind.localeCompare(b.kind)));
    const rulesSim = lines.map((line) => line.score.simulator.simulatorFault);
    expect(judge?.simulator).toEqual({
      both: rulesSim.filter((flagged, i) => flagged && i === 0).length,
      rulesOnly: rulesSim.filter((flagged, i) => flagged && i !== 0).length,
      judgeOnly: rulesSim.filter((flagged, i) => !flagged && i === 0).length,
    });
    expect(result.summary.groups[0]?.judge).toEqual(judge);
    // The report carries the comparison for its tables.
    expect(readFileSync(join(dir, "summary.json"), "utf8")).toContain('"rulesPassJudgeFail"');
  });

  it("fails the job (retried next run) when the judge cannot answer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-judge-fail-"));
    const server = await FakeOpenAIServer.start({ fallback: () => ({ kind: "status", status: 500 }) });
    try {
      const result = await runBatch({ outDir: dir, scenarios: [SAMPLE_SCENARIO], plan, executors: { rule, model: judgedLane(server.baseUrl) }, judged: true });
      expect(result).toMatchObject({ total: 4, ran: 0, failed: 4 });
      expect(result.summary).toMatchObject({ calls: 0, failedJobs: 4, judge: null });
    } finally {
      await server.close();
    }
  });

  it("names --judge in the one-line error for a bad spec", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-judge-cli-"));
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "batch", "examples/06-saas-renewal-checkin-en.md", "--seeds", "1", "--out", dir, "--judge", "nonsense"]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^callsim: --judge expects PROVIDER:MODEL .*\n$/);
  });
});

describe("calls whose simulated customer misbehaved", () => {
  it("are counted apart from the caller's failures, per group and in total", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callsim-batch-simfault-"));
    const runner = createJobRunner({ scenarios: [{ scenario: SAMPLE_SCENARIO, path: null }], maxTurns: 12 });
    await runBatch({ outDir: dir, scenarios: [SAMPLE_SCENARIO], plan, executors: { rule: inProcessExecutor(runner, 1), model: rule } });
    const [line] = readLines(join(dir, "calls.jsonl"));
    if (line === undefined) throw new Error("no line");
    // Four calls: passed / failed, each with and without a misbehaving customer.
    const variant = (passed: boolean, simulatorFault: boolean, seed: number): BatchLine => ({
      ...line,
      job: { ...line.job, seed, key: `${line.job.scenario}#${seed}#rule~rule` },
      score: { ...line.score, passed, score: passed ? 95 : 40, simulator: { ...line.score.simulator, simulatorFault } },
    });
    const builder = new SummaryBuilder();
    [variant(true, false, 1), variant(true, true, 2), variant(false, true, 3), variant(false, false, 4), variant(false, true, 5)].forEach((l) => builder.add(l));
    const summary = builder.result();
    expect(summary).toMatchObject({ calls: 5, passed: 2, simulatorFaults: 3, failedWithSimulatorFault: 2, judge: null });
    expect(summary.groups[0]).toMatchObject({ simulatorFaults: 3, failedWithSimulatorFault: 2 });
  });
});
