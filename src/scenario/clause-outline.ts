// A document numbered as a standard operating procedure ("3 作业步骤" / "3.2 通话流程" / "3.2.1 核实身份：…") → Markdown,
// line for line: the clause numbers are the outline, so a clause with clauses under it is a heading at its depth and
// a clause with none is an item of the heading above it (or a labelled line of a part that groups headings).

import { classifyHeading } from "./section-names.js";

/** "3.2.1 text", "2 外呼人员", "1.1. text": a decimal clause number, then its text. */
const CLAUSE = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){0,4})\.?[ \t\u3000]+(\S.*)$/u;
/** Enough clauses, at two depths at least, to be the document's outline rather than a numbered list. */
const MIN_CLAUSES = 8;
const MIN_SUBCLAUSES = 3;
/** Most lines after the first clause are clauses: the numbering is the structure, not one list in the text. */
const MIN_CLAUSE_SHARE = 0.7;

/** Parts that hold deeper headings as their own items (sections.ts): a grouping clause named so is not written. */
const SWALLOWING: ReadonlySet<string> = new Set(["steps", "knowledgeBase", "style", "stylePositive", "styleNegative", "endAndClosing"]);

interface Clause { at: number; path: string; depth: number; text: string }

/** The text rewritten from its clause numbers, or null when it is not numbered that way. */
export function clauseOutline(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  const clauses: Clause[] = [];
  let filled = 0;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? "";
    if (line.trim() === "") continue;
    const m = CLAUSE.exec(line);
    if (m !== null) clauses.push({ at, path: m[1] ?? "", depth: (m[1] ?? "").split(".").length, text: m[2] ?? "" });
    if (clauses.length > 0) filled++;
  }
  const sub = clauses.filter((c) => c.depth >= 2).length;
  // "1." over "2." alone is a Markdown list; an outline has clauses inside clauses.
  if (clauses.length < MIN_CLAUSES || sub < MIN_SUBCLAUSES || clauses.length < filled * MIN_CLAUSE_SHARE) return null;
  if (!clauses.some((c) => c.depth === 1 && !/^\d+\.$/.test(c.path))) return null;
  const paths = new Set(clauses.map((c) => c.path));
  // A clause's parent is its number less the last part; only numbers that nest count (a stray "2019 …" does not).
  const parentOf = (c: Clause): string | null => (c.depth === 1 ? null : c.path.slice(0, c.path.lastIndexOf(".")));
  if (clauses.filter((c) => c.depth >= 2 && paths.has(parentOf(c) ?? "")).length < MIN_SUBCLAUSES) return null;
  const children = new Map<string, Clause[]>();
  for (const c of clauses) {
    const parent = parentOf(c);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const isHeading = (c: Clause): boolean => (children.get(c.path)?.length ?? 0) > 0;
  const out = [...lines];
  for (const c of clauses) {
    const kids = children.get(c.path) ?? [];
    const parent = parentOf(c);
    const level = Math.min(6, c.depth + 1);
    if (kids.length > 0) {
      // A part that only groups headed parts ("3 作业步骤" over "3.2 通话流程", "3.3 常见问题"): its name would make it
      // hold them all as its own items; it stays a heading only when it names a side or no part at all.
      const groups = kids.some(isHeading);
      const meaning = classifyHeading(c.text, false);
      out[c.at] = groups && meaning.kind !== null && meaning.side === null && SWALLOWING.has(meaning.kind) ? "" : `${"#".repeat(level)} ${c.text}`;
      continue;
    }
    const under = parent === null ? null : clauses.find((p) => p.path === parent) ?? null;
    // A leaf beside headed parts ("3.1 开场：“…”" next to "3.2 通话流程") is a labelled line of its own.
    const beside = under === null || (children.get(under.path) ?? []).some(isHeading);
    out[c.at] = beside ? c.text : `${classifyHeading(under.text, false).kind === "steps" ? `${c.path.slice(c.path.lastIndexOf(".") + 1)}.` : "-"} ${c.text}`;
  }
  return out.join("\n");
}
