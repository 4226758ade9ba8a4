// The caller's introduction that claims the customer's place ("…请问是<客户>吗？我是预订人。", "I'm the account
// holder"): what the document calls the customer (the label of a record line naming them) or the customer's name said
// right after the caller's "I am". An opening that says so is a wrong opening, however well it introduced itself.
import { toHalfWidth } from "../text/normalize.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { mentionsName } from "./names.js";
import { clauses } from "./segments.js";

/** A record line "label: value" (full-width colon or a table cell's "|" included). */
const LABELLED = /^\s*[-*•]?\s*\|?\s*([^:：|]{1,24}?)\s*[:：|]\s*(.+)$/u;
/** Longest label read as a designation: longer text before a colon is a sentence, not a label. */
const MAX_LABEL_CHARS = 16;

/** The document's words for the customer: labels of record lines whose value names the customer. */
function customerDesignations(ctx: EvalContext): readonly string[] {
  return perScenario(ctx.scenario, "customerDesignations", () => {
    const name = ctx.scenario.callee.name;
    if (name.trim() === "") return [];
    const caller = ctx.scenario.caller;
    const lines = [...caller.customerProfile, ...caller.extraSections.flatMap((s) => s.body.split("\n"))];
    const out = new Set<string>();
    for (const line of lines) {
      const hit = LABELLED.exec(toHalfWidth(line));
      const label = hit?.[1]?.trim().toLowerCase() ?? "";
      if (hit !== null && label.length >= 2 && label.length <= MAX_LABEL_CHARS && mentionsName(hit[2] ?? "", name) && !mentionsName(label, name)) out.add(label);
    }
    return [...out];
  });
}

/** Leading words between "I am" and the designation ("the", "your"). */
const LEAD = /^(?:the|your|a|an|您的|你的|那位)\s*/u;

/** The first clause of turn `index` in which the caller calls itself the customer, or null. */
export function claimsCustomer(ctx: EvalContext, index: number): string | null {
  const text = ctx.turns[index]?.text ?? "";
  return perScenarioText(ctx.scenario, "claimsCustomer", text, () => claimIn(ctx, text));
}

function claimIn(ctx: EvalContext, text: string): string | null {
  const designations = customerDesignations(ctx);
  const name = ctx.scenario.callee.name;
  for (const clause of clauses(toHalfWidth(text).toLowerCase())) {
    // "Just to be sure, this is <name>?" asks who answered; only a statement claims.
    const intro = ctx.lang.question.test(clause) ? null : ctx.lang.selfIntro.exec(clause);
    if (intro === null) continue;
    const rest = clause.slice(intro.index + intro[0].length).trim().replace(LEAD, "");
    if (designations.some((d) => rest.startsWith(d)) || (name.trim() !== "" && mentionsName(rest.slice(0, name.length + 4), name) && rest.length <= name.length + 4)) return clause;
  }
  return null;
}
