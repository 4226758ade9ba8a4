// evaluateCall: every rule check of one call against its scenario, the score and the metrics. Sync and offline.
import type { CallRecord, Check, Scenario, Scorecard } from "../schema/index.js";
import { EvalContext } from "./context.js";
import { openingCheck } from "./opening.js";
import { identityCheck } from "./identity.js";
import { orderCheck, stepsCheck } from "./steps.js";
import { kbCheck } from "./kb.js";
import { groundingCheck } from "./grounding.js";
import { sensitiveInfoCheck } from "./sensitive-info.js";
import { marketingCheck } from "./marketing.js";
import { endCheck } from "./end.js";
import { closingCheck } from "./closing.js";
import { negativeStyleCheck } from "./negative-style.js";
import { assistantVoiceCheck } from "./assistant-voice.js";
import { callMetrics } from "./metrics.js";
import { scoreOf } from "./score.js";

/** The rule checks, in the order a scorecard lists them. */
export const RULE_CHECKS: readonly ((ctx: EvalContext) => Check)[] = [
  openingCheck,
  identityCheck,
  stepsCheck,
  orderCheck,
  kbCheck,
  groundingCheck,
  sensitiveInfoCheck,
  marketingCheck,
  endCheck,
  closingCheck,
  negativeStyleCheck,
  assistantVoiceCheck,
];

export function evaluateCall(scenario: Scenario, call: CallRecord): Scorecard {
  const ctx = new EvalContext(scenario, call);
  const checks = RULE_CHECKS.map((check) => check(ctx));
  return { score: scoreOf(checks), checks, metrics: callMetrics(ctx) };
}

/** Add checks made elsewhere (the model judge) and score again. */
export function withExtraChecks(card: Scorecard, extra: readonly Check[]): Scorecard {
  const checks = [...card.checks, ...extra];
  return { ...card, score: scoreOf(checks), checks };
}
