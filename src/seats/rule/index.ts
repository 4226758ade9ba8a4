// The offline rule seats and the utterance understanding other caller seats reuse.
export { RuleCaller, createRuleCaller } from "./rule-caller.js";
export { RuleCallee, createRuleCallee, CALLEE_RATES } from "./rule-callee.js";
export { readUtterance, understandCalleeTurn, asksIdentity, type Reading, type ReadContext } from "./understand.js";
export { KbMatcher, KB_THRESHOLD, type KbMatch } from "./kb-match.js";
export { endClassesOf, pickCondition, type EndClass } from "./end-classes.js";
export { cuesOf, hasCue, channelOf, contactOf, type Cue } from "./cues.js";
export { readActs, type ActContext } from "./acts.js";
export { answerSource, type AnswerSource } from "./answer-source.js";
export { CALLER_RULES } from "./rule-caller.js";
export { callerPlan, speakableLines } from "./caller-plan.js";
export { persona } from "./callee-persona.js";
