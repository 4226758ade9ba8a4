// The few facts of a calls.jsonl line that summary.json aggregates. A worker extracts them beside the line,
// so the main thread adds each durable result to the summary in O(1) small work instead of re-reading the file.
import type { CheckSeverity, EndBy } from "../schema/index.js";
import { inventedFigures, kbVerdicts, type KbVerdict } from "./check-details.js";
import { verdictOf } from "./pass.js";
import type { BatchLine, JudgeVerdict } from "./types.js";

export interface SummaryFacts {
  key: string;
  scenario: string;
  caller: string;
  callee: string;
  seed: number;
  /** The scorecard's verdict (older lines: no critical check failed); the batch's pass score is applied later. */
  verdict: boolean;
  score: number;
  stepsDelivered: number[];
  endBy: EndBy;
  endCondition: number | null;
  kb: { entry: number; verdict: KbVerdict }[];
  failedChecks: { id: string; severity: CheckSeverity }[];
  inventedFigures: string[];
  turns: number;
  durationMs: number;
  simulatorFault: boolean;
  judge: JudgeVerdict | null;
}

export function summaryFacts(line: BatchLine): SummaryFacts {
  const { job, call, score } = line;
  return {
    key: job.key,
    scenario: job.scenario,
    caller: job.caller,
    callee: job.callee,
    seed: job.seed,
    verdict: verdictOf(score),
    score: score.score,
    stepsDelivered: call.outcome.stepsDelivered,
    endBy: call.end.by,
    endCondition: call.end.condition ?? null,
    kb: kbVerdicts(line),
    failedChecks: score.checks.filter((check) => !check.passed).map((check) => ({ id: check.id, severity: check.severity })),
    inventedFigures: inventedFigures(line).map((figure) => figure.text),
    turns: call.turns.length,
    durationMs: score.metrics.durationMs,
    // Older lines may predate the simulator section.
    simulatorFault: (score as Partial<typeof score>).simulator?.simulatorFault === true,
    judge: line.judge ?? null,
  };
}
