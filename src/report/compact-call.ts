// The compact per-call shape embedded in report.html: arrays instead of keyed objects, only what the viewer shows.
import type { BatchLine } from "../batch/types.js";

/** [speaker 0=caller 1=callee, text, step or 0, kb entries, startMs, interrupted 0|1] */
export type CompactTurn = [0 | 1, string, number, number[], number, 0 | 1];
/** [id, passed 0|1, severity, message, turns] */
export type CompactCheck = [string, 0 | 1, string, string, number[]];

export interface CompactCall {
  k: string;
  sc: string;
  seed: number;
  ca: string;
  ce: string;
  score: number;
  pass: 0 | 1;
  /** [by, condition or 0, reason] */
  end: [string, number, string];
  t: CompactTurn[];
  ch: CompactCheck[];
  /** Outcome digest: identity, steps delivered, questions [turn, text, kb or -1, answered 0|1], follow-up channel. */
  o: { id: boolean | null; st: number[]; q: [number, string, number, 0 | 1][]; fu: string | null };
}

export function compactCall(line: BatchLine, pass: boolean): CompactCall {
  const { job, call, score } = line;
  return {
    k: job.key,
    sc: job.scenario,
    seed: job.seed,
    ca: job.caller,
    ce: job.callee,
    score: score.score,
    pass: pass ? 1 : 0,
    end: [call.end.by, call.end.condition ?? 0, call.end.reason],
    t: call.turns.map((turn) => [turn.speaker === "caller" ? 0 : 1, turn.text, turn.step ?? 0, turn.kb, turn.startMs, turn.interrupted ? 1 : 0]),
    // Failed checks first: they are what a reader opens a call for.
    ch: [...score.checks]
      .sort((a, b) => Number(a.passed) - Number(b.passed))
      .map((check) => [check.id, check.passed ? 1 : 0, check.severity, check.message, check.turns]),
    o: {
      id: call.outcome.identityConfirmed,
      st: call.outcome.stepsDelivered,
      q: call.outcome.questions.map((question) => [question.turn, question.text, question.kb ?? -1, question.answered ? 1 : 0]),
      fu: call.outcome.followUp === null ? null : call.outcome.followUp.channel + (call.outcome.followUp.contact === null ? "" : ` ${call.outcome.followUp.contact}`),
    },
  };
}
