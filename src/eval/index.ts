// Public face of the scorecard: score a call against its scenario, and load a call from a record or transcript.
export { evaluateCall, withExtraChecks, RULE_CHECKS } from "./evaluate-call.js";
export { loadCall, parseCall } from "./load-call.js";
export { scoreOf, WEIGHTS, CRITICAL_CAP } from "./score.js";
