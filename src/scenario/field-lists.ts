// A side written as one bulleted list of its parts ("- **Role:** …", "- **Steps:**" over an indented numbered list):
// each item is a labelled paragraph of its own, its indented lines the part's body, as if written out unbulleted.

import { headingOf } from "./headings.js";
import { indentOf, isListItem, isRule, type SourceLine } from "./lines.js";
import { classifyHeading, sideOf, type SectionKind } from "./section-names.js";

/** A bullet in any of the glyphs people type ("•", "◦", "▪"), indented by at most four spaces (a memo's list). */
const BULLET_ITEM = /^( {0,4})[-*+·•◦▪‣●○■□]\s+(.*)$/u;
/** At least this many different parts named by the items make the list a side's parts, not a list of facts. */
const MIN_KINDS = 2;

/** The part an item's label names ("**Role:** …", "Steps:"), or null. */
function labelledKind(rest: string): SectionKind | null {
  const heading = headingOf(rest);
  if (heading === null || !heading.weak) return null;
  return classifyHeading(heading.text, true).kind;
}

/**
 * The line before `at`, blanks skipped, heads a side or divides the document (or there is none): the list is all the
 * side holds. An indented list (a memo's "  • 关心的事：…") is a side's parts only under a heading that names the side.
 */
function underSide(lines: readonly SourceLine[], at: number): boolean {
  const indented = indentOf((lines[at] as SourceLine).text) >= 2;
  for (let k = at - 1; k >= 0; k--) {
    const text = (lines[k] as SourceLine).text.trim();
    if (text === "") continue;
    if (indented) {
      const heading = headingOf(text);
      return heading !== null && sideOf(heading.text) !== null;
    }
    // A side's heading, or a strong heading that names no field ("# Persona", "=== AGENT ==="): a field's own heading
    // ("## Customer profile") holds a list of facts, however labelled.
    // "Caller" over "======": the underlined line is the heading.
    const above = k > 0 ? (lines[k - 1] as SourceLine).text : "";
    const underlined = /^(?:=+|-+)$/.test(text) && indentOf(above) < 2 && !isListItem(above) ? above.trim() : "";
    if (underlined === "" && isRule(text)) return true;
    const heading = underlined !== "" ? { ...(headingOf(underlined) ?? { text: underlined, level: 1, rest: "", stepLike: false }), weak: false } : headingOf(text);
    if (heading === null) return false;
    const kind = classifyHeading(heading.text, heading.weak).kind;
    return (sideOf(heading.text) !== null && kind === null) || (!heading.weak && (kind === null || kind === "role"));
  }
  return !indented;
}

/** The first item of a list: the written line before it is no item and no indented line (cheap, checked first). */
function listStart(lines: readonly SourceLine[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const text = (lines[k] as SourceLine).text;
    if (text.trim() === "") continue;
    return !BULLET_ITEM.test(text) && indentOf(text) < Math.max(2, indentOf((lines[at] as SourceLine).text) + 1);
  }
  return true;
}

export function unbulletFieldLists(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => BULLET_ITEM.test(l.text))) return [...lines];
  const out = [...lines];
  for (let at = 0; at < lines.length; at++) {
    if (!BULLET_ITEM.test((lines[at] as SourceLine).text) || !listStart(lines, at) || !underSide(lines, at)) continue;
    // The run of this list: its top-level items and the lines indented under them.
    let end = at;
    const kinds = new Set<SectionKind>();
    const items = new Set<number>();
    // The list's own items stand at its first item's indent; deeper ones belong to the item above them.
    const indent = indentOf((lines[at] as SourceLine).text);
    while (end < lines.length) {
      const line = lines[end] as SourceLine;
      const item = indentOf(line.text) === indent ? BULLET_ITEM.exec(line.text) : null;
      if (item !== null) {
        items.add(end);
        const kind = labelledKind(item[2] ?? "");
        if (kind !== null) kinds.add(kind);
      } else if (line.text.trim() !== "" && indentOf(line.text) < indent + 2) break;
      end++;
    }
    if (kinds.size >= MIN_KINDS) {
      // The width of the item's marker: what its indented lines lose, no more (deeper lines keep their nesting).
      let width = 2;
      for (let k = at; k < end; k++) {
        const line = lines[k] as SourceLine;
        const item = items.has(k) ? BULLET_ITEM.exec(line.text) : null;
        // Each item becomes its label line; the lines indented under it lose the item's indent.
        if (item !== null) width = line.text.length - (item[2] ?? "").length;
        out[k] = item !== null ? { ...line, text: item[2] ?? "" } : { ...line, text: line.text.slice(Math.min(width, line.text.length - line.text.trimStart().length)) };
      }
    }
    at = end;
  }
  return out;
}
