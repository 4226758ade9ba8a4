// The 0-100 score, consistent with the verdict: a passed call scores 100, a failed one below 80.
//
//   passed   100 (no caller check failed; a failed "info" check weighs nothing)
//   failed    79 - 10 per failed major check beyond the first, - 5 per failed minor check beyond the first fault
//            a failed critical check caps it at 59, and each further critical costs 10 more   (floor 0)
//   judge:*  a failed judge check counts as its severity says
//
// The score orders calls for `--min-score` and for a trainer; whether a call is good is `passed`.
import type { Check } from "../schema/index.js";

export const PASS_FLOOR = 80;
export const CRITICAL_CAP = 59;
export const PENALTY = { major: 10, minor: 5, critical: 10 } as const;

export function scoreOf(checks: readonly Check[]): number {
  const failed = checks.filter((c) => !c.passed);
  const count = (severity: Check["severity"]): number => failed.filter((c) => c.severity === severity).length;
  const critical = count("critical");
  const major = count("major");
  const minor = count("minor");
  if (critical === 0 && major === 0 && minor === 0) return 100;
  // The first fault sets 79 (the verdict's fail); each further one costs its severity's penalty.
  const minorCharged = major === 0 && critical === 0 ? minor - 1 : minor;
  let score = PASS_FLOOR - 1 - PENALTY.major * Math.max(0, major - 1) - PENALTY.minor * minorCharged;
  if (critical > 0) score = Math.min(score, CRITICAL_CAP - PENALTY.critical * (critical - 1));
  return Math.max(0, score);
}
