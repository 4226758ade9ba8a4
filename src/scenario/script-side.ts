// A side read as the customer's that holds the script itself is the caller's: a customer has no steps, FAQ or opening
// to say. Weighed over the whole document, so one word in a heading ("<customer>", "## Client", "| 客户 | … |") never
// hands the caller's script to the callee.

import { CALLER_KINDS, classifyHeading, namesTheCustomer, sideOf, type SectionKind } from "./section-names.js";
import type { Outline, RawSection } from "./sections.js";
import { CALLEE_ONLY, hasPersonaCue } from "./sides.js";
import type { Decision } from "./trace.js";

/** What only the caller says or answers. */
const SCRIPT: ReadonlySet<SectionKind> = new Set(["steps", "knowledgeBase", "opening", "closingLines", "endAndClosing"]);

/** A customer's part given back to the caller: what the caller knows of the person, or an extra section. */
const AS_CALLER: Partial<Record<SectionKind, SectionKind | null>> = {
  concerns: "customerProfile", situation: "customerProfile", background: null, behaviours: null, style: null, stylePositive: null, styleNegative: null, endConditions: "endConditions",
};


/**
 * The callee side goes back to the caller when it holds the script while the caller has none, or, when no heading
 * named the callee (a section's kind implied it), when it holds anything only the caller has.
 */
export function reclaimScript(doc: Outline, decisions: Decision[]): void {
  const implied = doc.sideLine.callee === null;
  const script = doc.callee.filter((s) => s.kind !== null && (implied ? CALLER_KINDS : SCRIPT).has(s.kind));
  if (script.length === 0 || doc.callee.some((s) => hasPersonaCue(s.body))) return;
  if (!implied && doc.caller.some((s) => s.kind === "steps" || s.kind === "opening")) return;
  // The customer described after the script ("Callee persona" after "Ending the call"): only what came before it is
  // the caller's; the person described from there on stays the customer.
  const lastScript = Math.max(...script.map((s) => s.line));
  const person = doc.callee.find((s) => s.line > lastScript && describesCustomer(s));
  if (person !== undefined) {
    const moved = doc.callee.filter((s) => s.line < person.line).map(asCaller);
    decisions.push({
      field: "sides",
      lines: moved.map((s) => s.line),
      evidence: `the script (${script.map((s) => `'${s.title || s.kind}'`).join(", ")}) comes before '${person.title}', where the customer is described: ${moved.map((s) => `'${s.title}'`).join(", ")} read as the caller's`,
    });
    doc.caller = [...doc.caller, ...moved].sort((a, b) => a.line - b.line);
    doc.callee = doc.callee.filter((s) => s.line >= person.line);
    doc.sideLine.callee = person.line;
    return;
  }
  const moved = doc.callee.map(asCaller);
  decisions.push({
    field: "sides",
    lines: moved.map((s) => s.line),
    evidence: `the side read as the customer's holds the script (${script.map((s) => `'${s.title || s.kind}'`).join(", ")}) and no persona sentence: it is the caller's, the customer only described`,
  });
  doc.caller = [...doc.caller, ...moved].sort((a, b) => a.line - b.line);
  doc.callee = [];
  doc.sideLine.callee = null;
}

/** A section that describes the person called: a role named after the customer's side, or a part only a persona has. */
function describesCustomer(s: RawSection): boolean {
  if (s.kind === "role") return sideOf(s.title) === "callee";
  // "Simulated customer (for testing)", a simulator's part: a title naming the callee outright, whatever it holds.
  if (s.kind === null && s.title !== "") {
    const meaning = classifyHeading(s.title, false);
    return meaning.side === "callee" && meaning.strongSide;
  }
  return s.kind !== null && CALLEE_ONLY.has(s.kind);
}

function asCaller(s: RawSection): RawSection {
  // "## Client" names the person alone: what the caller knows of them. "## Questions clients ask" is left to what it holds.
  if (s.kind === null) return s.intro && s.title !== "" && namesTheCustomer(s.title) ? { ...s, kind: "customerProfile", intro: false } : s;
  return s.kind in AS_CALLER ? { ...s, kind: AS_CALLER[s.kind] ?? null } : s;
}
