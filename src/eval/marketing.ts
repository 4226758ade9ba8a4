// `marketing`: where the caller's side of the scenario says the call is not a sales call, the caller must not
// push a sale. Sales words the caller's own script uses (a renewal script may say "upgrade") are not a push.
import type { Check } from "../schema/index.js";
import { MANNER_ONLY, NOT_MARKETING, SALES_PUSH } from "./cues.js";
import { perScenario, turnList, type EvalContext } from "./context.js";

/** The phrase saying the call is not marketing, found in the given texts, or null. */
export function notMarketingPhrase(texts: readonly string[]): string | null {
  for (const text of texts) {
    const match = NOT_MARKETING.exec(text);
    if (match !== null && !MANNER_ONLY.test(match[0])) return match[0];
  }
  return null;
}

export function salesWords(text: string): string[] {
  return [...text.matchAll(SALES_PUSH)].map((m) => m[0].toLowerCase());
}

/** Sales words the caller's own script uses: saying them is following the script, not pushing a sale. */
export function scriptedSalesWords(ctx: EvalContext): ReadonlySet<string> {
  return perScenario(ctx.scenario, "scriptedSales", () => new Set(ctx.callerScript().flatMap(salesWords)));
}

export function marketingCheck(ctx: EvalContext): Check {
  const caller = ctx.scenario.caller;
  const sideText = [caller.role, caller.task, ...ctx.callerScript(), ...caller.extraSections.map((s) => s.body)];
  const phrase = notMarketingPhrase(sideText);
  if (phrase === null) {
    return { id: "marketing", passed: true, severity: "info", message: "the scenario does not rule out sales", turns: [], details: { applicable: false } };
  }
  const scripted = scriptedSalesWords(ctx);
  const pushes: { turn: number; words: string[] }[] = [];
  for (const turn of ctx.callerTurns) {
    const words = salesWords(turn.text).filter((w) => !scripted.has(w));
    if (words.length > 0) pushes.push({ turn: turn.index, words: [...new Set(words)] });
  }
  return {
    id: "marketing",
    passed: pushes.length === 0,
    severity: "major",
    message:
      pushes.length === 0
        ? `no sales push (the script says "${phrase}")`
        : `pushed a sale although the script says "${phrase}": ${pushes.map((p) => `${p.words.join("/")} (turn ${p.turn})`).join(", ")}`,
    turns: turnList(pushes.map((p) => p.turn)),
    details: { scriptSays: phrase, pushes },
  };
}
