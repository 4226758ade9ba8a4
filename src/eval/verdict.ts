// The verdict: would a supervisor sign this call? One rule, stated in VERDICT_RULE and applied here only.
import type { Check, Verdict, VerdictReason } from "../schema/index.js";

export const VERDICT_RULE =
  "A call fails when any caller check failed: a supervisor fails a call for any caller fault they can point to at a " +
  "turn. Severity orders the faults and sets how far below 80 the score falls (critical: disclosure, invented-figure, " +
  "sensitive-info cap it at 59; minor: repetition, order cost least). A call that ended early for a legitimate reason " +
  "(busy, in writing, callback, refusal, wrong person) is held only to what the script says for that ending: steps it " +
  "left no room for are not charged. The simulated customer's faults never change the verdict.";

/** Severities that fail the call (every caller severity: the labels fail a call for any caller fault). */
const DECIDES = new Set(["critical", "major", "minor"]);

function reasonsOf(checks: readonly Check[]): VerdictReason[] {
  return checks.flatMap((c) =>
    (c.turns.length === 0 ? [null] : c.turns).map((turn) => ({ id: c.id, severity: c.severity, turn, message: c.message })),
  );
}

export function verdictOf(checks: readonly Check[]): { passed: boolean; verdict: Verdict } {
  const failed = checks.filter((c) => !c.passed);
  const deciding = failed.filter((c) => DECIDES.has(c.severity));
  return {
    passed: deciding.length === 0,
    verdict: { rule: VERDICT_RULE, reasons: reasonsOf(deciding), notes: reasonsOf(failed.filter((c) => !DECIDES.has(c.severity))) },
  };
}
