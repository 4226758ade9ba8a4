// The document's title line, when a level-1 heading over everything names a section kind but titles the document.

import { headingOf } from "./headings.js";
import type { SourceLine } from "./lines.js";
import { YOU_ARE } from "./section-bodies.js";
import { classifyHeading, type SectionKind } from "./section-names.js";


/**
 * The line of a document title that names a section kind: the only H1, on the first line, followed at once by a label
 * of another kind or by a "you are…" sentence (a script's own heading is followed by its steps).
 */
export function documentTitle(lines: readonly SourceLine[]): number | null {
  const at = lines.findIndex((l) => l.text.trim() !== "");
  const first = lines[at];
  if (first === undefined || first.code === true || !/^#\s/.test(first.text)) return null;
  const heading = headingOf(first.text);
  if (heading === null || heading.level !== 1) return null;
  const kind = classifyHeading(heading.text, false).kind;
  if (kind === null) return null;
  if (lines.some((l, i) => i > at && l.code !== true && /^#\s/.test(l.text))) return null;
  // "# 续费提醒 — 常见问题与话术" over "## 开场白", "## 通话步骤", "## 常见问题": headings under it naming other parts are the
  // document's parts, so the one H1 over them titles the document (a FAQ's own headings are its questions).
  // "# Role" over "You are…" stays the role: it holds no items, so it swallows nothing under it.
  if (kind !== "role" && otherKindsBelow(lines, at, kind) >= MIN_OTHER_KINDS) return first.no;
  const next = lines.slice(at + 1, at + 40).find((l) => l.text.trim() !== "");
  if (next === undefined) return null;
  // "# Role" over "You are…" is the role itself; a title of another kind over "You are…" names the document.
  if (YOU_ARE.test(next.text)) return kind === "role" ? null : first.no;
  const label = headingOf(next.text);
  if (label === null) return null;
  const meaning = classifyHeading(label.text, label.weak);
  return meaning.side !== null || (meaning.kind !== null && meaning.kind !== kind) ? first.no : null;
}

/** Two known parts of other kinds named by deeper headings make the H1 over them a title. */
const MIN_OTHER_KINDS = 2;

function otherKindsBelow(lines: readonly SourceLine[], at: number, kind: SectionKind): number {
  const kinds = new Set<SectionKind>();
  for (let i = at + 1; i < lines.length && kinds.size < MIN_OTHER_KINDS; i++) {
    const line = lines[i] as SourceLine;
    if (line.code === true || !/^#{2,6}\s/.test(line.text)) continue;
    const below = classifyHeading(line.text.replace(/^#+\s*/, ""), false).kind;
    if (below !== null && below !== kind) kinds.add(below);
  }
  return kinds.size;
}

