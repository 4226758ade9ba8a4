// The scorecard's check ids as a type, so `expectCall(r).check("invented-figure")` is checked by the compiler:
// the caller fault kinds and simulator fault kinds of the scorecard schema, or a model judge's "judge:<kind>".
import { CallerFaultKind, SimulatorFaultKind, type CheckId as RuleCheckId } from "../schema/index.js";

export const CHECK_IDS: readonly RuleCheckId[] = [...CallerFaultKind.options, ...SimulatorFaultKind.options];

export type CheckId = RuleCheckId | `judge:${string}`;
