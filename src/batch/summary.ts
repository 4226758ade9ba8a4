// summary.json by streaming calls.jsonl once: state per scenario × seats, never the records themselves.
import type { Scenario } from "../schema/index.js";
import { DEFAULT_PASS_SCORE, passHatK, passHatKCurve } from "./pass.js";
import { summaryFacts, type SummaryFacts } from "./summary-facts.js";
import { readBatchLines } from "./read-lines.js";
import { readFailures } from "./failures.js";
import { JudgeTally } from "./judge-tally.js";
import { SampleList } from "./samples.js";
import type { BatchSummary, EndCount, FailedCheckStat, FailedJob, GroupSummary, KbStat, SeatsSummary } from "./summary-types.js";
import type { BatchLine } from "./types.js";

/** Example calls kept per failed check or invented figure. */
export const SAMPLE_CALLS = 20;
/** Distinct invented figures tracked per group; beyond that they are counted under one "(other)" row. */
const MAX_FIGURES = 500;
/** pass^k is given for k = 1..min(seeds, MAX_K): beyond that it is ~0 for any imperfect task and only bloats the file. */
export const MAX_K = 100;
/** Failed jobs listed by key in summary.json (all are counted; the rest are in failures.jsonl). */
export const MAX_FAILURES_LISTED = 1000;

interface GroupState {
  scenario: string;
  caller: string;
  callee: string;
  calls: number;
  passed: number;
  scoreSum: number;
  minScore: number;
  maxScore: number;
  histogram: number[];
  funnel: number[];
  ends: Map<string, EndCount>;
  kb: Map<number, KbStat>;
  checks: Map<string, { stat: FailedCheckStat; samples: SampleList }>;
  figures: Map<string, { count: number; samples: SampleList }>;
  turnSum: number;
  durationSum: number;
  simulatorFaults: number;
  failedWithSimulatorFault: number;
  judge: JudgeTally;
}

export class SummaryBuilder {
  private groups = new Map<string, GroupState>();

  constructor(
    private readonly scenarios: ReadonlyMap<string, Scenario> = new Map(),
    private readonly passScore: number = DEFAULT_PASS_SCORE,
  ) {}

  add(line: BatchLine): void {
    this.addFacts(summaryFacts(line));
  }

  /** Adds one call; the order of calls matters only past MAX_FIGURES distinct figures in a group (file order). */
  addFacts(facts: SummaryFacts): void {
    const group = this.groupOf(facts.scenario, facts.caller, facts.callee);
    group.calls++;
    const passed = facts.verdict && facts.score >= this.passScore;
    if (passed) group.passed++;
    if (facts.simulatorFault) {
      group.simulatorFaults++;
      if (!passed) group.failedWithSimulatorFault++;
    }
    if (facts.judge !== null) {
      group.judge.add({ verdict: facts.verdict, faultKinds: facts.failedChecks.map((check) => check.id), simulatorFault: facts.simulatorFault }, facts.judge);
    }
    group.scoreSum += facts.score;
    group.minScore = Math.min(group.minScore, facts.score);
    group.maxScore = Math.max(group.maxScore, facts.score);
    const bucket = Math.min(9, Math.max(0, Math.floor(facts.score / 10)));
    group.histogram[bucket] = (group.histogram[bucket] ?? 0) + 1;
    for (const step of new Set(facts.stepsDelivered)) {
      while (group.funnel.length < step) group.funnel.push(0);
      group.funnel[step - 1] = (group.funnel[step - 1] ?? 0) + 1;
    }
    const endKey = `${facts.endBy}:${facts.endCondition ?? ""}`;
    const end = group.ends.get(endKey) ?? { by: facts.endBy, condition: facts.endCondition, count: 0 };
    end.count++;
    group.ends.set(endKey, end);
    for (const { entry, verdict } of facts.kb) {
      const stat = group.kb.get(entry) ?? { entry, asked: 0, correct: 0, partial: 0, contradicted: 0, unanswered: 0 };
      stat.asked++;
      stat[verdict]++;
      group.kb.set(entry, stat);
    }
    for (const check of facts.failedChecks) {
      let entry = group.checks.get(check.id);
      if (entry === undefined) {
        entry = { stat: { id: check.id, severity: check.severity, count: 0, calls: [] }, samples: new SampleList(SAMPLE_CALLS) };
        group.checks.set(check.id, entry);
      }
      entry.stat.count++;
      entry.samples.add(facts.seed, facts.key);
    }
    for (const figure of facts.inventedFigures) {
      const text = group.figures.has(figure) || group.figures.size < MAX_FIGURES ? figure : "(other)";
      let entry = group.figures.get(text);
      if (entry === undefined) {
        entry = { count: 0, samples: new SampleList(SAMPLE_CALLS) };
        group.figures.set(text, entry);
      }
      entry.count++;
      entry.samples.add(facts.seed, facts.key);
    }
    group.turnSum += facts.turns;
    group.durationSum += facts.durationMs;
  }

  private groupOf(scenario: string, caller: string, callee: string): GroupState {
    const key = `${scenario}\u0000${caller}\u0000${callee}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      const steps = this.scenarios.get(scenario)?.caller.steps.length ?? 0;
      group = {
        scenario, caller, callee, calls: 0, passed: 0, scoreSum: 0, minScore: Infinity, maxScore: -Infinity,
        histogram: new Array<number>(10).fill(0), funnel: new Array<number>(steps).fill(0),
        ends: new Map(), kb: new Map(), checks: new Map(), figures: new Map(), turnSum: 0, durationSum: 0,
        simulatorFaults: 0, failedWithSimulatorFault: 0, judge: new JudgeTally(),
      };
      this.groups.set(key, group);
    }
    return group;
  }

  result(): BatchSummary {
    const groups = [...this.groups.values()]
      .sort((a, b) => compare(a.scenario, b.scenario) || compare(a.caller, b.caller) || compare(a.callee, b.callee))
      .map((group) => this.finishGroup(group));
    const calls = groups.reduce((sum, group) => sum + group.calls, 0);
    const passed = groups.reduce((sum, group) => sum + group.passed, 0);
    const scoreSum = groups.reduce((sum, group) => sum + group.meanScore * group.calls, 0);
    const judge = new JudgeTally();
    for (const group of groups) if (group.judge !== null) judge.merge(group.judge);
    return {
      summaryVersion: 1,
      passScore: this.passScore,
      calls,
      failedJobs: 0,
      failures: [],
      passed,
      meanScore: calls === 0 ? 0 : round(scoreSum / calls),
      simulatorFaults: groups.reduce((sum, group) => sum + group.simulatorFaults, 0),
      failedWithSimulatorFault: groups.reduce((sum, group) => sum + group.failedWithSimulatorFault, 0),
      judge: judge.result(),
      seats: seatsSummaries(groups),
      groups,
    };
  }

  private finishGroup(group: GroupState): GroupSummary {
    const n = group.calls;
    const passCurve: (number | null)[] = [];
    for (let k = 1; k <= Math.min(n, MAX_K); k++) passCurve.push(roundOrNull(passHatK(group.passed, n, k)));
    return {
      scenario: group.scenario,
      caller: group.caller,
      callee: group.callee,
      calls: n,
      passed: group.passed,
      meanScore: n === 0 ? 0 : round(group.scoreSum / n),
      minScore: n === 0 ? 0 : group.minScore,
      maxScore: n === 0 ? 0 : group.maxScore,
      scoreHistogram: group.histogram,
      funnel: group.funnel,
      ends: [...group.ends.values()].sort((a, b) => b.count - a.count || compare(a.by, b.by) || (a.condition ?? 0) - (b.condition ?? 0)),
      kb: [...group.kb.values()].sort((a, b) => b.asked - a.asked || a.entry - b.entry),
      failedChecks: [...group.checks.values()]
        .map(({ stat, samples }) => ({ ...stat, calls: samples.keys() }))
        .sort((a, b) => b.count - a.count || compare(a.id, b.id)),
      inventedFigures: [...group.figures.entries()]
        .map(([text, { count, samples }]) => ({ text, count, calls: samples.keys() }))
        .sort((a, b) => b.count - a.count || compare(a.text, b.text)),
      passHatK: passCurve,
      meanTurns: n === 0 ? 0 : round(group.turnSum / n),
      meanDurationMs: n === 0 ? 0 : Math.round(group.durationSum / n),
      simulatorFaults: group.simulatorFaults,
      failedWithSimulatorFault: group.failedWithSimulatorFault,
      judge: group.judge.result(),
    };
  }
}

function seatsSummaries(groups: readonly GroupSummary[]): SeatsSummary[] {
  const bySeats = new Map<string, GroupSummary[]>();
  for (const group of groups) {
    const key = `${group.caller}\u0000${group.callee}`;
    bySeats.set(key, [...(bySeats.get(key) ?? []), group]);
  }
  return [...bySeats.values()].map((list) => {
    const first = list[0] as GroupSummary;
    const calls = list.reduce((sum, group) => sum + group.calls, 0);
    const maxK = Math.min(MAX_K, Math.max(...list.map((group) => group.calls)));
    return {
      caller: first.caller,
      callee: first.callee,
      scenarios: list.length,
      calls,
      passed: list.reduce((sum, group) => sum + group.passed, 0),
      meanScore: calls === 0 ? 0 : round(list.reduce((sum, group) => sum + group.meanScore * group.calls, 0) / calls),
      passHatK: passHatKCurve(list.map((group) => ({ passes: group.passed, runs: group.calls })), maxK).map(roundOrNull),
    };
  });
}

/** The summary of the calls added, with the failed jobs no line made done (failures.jsonl, latest reason per key). */
export function summaryWithFailures(builder: SummaryBuilder, failures: ReadonlyMap<string, FailedJob>): BatchSummary {
  const failed = [...failures.values()];
  return { ...builder.result(), failedJobs: failed.length, failures: failed.slice(0, MAX_FAILURES_LISTED) };
}

/** Streams calls.jsonl into a summary, with the failures (failures.jsonl) that no later line made done. */
export async function summarizeCalls(
  callsPath: string,
  scenarios: ReadonlyMap<string, Scenario> = new Map(),
  passScore: number = DEFAULT_PASS_SCORE,
  failuresPath?: string,
): Promise<BatchSummary> {
  const builder = new SummaryBuilder(scenarios, passScore);
  const failures = failuresPath === undefined ? new Map<string, FailedJob>() : await readFailures(failuresPath);
  for await (const line of readBatchLines(callsPath)) {
    builder.add(line);
    failures.delete(line.job.key);
  }
  return summaryWithFailures(builder, failures);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
}
