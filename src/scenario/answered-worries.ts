// A section named for the customer's worries ("顾虑", "Concerns") whose items each give the caller's reply
// ('家长说"没空" → "…"', '"Not now" → "…"') is the caller's objection handling, whichever side its heading
// seemed to name: a persona's worries are never written with the answer to say.
import { isBlank } from "./lines.js";
import type { Outline } from "./sections.js";
import type { Decision } from "./trace.js";
import { objectionPair } from "./unheaded-qa.js";

/** At least this share of a section's written lines are worry → reply pairs. */
const PAIR_SHARE = 2 / 3;

export function answersWorries(body: readonly { text: string }[]): boolean {
  const written = body.filter((l) => !isBlank(l.text));
  const pairs = written.filter((l) => objectionPair(l.text) !== null).length;
  return pairs > 0 && pairs >= written.length * PAIR_SHARE;
}

/** Callee concerns sections answered line by line move to the caller as knowledge; the document's caller side stays whole. */
export function answeredWorriesToCaller(doc: Outline, decisions: Decision[]): void {
  if (doc.caller.length === 0) return;
  const moved = doc.callee.filter((s) => s.kind === "concerns" && answersWorries(s.body));
  if (moved.length === 0) return;
  for (const s of moved) decisions.push({ field: "caller.knowledgeBase", lines: [s.line], evidence: `'${s.title}' gives the reply to each worry: the caller's objection handling, not the customer's concerns` });
  doc.callee = doc.callee.filter((s) => !moved.includes(s));
  doc.caller = [...doc.caller, ...moved.map((s) => ({ ...s, kind: "knowledgeBase" as const }))];
}
