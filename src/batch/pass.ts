// What counts as a passing call, and pass^k over seeds as in tau-bench.
import type { Scorecard } from "../schema/index.js";

/** Default score at or above which a call passes; the scorecard's verdict decides first (src/eval/verdict.ts). */
export const DEFAULT_PASS_SCORE = 80;

/** The scorecard's own verdict (`passed`), where it has one, or else: no critical check failed. */
export function verdictOf(score: Scorecard): boolean {
  const verdict = (score as Scorecard & { passed?: unknown }).passed;
  return typeof verdict === "boolean" ? verdict : !score.checks.some((check) => !check.passed && check.severity === "critical");
}

/**
 * A call passes when its verdict says so and it scores at least `passScore` (the batch's bar, `--pass-score`).
 */
export function isPass(score: Scorecard, passScore: number = DEFAULT_PASS_SCORE): boolean {
  return verdictOf(score) && score.score >= passScore;
}

/**
 * pass^k for one task with c passes out of n runs: the chance that k runs drawn without replacement all pass,
 * C(c,k)/C(n,k) (tau-bench's unbiased estimator). 0 when k > n is undefined, so null.
 */
export function passHatK(passes: number, runs: number, k: number): number | null {
  if (k < 1 || k > runs) return null;
  let ratio = 1;
  for (let i = 0; i < k; i++) {
    ratio *= (passes - i) / (runs - i);
    if (ratio <= 0) return 0;
  }
  return ratio;
}

/** pass^k for k = 1..maxK averaged over tasks; a task counts for k only when it has at least k runs. */
export function passHatKCurve(tasks: readonly { passes: number; runs: number }[], maxK: number): (number | null)[] {
  const curve: (number | null)[] = [];
  for (let k = 1; k <= maxK; k++) {
    const values = tasks.map((task) => passHatK(task.passes, task.runs, k)).filter((value): value is number => value !== null);
    curve.push(values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);
  }
  return curve;
}
