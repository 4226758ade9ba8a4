// Rules of the call that give the very words for a situation ("when the member asks to pause, say '…'"): a
// customer line about that situation, which nothing else in the document answers, gets those words, not "I don't know".
import type { CallerPlan } from "./caller-plan.js";
import { tokenize } from "../../text/tokenize.js";
import { cjkBigrams } from "../../text/similarity.js";

/** Terms a customer's line must share with a rule's situation for the rule's words to answer it. */
const SHARED_TERMS = 2;

interface SaysFor {
  situation: ReadonlySet<string>;
  line: string;
}

const memo = new WeakMap<CallerPlan, readonly SaysFor[]>();

/** A text's content words and Chinese character pairs. */
function termsOf(text: string): Set<string> {
  return new Set([...tokenize(text).filter((w) => w.length > 2 && !/[\u4e00-\u9fff]/u.test(w)), ...cjkBigrams(text)]);
}

/** The plan's "situation → words" rules, from the brief's own sections. */
function rulesOf(plan: CallerPlan): readonly SaysFor[] {
  const known = memo.get(plan);
  if (known !== undefined) return known;
  const { caller } = plan.scenario;
  const text = [caller.role, caller.task, ...caller.extraSections.map((x) => x.body)].join("\n");
  const found = [...text.matchAll(plan.pack.document.saysFor)].map((m) => ({ situation: termsOf(m[1] ?? ""), line: (m[2] ?? "").trim() })).filter((r) => r.line !== "");
  memo.set(plan, found);
  return found;
}

/** The words a rule of the call gives for the situation a customer's line speaks of, or null. */
export function ruleSays(plan: CallerPlan, text: string): string | null {
  const said = termsOf(text);
  let best: { line: string; shared: number } | null = null;
  for (const rule of rulesOf(plan)) {
    const shared = [...rule.situation].filter((t) => said.has(t)).length;
    if (shared >= SHARED_TERMS && (best === null || shared > best.shared)) best = { line: rule.line, shared };
  }
  return best?.line ?? null;
}
