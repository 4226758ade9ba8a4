// Verification by datum in a script step: a step that asks for an item of the pack's verification table and says it
// checks ("您住哪条街？我对一下", "to verify, your postcode?"), before the caller has said any detail of the customer's,
// is the identity check, not a task; the caller then says what it checks when its line does not name it.
import { fill } from "../../lang/index.js";
import type { CallerPlan } from "./caller-plan.js";
import { askedData, asksForData, asksForDataAtIdentity } from "./identity-question.js";

/** Does this line, said for `step`, ask for verification data as a check of who answered? */
export function asksToVerify(plan: CallerPlan, text: string, step: number | null): boolean {
  const { document } = plan.pack;
  if (askedData(text, plan.pack) === null || !document.request.test(text)) return false;
  const title = step === null ? "" : (plan.scenario.caller.steps[step - 1]?.title ?? "");
  return document.checksData.test(text) || document.checksData.test(title);
}

/** Does one sentence of the line ask for the data, rather than state it ("联系电话：尾号 1234。" tells, "尾号是多少？" asks)?
 *  It names the item, asks (a question mark or a request) and carries no value of the item's shape. */
export function requestsData(text: string, plan: Pick<CallerPlan, "pack">): boolean {
  const { document } = plan.pack;
  return text.split(/(?<=[。！？!?])\s*|(?<=\.)\s+/).some((sentence) => {
    const asked = askedData(sentence, plan.pack);
    if (asked === null && !asksForData(sentence, plan.pack)) return false;
    if (!/[？?]/.test(sentence) && !document.request.test(sentence)) return false;
    return asked === null || asked.kind.shape.source === "" || [...sentence.matchAll(new RegExp(asked.kind.shape.source, asked.kind.shape.flags.includes("g") ? asked.kind.shape.flags : `${asked.kind.shape.flags}g`))].length === 0;
  });
}

/** Does an identity follow-up ask for data to check who answered? It names a kind of data and either asks for it
 *  or says it checks; a kind's word inside a mention of the matter ("we're confirming tomorrow's birthday-cake order")
 *  asks nothing, and nothing then waits for a datum the customer was never asked for. */
export function followUpVerifies(text: string, plan: CallerPlan): boolean {
  return asksForDataAtIdentity(text, plan.pack) && (requestsData(text, plan) || plan.pack.document.checksData.test(text));
}

/** The line with what it checks said first (the pack's lead naming the item) when its request does not name it. */
export function namedCheck(text: string, plan: CallerPlan): string {
  const asked = askedData(text, plan.pack);
  if (asked === null || asked.kind.label.test(asked.sentence)) return text;
  return `${fill(plan.pack.caller.verifyLead, { kind: asked.kind.said })}${plan.pack.speech.joiner}${text}`;
}

/** The document's own closing for a datum that does not match ("信息不一致：…", "Check failed: …"), when its end
 *  conditions pair one with a closing line; null otherwise (the pack's closing is said). */
export function mismatchClosing(plan: CallerPlan): string | null {
  const { endConditions, closingLines } = plan.scenario.caller;
  if (endConditions.length !== closingLines.length) return null;
  const at = endConditions.findIndex((condition) => plan.pack.document.datumMismatch.test(condition));
  return at < 0 ? null : (closingLines[at] ?? null);
}
