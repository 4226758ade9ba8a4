// An endings section written as sub-headings, each over its closing line ("### booked" then "Great, see you then."):
// how a config's keyed endings (`ending.booked=…`, `[endings] message = …`) read once outlined. Each key is the end
// condition, the text under it the line said.
import type { SourceLine } from "./lines.js";
import { sampleLines } from "./quotes.js";
import { classifyHeading, type SectionKind } from "./section-names.js";

/** "### booked", "#### identity_fail": a sub-heading naming one ending. */
const SUB_HEADING = /^\s*#{2,6}\s+(\S.{0,40}?)\s*#*\s*$/u;

/** Sub-headings of these kinds split a combined section into its parts; a key naming another part ("identity_fail") is an ending still. */
const PART_KINDS: ReadonlySet<SectionKind> = new Set(["endConditions", "closingLines", "endAndClosing"]);

export interface KeyedClosings {
  endConditions: string[];
  closingLines: string[];
}

/** The pairs, or null unless the body is two or more sub-headings each over text, with nothing before the first. */
export function keyedClosings(body: readonly SourceLine[]): KeyedClosings | null {
  const out: KeyedClosings = { endConditions: [], closingLines: [] };
  let key: string | null = null;
  let said = 0;
  const close = (): boolean => key === null || said > 0;
  for (const line of body) {
    const text = line.text.trim();
    if (text === "") continue;
    const heading = SUB_HEADING.exec(text)?.[1];
    if (heading !== undefined) {
      // "### End conditions" / "### Closing lines": sub-parts of a combined section, not endings of their own.
      if (!close() || PART_KINDS.has(classifyHeading(heading, false).kind ?? "role")) return null;
      key = heading.replace(/[_.]+/gu, " ").trim();
      out.endConditions.push(key);
      said = 0;
      continue;
    }
    if (key === null) return null;
    const lines = sampleLines(text);
    out.closingLines.push(...lines);
    said += lines.length;
  }
  return out.endConditions.length >= 2 && close() ? out : null;
}
