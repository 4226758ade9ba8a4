// Summaries and closings state only what the outcome holds: a sentence that says the customer chose, agreed to a
// time or gave a rating is kept only when the call's outcome records such an answer.
import type { Outcome } from "../../schema/index.js";
import type { CallerPlan } from "./caller-plan.js";

const SENTENCE = /(?<=[。！？!?；;])|(?<=\.)\s+/;

/** Which kinds of claim the outcome backs: an answer recorded for a step that asked for it. */
function backed(plan: CallerPlan, outcome: Readonly<Outcome>): { choice: boolean; time: boolean; rating: boolean } {
  const answered = (kind: "rating" | "choice" | "time"): boolean =>
    outcome.stepAnswers.some((a) => plan.stepAsks[a.step - 1]?.kind === kind);
  return { choice: answered("choice") || answered("time"), time: answered("time"), rating: answered("rating") };
}

/** An unfilled template slot ("a [length] freeze", "【日期】"): never read out. */
const SLOT = /\[[^\]\n]{1,30}\]|【[^】\n]{1,30}】|\{[^}\n]{1,30}\}/;

/** The sentences of a line that claim something the outcome does not hold, or read out a template slot. */
export function unbackedClaims(plan: CallerPlan, outcome: Readonly<Outcome>, text: string): string[] {
  const ok = backed(plan, outcome);
  const { claimsChoice, claimsTime, claimsRating } = plan.pack.document;
  return text.split(SENTENCE).filter((s) => SLOT.test(s) || (!ok.choice && claimsChoice.test(s)) || (!ok.time && claimsTime.test(s)) || (!ok.rating && claimsRating.test(s)));
}

/** The line without its unbacked claims (empty when nothing else is left). */
export function withoutUnbackedClaims(plan: CallerPlan, outcome: Readonly<Outcome>, text: string): string {
  const bad = new Set(unbackedClaims(plan, outcome, text));
  if (bad.size === 0) return text;
  return text.split(SENTENCE).filter((s) => !bad.has(s)).map((s) => s.trim()).filter((s) => s !== "").join(plan.pack.speech.joiner);
}
