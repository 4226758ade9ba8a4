// The 0-100 score: a weighted mean of the caller's checks, with partial credit where a check measures a share.
//
//   check            weight  credit 0..1 (1 when passed, unless the check measures a share)
//   steps              20    share of expected steps delivered (conditional steps that never applied, and steps left
//                            when the customer ended the call or asked to wrap up, are not expected)
//   kb                 15    (correct + 0.5 * partial) / questions asked
//   grounding          15    0 when failed
//   opening            10    0 when failed
//   identity           10    0 when failed
//   sensitive-info     10    0 when failed
//   marketing           5    0 when failed
//   order               5    0 when failed
//   end                 5    0 when failed
//   closing             5    0 when failed
//   negative-style      0    (scores the simulated customer, not the caller: reported, not weighed)
//   assistant-voice     0    (same)
//   judge:*             5 each, when --judge adds them
//
// A check that does not apply (no KB question asked, no steps, sales not ruled out) is left out of the mean.
// A failed critical check (grounding, sensitive-info) caps the score at 59: such a call fails whatever else went well.
import type { Check } from "../schema/index.js";

export const WEIGHTS: Readonly<Record<string, number>> = {
  steps: 20,
  kb: 15,
  grounding: 15,
  opening: 10,
  identity: 10,
  "sensitive-info": 10,
  marketing: 5,
  order: 5,
  end: 5,
  closing: 5,
  "negative-style": 0,
  "assistant-voice": 0,
};
export const JUDGE_WEIGHT = 5;
export const CRITICAL_CAP = 59;

function weightOf(check: Check): number {
  if (check.details?.["applicable"] === false) return 0;
  return WEIGHTS[check.id] ?? (check.id.startsWith("judge:") ? JUDGE_WEIGHT : 0);
}

/** Credit 0..1 of one check: 1 when passed, else its partial share when it has one. */
function creditOf(check: Check): number {
  const fraction = check.details?.["fraction"];
  if (typeof fraction === "number" && Number.isFinite(fraction)) return check.passed ? Math.max(fraction, 0) : Math.min(Math.max(fraction, 0), 1);
  return check.passed ? 1 : 0;
}

export function scoreOf(checks: readonly Check[]): number {
  let total = 0;
  let earned = 0;
  for (const check of checks) {
    const weight = weightOf(check);
    total += weight;
    earned += weight * creditOf(check);
  }
  let score = total === 0 ? 100 : (100 * earned) / total;
  if (checks.some((c) => c.severity === "critical" && !c.passed)) score = Math.min(score, CRITICAL_CAP);
  return Math.round(score * 10) / 10;
}
