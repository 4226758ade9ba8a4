// The verdict: would a supervisor sign this call? One rule, stated in VERDICT_RULE and applied here only.
import type { Check, Verdict, VerdictReason } from "../schema/index.js";

export const VERDICT_RULE =
  "A call fails when any caller check of severity critical or major failed (critical: disclosure, invented-figure, " +
  "sensitive-info fail the call whatever the score). Minor faults (repetition, order) are noted and do not fail it. " +
  "A call that ended early for a legitimate reason (busy, in writing, callback, refusal, wrong person) is held only to " +
  "what the script says for that ending: steps it left no room for are not charged. The simulated customer's faults " +
  "never change the verdict.";

const DECIDES = new Set(["critical", "major"]);

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
