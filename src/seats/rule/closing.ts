// Choosing the end condition for a situation and the closing line that fits it.
import type { CallerPlan } from "./caller-plan.js";
import { endClassesOf, pickCondition, type EndClass } from "./end-classes.js";
import { genericClosing } from "./phrases.js";
import { similar as similarity } from "./memo.js";

const CLOSING_THRESHOLD = 0.05;
/** As many closings as conditions: the document pairs them, and the paired line outweighs word overlap elsewhere. */
const PAIRED = 0.3;
/** A closing about one of these says something specific that would be wrong elsewhere. */
const STRONG = new Set<EndClass>(["relative", "identity", "cancel", "escalate", "refuse", "fraud", "hostile"]);

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

/** A quoted span this long is a line to say, not a word the condition mentions ("“服务费”"). */
const QUOTED_LINE_UNITS_MIN = 8;

/** A quote right after a label's colon. */
const LABELLED = /[:：]\s*$/u;

/** The longest line a condition quotes, when it is long enough to be the closing written for it. */
function quotedClosing(condition: string, plan: CallerPlan): string | null {
  const short = [...condition.matchAll(plan.pack.document.quoted)].map((m) => m[0]);
  // A longer quote is a line to say only where a label's colon introduces it ("Closing: \"…\""); elsewhere it may be
  // what the customer says as she goes.
  const spans = [...condition.matchAll(plan.pack.document.quotedLine)]
    .filter((m) => short.includes(m[0]) || LABELLED.test(condition.slice(0, m.index)))
    .map((m) => m[0].slice(1, -1).trim());
  const longest = spans.sort((a, b) => plan.pack.speech.units(b) - plan.pack.speech.units(a))[0];
  return longest !== undefined && plan.pack.speech.units(longest) >= QUOTED_LINE_UNITS_MIN ? longest : null;
}

/** A line written to be said that ends the call: its last sentence, closed by its stop, says goodbye; it asks and quotes nothing. */
const SENTENCE_END = /[。！.!]\s*$/u;
const SENTENCE_STOP = /[。！？.!?]/u;
function spokenGoodbye(line: string, plan: CallerPlan): boolean {
  const last = line.split(SENTENCE_STOP).filter((part) => part.trim() !== "").at(-1) ?? "";
  return SENTENCE_END.test(line) && plan.pack.caller.saysGoodbye.test(last) && !/[？?“”"「」]/u.test(line);
}

/**
 * A document with no closings of its own may list them among its end conditions, each a line ending in a goodbye
 * under the name of its case: the one about the case at hand (for a call that went through, the first about no
 * particular case), or null.
 */
function writtenAsConditions(plan: CallerPlan, primary: EndClass): string | null {
  const lines = plan.scenario.caller.endConditions.filter((line) => spokenGoodbye(line, plan));
  const classes = lines.map((line) => endClassesOf(line, plan.pack));
  const own = lines.find((_, i) => (primary === "done" ? classes[i]?.size === 0 : classes[i]?.has(primary) === true));
  return own ?? null;
}

/** The closing line that best fits a condition; a generic one when none of the document's lines fits. */
export function closingFor(plan: CallerPlan, condition: number | null, primary: EndClass): string {
  const { closingLines, endConditions } = plan.scenario.caller;
  const written = closingLines.length === 0 ? writtenAsConditions(plan, primary) : null;
  if (written !== null) return written;
  const conditionText = condition === null ? "" : (endConditions[condition - 1] ?? "");
  const conditionClasses = condition === null ? new Set<EndClass>([primary]) : (plan.conditionClasses[condition - 1] ?? new Set<EndClass>());
  let best: string | null = null;
  let bestScore = CLOSING_THRESHOLD;
  closingLines.forEach((line, i) => {
    const classes = plan.closingClasses[i] ?? new Set<EndClass>();
    // A wrong person must hear nothing of the matter: only a closing written for that case will do.
    if ((primary === "identity" || primary === "relative") && !classes.has(primary)) return;
    let shared = 0;
    let foreign = 0;
    for (const name of classes) {
      if (conditionClasses.has(name)) shared++;
      else foreign += STRONG.has(name) ? 0.15 : 0.04;
    }
    // Documents tend to list closings in the order of their conditions (surely so with one per condition).
    // One closing fewer than conditions is usually the last (wrong-person) condition left without its own line.
    const aligned = closingLines.length === endConditions.length ? PAIRED : closingLines.length === endConditions.length - 1 ? 0.1 : 0.06;
    const position = condition !== null && i === condition - 1 ? aligned : 0;
    // A refusal, cancellation or escalation needs a closing that says so.
    const fits = classes.has(primary) ? 0.1 : STRONG.has(primary) && position === 0 ? -0.15 : 0;
    const score = similarity(conditionText, line) + 0.12 * shared - foreign + fits + position;
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  });
  if (best !== null) return best;
  // No end conditions to pair with and no line whose words name the success: the first closing that says goodbye and
  // is about no particular case is the one written for the call that went through (documents list it first).
  if (condition === null && primary === "done") {
    const plain = closingLines.find((line, i) => (plan.closingClasses[i]?.size ?? 0) === 0 && plan.pack.caller.saysGoodbye.test(line));
    if (plain !== undefined) return plain;
  }
  // The condition quotes its own closing ("客户要改天再约：“…我明天再给您打…”"): that line, as the author wrote it.
  // It is said to end the call: a goodbye after it when the author wrote none.
  const own = quotedClosing(conditionText, plan);
  if (own !== null) return plan.pack.caller.saysGoodbye.test(own) ? own : `${own}${plan.pack.speech.joiner}${plan.pack.caller.goodbye}`;
  // Nothing fits by words: the line in the condition's own position, unless it speaks of a different strong case.
  const same = condition === null ? undefined : closingLines[condition - 1];
  const sameClasses = condition === null ? undefined : plan.closingClasses[condition - 1];
  const strongElsewhere = sameClasses !== undefined && [...sameClasses].some((name) => STRONG.has(name) && !conditionClasses.has(name));
  if (same !== undefined && primary !== "identity" && primary !== "relative" && !strongElsewhere) return same;
  return genericClosing(plan.pack, primary);
}

/** The closing a call that got through ends with (remembered per plan: read at every pick). */
const doneClosings = new WeakMap<CallerPlan, string>();
export function doneClosing(plan: CallerPlan): string {
  const known = doneClosings.get(plan);
  if (known !== undefined) return known;
  const line = closingFor(plan, conditionFor(plan, ["done"], ""), "done");
  doneClosings.set(plan, line);
  return line;
}
