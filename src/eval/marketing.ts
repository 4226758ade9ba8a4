// `marketing`: where the caller's side of the document rules out sales (in any wording: "不涉及营销", "we will not
// recommend any product"), the caller must not push a sale. Sales words of the caller's own script are not a push.
import type { Check } from "../schema/index.js";
import { perScenario, type EvalContext } from "./context.js";
import { faultCheck, notApplicable, type Fault } from "./faults.js";

function salesWords(pattern: RegExp, text: string): string[] {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((m) => m[0]);
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
    const words = [...new Set(salesWords(ctx.lang.salesPush, ctx.low(turn.index)).filter((w) => !scripted.has(w)))];
    if (words.length > 0) faults.push({ turn: turn.index, message: `sales push (${words.join("/")}) although the document says "${rule}"` });
  }
  return faultCheck("marketing", faults, `no sales push (the document says "${rule}")`);
}
