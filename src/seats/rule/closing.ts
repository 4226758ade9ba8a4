// Choosing the end condition for a situation and the closing line that fits it.
import type { CallerPlan } from "./caller-plan.js";
import { pickCondition, type EndClass } from "./end-classes.js";
import { genericClosing } from "./phrases.js";
import { similar as similarity } from "./memo.js";

const CLOSING_THRESHOLD = 0.18;

/** 1-based condition for the wanted classes (most fitting first); falls back to the closest by words, then to 1. */
export function conditionFor(plan: CallerPlan, wanted: readonly EndClass[], hint: string): number | null {
  const conditions = plan.scenario.caller.endConditions;
  if (conditions.length === 0) return null;
  const picked = pickCondition(plan.conditionClasses, wanted);
  if (picked !== null) return picked + 1;
  let best = 0;
  let bestScore = 0;
  conditions.forEach((text, i) => {
    const score = similarity(text, hint);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best + 1;
}

/** The closing line that best fits a condition; a generic one when none of the document's lines fits. */
export function closingFor(plan: CallerPlan, condition: number | null, primary: EndClass): string {
  const { closingLines, endConditions } = plan.scenario.caller;
  const conditionText = condition === null ? "" : (endConditions[condition - 1] ?? "");
  const conditionClasses = condition === null ? new Set<EndClass>([primary]) : (plan.conditionClasses[condition - 1] ?? new Set<EndClass>());
  let best: string | null = null;
  let bestScore = CLOSING_THRESHOLD;
  closingLines.forEach((line, i) => {
    const classes = plan.closingClasses[i] ?? new Set<EndClass>();
    // A wrong person must hear nothing about the account: only a closing written for that case will do.
    if (primary === "identity" && !classes.has("identity")) return;
    let shared = 0;
    let foreign = 0;
    for (const name of classes) {
      if (conditionClasses.has(name)) shared++;
      else foreign++;
    }
    const score = similarity(conditionText, line) + 0.12 * shared - 0.08 * foreign + (classes.has(primary) ? 0.1 : 0) + (condition !== null && i === condition - 1 ? 0.06 : 0);
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  });
  return best ?? genericClosing(plan.scenario.language, primary, plan.names);
}
