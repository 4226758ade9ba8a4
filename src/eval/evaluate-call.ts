// evaluateCall: every rule check of one call against its scenario, the verdict, the score, the simulator section and
// the metrics. Sync and offline; reads the turns' speaker and text only, so a record and its transcript score alike.
import type { CallRecord, Check, Scenario, Scorecard } from "../schema/index.js";
import { EvalContext } from "./context.js";
import { openingCheck } from "./opening.js";
import { identityCheck } from "./identity.js";
import { disclosureCheck } from "./disclosure.js";
import { missingStepCheck, orderCheck } from "./steps.js";
import { deflectedAnswerCheck, ignoredQuestionCheck, wrongAnswerCheck } from "./kb.js";
import { inventedFigureCheck } from "./grounding.js";
import { sensitiveInfoCheck } from "./sensitive-info.js";
import { marketingCheck } from "./marketing.js";
import { noClosingCheck, wrongClosingCheck } from "./closing.js";
import { falseClaimCheck } from "./false-claim.js";
import { repetitionCheck } from "./repetition.js";
import { simulatorSection } from "./simulator/simulator.js";
import { callMetrics } from "./metrics.js";
import { scoreOf } from "./score.js";
import { verdictOf } from "./verdict.js";

/** The caller's rule checks, one per fault kind, in the order a scorecard lists them. */
export const RULE_CHECKS: readonly ((ctx: EvalContext) => Check)[] = [
  disclosureCheck,
  inventedFigureCheck,
  sensitiveInfoCheck,
  openingCheck,
  identityCheck,
  missingStepCheck,
  orderCheck,
  wrongAnswerCheck,
  deflectedAnswerCheck,
  ignoredQuestionCheck,
  falseClaimCheck,
  marketingCheck,
  repetitionCheck,
  wrongClosingCheck,
  noClosingCheck,
];

export function evaluateCall(scenario: Scenario, call: CallRecord): Scorecard {
  const ctx = new EvalContext(scenario, call);
  const checks = RULE_CHECKS.map((check) => check(ctx));
  return { ...verdictOf(checks), score: scoreOf(checks), checks, simulator: simulatorSection(ctx), metrics: callMetrics(ctx) };
}

/** Add checks made elsewhere (the model judge): verdict and score again. */
export function withExtraChecks(card: Scorecard, extra: readonly Check[]): Scorecard {
  const checks = [...card.checks, ...extra];
  return { ...card, ...verdictOf(checks), score: scoreOf(checks), checks };
}
