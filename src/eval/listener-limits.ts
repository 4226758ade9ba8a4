// What a person the document allows to be told may not hear: a "who may hear what" rule that lets a named relative or
// colleague book and hear some things but bars money ("may book the visit …; must not hear the fee or any money").
// The rule is often wrapped over several lines under its person, so it is read as a window of lines, not line by line.
import { perScenario, type EvalContext } from "./context.js";

/** Lines a person's rule may run over (the person on the first, what they may and may not hear on the next ones). */
const WINDOW_LINES = 4;

/**
 * The document's section lines read as windows (lower-cased), within each section: each line with the lines after it,
 * stopping before a line about anyone else answering (its rule is not this person's). A window opening on such a line
 * is left out; only windows allowing someone something are kept.
 */
export function permissionWindows(ctx: EvalContext): readonly { first: string; text: string }[] {
  return perScenario(ctx.scenario, "permissionWindows", () => {
    const out: { first: string; text: string }[] = [];
    for (const section of ctx.scenario.caller.extraSections) {
      const lines = section.body.split("\n").map((line) => line.trim()).filter((line) => line !== "");
      lines.forEach((line, i) => {
        if (ctx.lang.wrongPersonCondition.test(line.toLowerCase())) return;
        const taken = [line];
        for (let j = i + 1; j < Math.min(lines.length, i + WINDOW_LINES); j++) {
          const next = lines[j] ?? "";
          if (ctx.lang.wrongPersonCondition.test(next.toLowerCase())) break;
          taken.push(next);
        }
        const text = taken.join(" ").toLowerCase();
        if (ctx.lang.authorised.test(text)) out.push({ first: line, text });
      });
    }
    return out;
  });
}

/** What a window bars: its words after the first negation ("must not hear the fee …", "不能听学费…"). */
function barredPart(ctx: EvalContext, text: string): string {
  const at = ctx.lang.negation.exec(text);
  return at === null ? "" : text.slice(at.index);
}

/**
 * The person who answered at this callee turn is allowed by a rule that bars money: a window naming a relation the
 * turn names, allowing them something and barring money after it.
 */
export function barsMoney(ctx: EvalContext, turn: number): boolean {
  const low = ctx.low(turn);
  const named = [...low.matchAll(ctx.lang.relation)].map((m) => m[0]);
  if (named.length === 0) return false;
  return permissionWindows(ctx).some((w) => named.some((word) => w.first.toLowerCase().includes(word)) && ctx.lang.money.test(barredPart(ctx, w.text)));
}
