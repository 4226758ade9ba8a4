// The simulator section of the scorecard: how faithfully the simulated customer played its persona. It never changes
// the caller's verdict; a failed check marks the call `simulatorFault` so batch reports count it apart.
import type { Check, SimulatorSection } from "../../schema/index.js";
import type { EvalContext } from "../context.js";
import { faultCheck } from "../faults.js";
import { assistantVoiceCheck, negativeStyleCheck, stageDirectionCheck } from "./voice.js";
import { personaBreakCheck } from "./persona-break.js";
import { endWithoutCauseCheck } from "./end-cause.js";
import { verbatimFaults, verbatimShare } from "./verbatim.js";

export const verbatimPersonaCheck = (ctx: EvalContext): Check => faultCheck("verbatim-persona", verbatimFaults(ctx), "the customer spoke in its own words");

export const SIMULATOR_CHECKS: readonly ((ctx: EvalContext) => Check)[] = [
  personaBreakCheck,
  endWithoutCauseCheck,
  verbatimPersonaCheck,
  negativeStyleCheck,
  assistantVoiceCheck,
  stageDirectionCheck,
];

export function simulatorSection(ctx: EvalContext): SimulatorSection {
  const checks = SIMULATOR_CHECKS.map((check) => check(ctx));
  const share = verbatimShare(ctx);
  return { simulatorFault: checks.some((c) => !c.passed), checks, verbatimShare: Math.round(share * 1000) / 1000 };
}
