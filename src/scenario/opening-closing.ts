// An opening is never a line the document marks as ending the call: a section titled for both ("开场和结束",
// "Opening and closing") gives its first line to the opening and the rest to the closing lines, and an opening that is
// one of the closing lines is no opening.

import type { SourceLine } from "./lines.js";
import { classifyHeading, type SectionKind } from "./section-names.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

const ENDING: ReadonlySet<SectionKind> = new Set(["closingLines", "endAndClosing", "endConditions"]);
const JOINED = /\s*(?:\band\b|&|\/|、|和|与|及)\s*/iu;

/** The title names the opening and, joined to it, a part that ends the call. */
function namesBoth(title: string): boolean {
  const kinds = title.split(JOINED).map((part) => classifyHeading(part, false).kind);
  return kinds.includes("opening") && kinds.some((kind) => kind !== null && ENDING.has(kind));
}

/** Opening sections titled for the closing too, split: the first written line opens, the others close. */
export function splitOpeningAndClosing(sections: readonly RawSection[], decisions: Decision[]): RawSection[] {
  return sections.flatMap((s) => {
    if (s.kind !== "opening" || !namesBoth(s.title)) return [s];
    const written = s.body.filter((line) => line.text.trim() !== "");
    const first = written[0];
    if (first === undefined || written.length < 2) return [s];
    const rest: SourceLine[] = s.body.filter((line) => line.no > first.no);
    decisions.push({ field: "caller.closingLines", lines: rest.map((line) => line.no), evidence: `'${s.title}' names the opening and the end: its first line opens the call, the lines after it close it` });
    return [{ ...s, body: s.body.filter((line) => line.no <= first.no) }, { kind: "closingLines", title: s.title, line: rest[0]?.no ?? s.line, level: s.level, body: rest, intro: false, number: null }];
  });
}

/** Compared without spaces and punctuation: the same line written twice. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

/** The opening, unless it is one of the closing lines (then null, with a warning). */
export function openingNotClosing(opening: string | null, closingLines: readonly string[], warn: (message: string, line: number | null) => void): string | null {
  if (opening === null) return opening;
  // The opening read once: a document may hold thousands of closing lines and a long opening.
  const said = plain(opening);
  if (!closingLines.some((line) => line.length >= said.length && plain(line) === said)) return opening;
  warn(`the opening '${opening.slice(0, 40)}' is also a closing line; no opening read`, null);
  return null;
}
