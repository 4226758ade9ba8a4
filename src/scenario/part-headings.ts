// Part headings ("Part B: the script", "PART 3 — OUR SIDE", "第二部分 接听方"): a number the document gives its large
// parts. A part that holds sections of its own groups them: its title may name a side, never a section, so its
// sections below are read by their own headings (a "Part B: the script" over "B.1 Opening line", "B.2 Steps", "B.3
// FAQ" is no script swallowing them).

import { headingOf } from "./headings.js";
import { classifyHeading, namesOnlySide, type HeadingMeaning } from "./section-names.js";
import type { SourceLine } from "./lines.js";

/** The words that number a part, per language (data, not logic): "Part 2", "Section B", "第二部分". */
const PART_MARKERS: readonly RegExp[] = [
  /^(?:part|section)\s+(?:\d{1,2}|[a-h]|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}\d])/iu,
  /^第\s*[一二三四五六七八九十\d]{1,3}\s*部分/u,
];

/** Sections of different kinds under a part that make it a group of them. */
const MIN_GROUPED_KINDS = 2;

export function isPartHeading(text: string): boolean {
  const trimmed = text.trim();
  return PART_MARKERS.some((marker) => marker.test(trimmed));
}

/**
 * The headings under the part at `at` (up to the next heading at its depth or above, or the next part) name sections
 * of at least two kinds: the part groups them.
 */
export function groupsSections(lines: readonly SourceLine[], at: number, level: number): boolean {
  const kinds = new Set<string>();
  for (let k = at + 1; k < lines.length; k++) {
    const line = lines[k] as SourceLine;
    if (line.code === true) continue;
    const heading = headingOf(line.text);
    if (heading === null || heading.weak) continue;
    if (heading.level <= level || isPartHeading(heading.text)) break;
    if (heading.stepLike) continue;
    const kind = classifyHeading(heading.text, false).kind;
    if (kind !== null) kinds.add(kind);
    if (kinds.size >= MIN_GROUPED_KINDS) return true;
  }
  return false;
}

/**
 * The meaning of a part heading: a part grouping sections names no section; a word of a side among the other words of
 * its title ("PART 3 — QUESTIONS CUSTOMERS ASK") is its topic, not a side (a side is named outright: "Part C: the
 * customer"). Any other heading's meaning is kept as it is.
 */
export function partMeaning(lines: readonly SourceLine[], at: number, heading: { text: string; level: number; weak: boolean }, meaning: HeadingMeaning): HeadingMeaning {
  if (heading.weak || !isPartHeading(heading.text)) return meaning;
  const kind = meaning.kind !== null && groupsSections(lines, at, heading.level) ? null : meaning.kind;
  const side = kind === null && meaning.kind === null && meaning.side !== null && !meaning.strongSide && !namesOnlySide(heading.text) ? null : meaning.side;
  return { ...meaning, kind, side };
}
