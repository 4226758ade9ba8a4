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
      // A table row or paragraph may hold one person's rule and the next person's ("…可以选时间。其他任何人接：只留话…"):
      // read sentence by sentence where the sentence ends with a full-width stop.
      const lines = section.body.split(/\n|(?<=[。！？])/u).map((line) => line.trim()).filter((line) => line !== "");
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

/** What a window bars: its words after the first negation ("must not hear the fee …", "不能听学费…"), and its clauses keeping something for the customer alone. */
function barredPart(ctx: EvalContext, text: string): string {
  const at = ctx.lang.negation.exec(text);
  // A clause keeping something for the customer alone ("but any money only with Mr A himself") bars what it names.
  const kept = text.split(/[，,;；。.]/u).filter((clause) => ctx.lang.onlyFor.test(clause));
  return [at === null ? "" : text.slice(at.index), ...kept].join(" ");
}

/**
 * The person who answered at this callee turn is allowed by a rule that bars money: a window naming a relation the
 * turn names, allowing them something and barring money after it.
 */
export function barsMoney(ctx: EvalContext, turn: number): boolean {
  const low = ctx.low(turn);
  const named = relationWords(ctx, low);
  if (named.length === 0) return false;
  return permissionWindows(ctx).some((w) => named.some((word) => w.first.toLowerCase().includes(word)) && ctx.lang.money.test(barredPart(ctx, w.text)));
}

/** The relations a text names, with the words the pack gives for the same relation ("爱人" is also "妻子"). */
export function relationWords(ctx: EvalContext, low: string): string[] {
  const named = [...low.matchAll(globalRelation(ctx))].map((m) => m[0]);
  return [...new Set([...named, ...named.flatMap((word) => ctx.lang.sameRelation.filter((group) => group.includes(word)).flat())])];
}

const RELATIONS = new WeakMap<RegExp, RegExp>();
/** The pack's relation pattern with the global flag matchAll needs, built once per pattern. */
function globalRelation(ctx: EvalContext): RegExp {
  let out = RELATIONS.get(ctx.lang.relation);
  if (out === undefined) RELATIONS.set(ctx.lang.relation, (out = new RegExp(ctx.lang.relation.source, `${ctx.lang.relation.flags.replace("g", "")}g`)));
  return out;
}
