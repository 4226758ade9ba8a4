// Everything report.html shows, gathered by streaming calls.jsonl twice: once for the summary, once for the calls.
import type { Scenario } from "../schema/index.js";
import { batchPaths, readBatchScenarios } from "../batch/batch-files.js";
import { DEFAULT_PASS_SCORE, isPass } from "../batch/pass.js";
import { readBatchJobs } from "../batch/read-lines.js";
import { summarizeCalls } from "../batch/summary.js";
import type { BatchSummary } from "../batch/summary-types.js";
import { compactCall, type CompactCall } from "./compact-call.js";
import { CallSelector, planSelection } from "./select-calls.js";

/** Default cap on embedded transcripts: keeps the file a few MB whatever the batch size. */
export const DEFAULT_MAX_EMBEDDED_CALLS = 1000;

/** The labels a report needs from a scenario (the rest of it stays out of the file). */
export interface ScenarioDigest {
  title: string | null;
  language: "zh" | "en";
  callerName: string;
  calleeName: string;
  steps: string[];
  kb: string[];
  callerEnds: string[];
  calleeEnds: string[];
}

export interface ReportData {
  summary: BatchSummary;
  scenarios: Record<string, ScenarioDigest>;
  calls: CompactCall[];
  embedded: { calls: number; total: number; capped: boolean };
}

export interface ReportDataOptions {
  maxEmbeddedCalls?: number;
  passScore?: number;
  /** A summary already computed from the same calls.jsonl (the batch has one); computed when absent. */
  summary?: BatchSummary;
}

function digest(scenario: Scenario): ScenarioDigest {
  return {
    title: scenario.title,
    language: scenario.language,
    callerName: scenario.caller.name,
    calleeName: scenario.callee.name,
    steps: scenario.caller.steps.map((step) => step.title),
    kb: scenario.caller.knowledgeBase.map((entry) => entry.question),
    callerEnds: scenario.caller.endConditions,
    calleeEnds: scenario.callee.endConditions,
  };
}

export async function buildReportData(dir: string, options: ReportDataOptions = {}): Promise<ReportData> {
  const paths = batchPaths(dir);
  const scenarios = readBatchScenarios(dir);
  const passScore = options.passScore ?? options.summary?.passScore ?? DEFAULT_PASS_SCORE;
  const summary = options.summary ?? (await summarizeCalls(paths.calls, scenarios, passScore, paths.failures));
  const linked = new Set<string>();
  for (const group of summary.groups) {
    for (const check of group.failedChecks) for (const key of check.calls) linked.add(key);
    for (const figure of group.inventedFigures) for (const key of figure.calls) linked.add(key);
  }
  const maxCalls = options.maxEmbeddedCalls ?? DEFAULT_MAX_EMBEDDED_CALLS;
  const selector = new CallSelector(planSelection(summary.calls, summary.groups.length, maxCalls, linked));
  for await (const lazy of readBatchJobs(paths.calls)) {
    const { job } = lazy;
    const group = `${job.scenario}\u0000${job.caller}\u0000${job.callee}`;
    // Most lines of a large batch cannot be picked: those are never parsed.
    if (!selector.wants(group, job.seed, job.key)) continue;
    const line = lazy.read();
    const pass = isPass(line.score, passScore);
    selector.offer(group, job.seed, job.key, pass, () => compactCall(line, pass));
  }
  const calls = selector.result();
  const digests: Record<string, ScenarioDigest> = {};
  for (const [id, scenario] of [...scenarios.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) digests[id] = digest(scenario);
  return { summary, scenarios: digests, calls, embedded: { calls: calls.length, total: summary.calls, capped: calls.length < summary.calls } };
}
