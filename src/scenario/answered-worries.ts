// A section named for the customer's worries ("顾虑", "Concerns") whose items each give the caller's reply
// ('家长说"没空" → "…"', '"Not now" → "…"') is the caller's objection handling, whichever side its heading
// seemed to name: a persona's worries are never written with the answer to say.
import { isBlank } from "./lines.js";
import type { Outline } from "./sections.js";
import type { Decision } from "./trace.js";
import { objectionPair } from "./unheaded-qa.js";
import { classifyHeading } from "./section-names.js";

/** At least this share of a section's written lines are worry → reply pairs. */
const PAIR_SHARE = 2 / 3;

export function answersWorries(body: readonly { text: string }[]): boolean {
  const written = body.filter((l) => !isBlank(l.text));
  const pairs = written.filter((l) => objectionPair(l.text) !== null).length;
  return pairs > 0 && pairs >= written.length * PAIR_SHARE;
}

/** The body's lines up to the first blank line after some text. */
function leadingParagraph<T extends { text: string }>(body: readonly T[]): T[] {
  const start = body.findIndex((l) => !isBlank(l.text));
  if (start < 0) return [];
  const end = body.findIndex((l, i) => i > start && isBlank(l.text));
  return body.slice(0, end < 0 ? body.length : end);
}

/** Callee concerns sections answered line by line move to the caller as knowledge; the document's caller side stays whole. */
export function answeredWorriesToCaller(doc: Outline, decisions: Decision[]): void {
  if (doc.caller.length === 0) return;
  // One already on the caller's side, left unnamed there (a customer's worries are no part of the caller's), is its
  // knowledge there.
  doc.caller = doc.caller.flatMap((s) => {
    // Left unnamed, or taken for what the caller knows of the customer (a caller-only document's reading of them).
    const worries = s.kind === "concerns" || ((s.kind === null || s.kind === "customerProfile") && classifyHeading(s.title, false).kind === "concerns");
    if (!worries) return [s];
    // A pasted document may run the next untitled part on under it: the leading paragraph of pairs is the section.
    const lead = leadingParagraph(s.body);
    const whole = answersWorries(s.body);
    if (!whole && !answersWorries(lead)) return [s];
    decisions.push({ field: "caller.knowledgeBase", lines: [s.line], evidence: `'${s.title}' gives the reply to each worry: the caller's objection handling` });
    const rest = whole ? [] : s.body.slice(lead.length);
    const after = rest.find((l) => !isBlank(l.text));
    const tail = after === undefined ? [] : [{ ...s, kind: null, title: after.text.trim(), line: after.no, body: rest.slice(rest.indexOf(after) + 1) }];
    return [{ ...s, kind: "knowledgeBase" as const, body: whole ? s.body : lead }, ...tail];
  });
  const moved = doc.callee.filter((s) => s.kind === "concerns" && answersWorries(s.body));
  if (moved.length === 0) return;
  for (const s of moved) decisions.push({ field: "caller.knowledgeBase", lines: [s.line], evidence: `'${s.title}' gives the reply to each worry: the caller's objection handling, not the customer's concerns` });
  doc.callee = doc.callee.filter((s) => !moved.includes(s));
  doc.caller = [...doc.caller, ...moved.map((s) => ({ ...s, kind: "knowledgeBase" as const }))];
}
