// Public face of the scorecard: score a call against its scenario, load a call from a record or transcript, and
// measure a scorer's agreement with labelled calls.
export { evaluateCall, withExtraChecks, RULE_CHECKS } from "./evaluate-call.js";
export { loadCall, parseCall } from "./load-call.js";
export { scoreOf, CRITICAL_CAP, PASS_FLOOR } from "./score.js";
export { SEVERITY } from "./faults.js";
export { VERDICT_RULE } from "./verdict.js";
export { runAgreement, ruleJudge } from "./agreement/run-agreement.js";
export { agreement, judgementOf } from "./agreement/agreement.js";
export { formatAgreement } from "./agreement/format-agreement.js";
