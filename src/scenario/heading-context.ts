// Headings read with their neighbours: a setext underline, a bracket label over labels of another style, a label that
// starts a sibling part rather than nesting. Each looks a few lines around one line; the outline (sections.ts) asks.

import type { HeadingLine } from "./headings.js";
import { indentOf, isListItem, type SourceLine } from "./lines.js";
import { classifyHeading, type SectionKind } from "./section-names.js";

/** A line that opens with a bold label ("**Goal.** …", "__Notes__"). */
export const BOLD_LABEL = /^\s*(?:\*\*|__)[^*_\s]/;

/** Only "=" underlines: a writer's "---" under a line is as often a rule as a setext heading, so that line keeps its own reading. */
const SETEXT_UNDERLINE = /^ {0,3}=+\s*$/;

/** "---" under a line of text: a level-2 heading, read so only in a document that underlines its titles with "=" too. */
const SETEXT_DASHES = /^ {0,3}-{2,}\s*$/;

/** Per document (its lines), whether some line of text is underlined with "=": the writer uses setext headings. */
const USES_SETEXT = new WeakMap<readonly SourceLine[], boolean>();

function usesSetext(lines: readonly SourceLine[]): boolean {
  let known = USES_SETEXT.get(lines);
  if (known === undefined) {
    known = lines.some((l, i) => i > 0 && l.code !== true && SETEXT_UNDERLINE.test(l.text) && (lines[i - 1] as SourceLine).text.trim() !== "");
    USES_SETEXT.set(lines, known);
  }
  return known;
}

/** "Persona" over "=======": a short line of text underlined is a level-1 heading, as CommonMark reads it. */
/** A rule of one mark repeated: what frames a title above and below. */
const FRAME_RULE = /^\s*([-=_─━═])\1{9,}\s*$/u;

export function setextHeading(lines: readonly SourceLine[], at: number): HeadingLine | null {
  const next = lines[at + 1];
  const text = (lines[at] as SourceLine).text.trim();
  // "-----" / "SECTION 2 · CALL STEPS" / "-----": a short line between two rules of one mark is a title in a frame.
  const above = FRAME_RULE.exec(lines[at - 1]?.text ?? "");
  if (above !== null && next !== undefined && next.code !== true && FRAME_RULE.exec(next.text)?.[1] === above[1] && text !== "" && text.replace(/\s*[（(][^（）()]*[）)]$/u, "").length <= 60 && !FRAME_RULE.test(text) && /\p{L}/u.test(text)) {
    return { level: 1, text: text.replace(/\*\*|__/g, ""), weak: false, rest: "", stepLike: false };
  }
  const dashes = next !== undefined && SETEXT_DASHES.test(next.text) && usesSetext(lines);
  if (next === undefined || next.code === true || !(SETEXT_UNDERLINE.test(next.text) || dashes) || text === "" || text.length > 60 || isListItem(text) || text.startsWith("#") || text.startsWith("|")) return null;
  const previous = lines[at - 1];
  // Only the first line of a paragraph: a longer paragraph underlined is prose, not a title worth a side. (Right under a
  // list item it is no continuation of the item: a writer who underlines a line means a title.)
  if (previous !== undefined && previous.text.trim() !== "" && !isListItem(previous.text) && indentOf(previous.text) < 2) return null;
  return { level: dashes ? 2 : 1, text: text.replace(/\*\*|__/g, ""), weak: false, rest: "", stepLike: false };
}

/** "【Agent】" over "## Role" or "Role:": a bracket label over labels of another style wraps them (a top level). */
export function wrapsHeadings(lines: readonly SourceLine[], at: number): boolean {
  if (!/^\s*[【[]/.test((lines[at] as SourceLine).text)) return false;
  for (let k = at + 1; k < lines.length && k < at + 12; k++) {
    const text = (lines[k] as SourceLine).text.trim();
    if (text.startsWith("【") || text.startsWith("[")) return false;
    // "## Role", "Role:", "**Role**": labels of another style under it.
    if (text.startsWith("#") || /^(?:\*\*|__)[^*_]{1,40}(?:\*\*|__)[:：]?$|^[^:：“”"「」]{1,30}[:：]$/u.test(text)) return true;
  }
  return false;
}

/** Parts that end the call: a label naming one of them inside the opening starts it. */
const ENDING_KINDS: ReadonlySet<SectionKind> = new Set(["closingLines", "endConditions", "endAndClosing"]);

/** A "Label:" line naming another part: its own paragraph under a section that holds no items, or an ending in the opening. */
export function siblingLabel(inside: SectionKind, label: string, ownParagraph: boolean): boolean {
  // Classifying is the cost: a label inside a paragraph of another section names a sibling only in the opening.
  if (!ownParagraph && inside !== "opening") return false;
  const kind = classifyHeading(label, true).kind;
  if (kind === null || kind === inside) return false;
  return ownParagraph || (inside === "opening" && ENDING_KINDS.has(kind));
}

/**
 * "2. Customer" over "2.1 Who they are": a numbered line whose next line carries its number one level down is the top
 * of a plain-text outline (a title, level 1), not a list item; both stand at the margin and the next reads as a title.
 */
/** "N.1" then a space and text: the first item one level down. */
const SUB_ONE = /^\d{1,2}\.1\.?[ \t]+\S/;

export function outlineTop(lines: readonly SourceLine[], at: number): HeadingLine | null {
  // "2   CALLEE": the number alone, set off by spaces, tops an outline as well as "2." does.
  const m = /^(\d{1,2})(?:[.)]\s+|、\s*|[ \t]+)(\S.{0,59})$/u.exec((lines[at] as SourceLine).text.trim());
  if (m === null || /[“「『"]|[。.!！?？；;，,]$/u.test(m[2] ?? "")) return null;
  for (let k = at + 1; k < lines.length && k <= at + 3; k++) {
    const raw = (lines[k] as SourceLine).text;
    const next = raw.trim();
    if (next === "") continue;
    // Indented, "1.1" is a sub-step of step 1: an outline's numbers stand at the margin. The number is the evidence,
    // whatever "N.1" holds: a title, a labelled field, a question or a quoted line.
    return indentOf(raw) === 0 && SUB_ONE.test(next) && next.startsWith(`${m[1]}.1`) ? { level: 1, text: (m[2] ?? "").trim(), weak: false, rest: "", stepLike: false } : null;
  }
  return null;
}
