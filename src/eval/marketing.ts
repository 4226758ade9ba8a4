// `marketing`: where the caller's side of the document rules out sales (in any wording: "不涉及营销", "we will not
// recommend any product"), the caller must not push a sale. Sales words of the caller's own script are not a push.
import type { Check } from "../schema/index.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { faultCheck, notApplicable, type Fault } from "./faults.js";
import { bestLine } from "./segments.js";
import { salesOffers } from "./sales-offer.js";

/** A sentence this close to a line of the caller's script says what the document has the caller say. */
const SCRIPTED_SENTENCE = 0.5;

function salesWords(pattern: RegExp, text: string): string[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** The sentence offers something, and no negation in its clause takes it back ("我们不会给您推荐任何课程"). */
function offers(ctx: EvalContext, sentence: string): boolean {
  const match = ctx.lang.offer.exec(sentence);
  if (match === null) return false;
  const clause = sentence.slice(0, match.index).split(/[,，;；]/u).pop() ?? "";
  return !ctx.lang.negation.test(clause);
}

/** The sales words and offers of a caller turn that its script does not say itself. */
function salesIn(ctx: EvalContext, index: number, scripted: ReadonlySet<string>): { words: string[]; offers: string[] } {
  // A sentence the script or the knowledge base itself says ("you can buy a top-up in the app") is not a push.
  const own = ctx.sentencesOf(index).filter((s) => bestLine(s, ctx.callerScript(), { minShared: 3 }).score < SCRIPTED_SENTENCE);
  const words = [...new Set(own.flatMap((s) => salesWords(ctx.lang.salesPush, s)).filter((w) => !scripted.has(w)))];
  return { words, offers: own.filter((s) => offers(ctx, s)) };
}

export function marketingCheck(ctx: EvalContext): Check {
  const caller = ctx.scenario.caller;
  const rule = perScenario(ctx.scenario, "noSalesRule", () => {
    for (const text of [caller.role, caller.task, ...ctx.callerScript(), ...caller.extraSections.map((s) => s.body)]) {
      const match = ctx.lang.noSalesRule.exec(text.toLowerCase());
      if (match !== null && !ctx.lang.mannerOnly.test(match[0])) return match[0];
    }
    return null;
  });
  if (rule === null) return notApplicable("marketing", "the document does not rule out sales");
  const scripted = perScenario(ctx.scenario, "scriptedSales", () => new Set(ctx.callerScript().flatMap((line) => salesWords(ctx.lang.salesPush, line.toLowerCase()))));
  const faults: Fault[] = [];
  for (const turn of ctx.callerTurns) {
    const { words, offers } = perScenarioText(ctx.scenario, "salesIn", turn.text, () => salesIn(ctx, turn.index, scripted));
    if (words.length > 0) faults.push({ turn: turn.index, message: `sales push (${words.join("/")}) although the document says "${rule}"` });
    else if (offers.length > 0) faults.push({ turn: turn.index, message: `offers something more ("${offers[0] ?? ""}") although the document says "${rule}"` });
  }
  faults.push(...salesOffers(ctx, new Set(faults.map((f) => f.turn ?? -1))));
  faults.sort((a, b) => (a.turn ?? -1) - (b.turn ?? -1));
  return faultCheck("marketing", faults, `no sales push (the document says "${rule}")`);
}
