// A document in a layout the reader has no rule for → Markdown, line for line, from the shape of its lines alone:
// a line that other lines are indented under is a heading at its depth, a short line marked the way several others
// are (a glyph, a banner, capitals) is a heading, a run of lines sharing an enumerator is a list of items.

import { DEFINITION, ENUMERATORS, HEADING_SHAPES, QUOTE_MARK, SPEAKER_CUE, TERM_MARK, type Enumerated } from "./shape-rules.js";
import { sideOf } from "./section-names.js";
import { joinSpeechBlocks } from "./speech-blocks.js";

interface Row { text: string; indent: number; blank: boolean }

/** A heading's text is short: a label, not a sentence. */
const MAX_HEADING_CHARS = 40;
const SENTENCE_END = /[。！？!?；;，,]$|(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|[IVX]+))\.$/u;
const QUOTED = /[“「『"«]|``/u;
/** "Scene 2. The damage": a word and a number before a heading's title. */
const WORD_NUMBERED = /^(\p{L}{2,12})\s*(\d{1,2})\s*[.:：\-—–]?\s*(\S.*)$/u;
/** The stage word of the reader's own stage headings ("Stage 2: …"), used for a run of numbered headings. */
const SEQUENCE_WORD = "Stage";
const MAX_SHAPED_CHARS = 120;
/**
 * A second reading doubles the reader's cost; a document this large that gave no script by its markup is refused as
 * before rather than read twice (the reader's bound is 1 s for any document up to 5 MB).
 */
const MAX_RESHAPED_CHARS = 200_000;
/** A shape repeated this often is the document's structure; once could be chance. */
const MIN_REPEATS = 2;
/** Lines with deeper lines under them: this many make indentation the outline. */
const MIN_PARENTS = 3;

function rowsOf(text: string): Row[] {
  return text.split(/\r\n|\r|\n/).map((raw) => {
    const lead = /^[ \t\u3000]*/u.exec(raw)?.[0] ?? "";
    const indent = [...lead].reduce((n, ch) => n + (ch === "\t" ? 4 : ch === "\u3000" ? 2 : 1), 0);
    const trimmed = raw.trim();
    return { text: trimmed, indent, blank: trimmed === "" };
  });
}

function short(text: string): boolean {
  // "IS IT HIM?": a question in capitals is a banner's title, not a sentence of the text.
  const ends = SENTENCE_END.test(text) && !CAPITALS_QUESTION.test(text);
  return text.length > 0 && text.length <= MAX_HEADING_CHARS && !ends && !QUOTED.test(text);
}

const CAPITALS_QUESTION = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\?$/u;
/** "THE ENDINGS (say one, then hang up)": a banner with what it holds said in brackets after it. */
const BANNER_ASIDE = /^([^\p{Ll}(（]*\p{Lu}[^\p{Ll}(（]*?)\s*[(（]([^()（）]{1,80})[)）]$/u;

function nextFilledAt(rows: readonly Row[], at: number): number | null {
  for (let i = at + 1; i < rows.length; i++) if (!(rows[i] as Row).blank) return i;
  return null;
}

function nextFilled(rows: readonly Row[], at: number): Row | null {
  const i = nextFilledAt(rows, at);
  return i === null ? null : (rows[i] as Row);
}

function previousFilled(rows: readonly Row[], at: number): number | null {
  for (let i = at - 1; i >= 0; i--) if (!(rows[i] as Row).blank) return i;
  return null;
}

function enumerated(text: string): Enumerated | null {
  for (const rule of ENUMERATORS) {
    const m = rule.pattern.exec(text);
    if (m !== null) return { style: rule.name, rest: (m[1] ?? "").trim(), adjacent: rule.adjacent === true, nested: rule.nested === true };
  }
  return null;
}

/** The shaped heading a line is (its style and text), or null. */
function shapedHeading(line: string): { style: string; level: number; title: string; sure: boolean } | null {
  // A heading is short; a long line is never tried (the marks' patterns then stay linear in the document).
  if (line.length > MAX_SHAPED_CHARS) return null;
  // The banner is read without its bracketed aside, which then follows its title as words of it (a heading's
  // brackets are dropped when it is named; these say what the part is).
  const aside = BANNER_ASIDE.exec(line);
  const text = aside === null ? line : (aside[1] ?? "").trim();
  for (const shape of HEADING_SHAPES) {
    const m = shape.pattern.exec(text);
    if (m === null) continue;
    const title = `${(m[2] ?? m[1] ?? "").trim()}${aside === null ? "" : ` — ${(aside[2] ?? "").trim()}`}`;
    const level = shape.level(m);
    if (shape.sure || short(aside === null ? title : text)) return { style: `${shape.name}${level}`, level, title, sure: shape.sure };
  }
  return null;
}

/**
 * The text rewritten as Markdown from its shape, or null when its lines show no shape to go by. Line numbers are
 * kept: every line maps to one line.
 */
export function reshapeByForm(source: string): string | null {
  if (source.length > MAX_RESHAPED_CHARS) return null;
  // Speech under a character's cue, directions over several lines, dotted leaders: one line each first.
  const spoken = joinSpeechBlocks(source);
  const text = spoken ?? source;
  const rows = rowsOf(text);
  const out = rows.map((r) => r.text);
  let changed = spoken !== null;
  const parentAt = rows.map((r, i) => !r.blank && short(stripEnumerator(r.text)) && (nextFilled(rows, i)?.indent ?? -1) > r.indent);
  const treeDepths = [...new Set(rows.filter((_, i) => parentAt[i]).map((r) => r.indent))].sort((a, b) => a - b);
  const byIndent = parentAt.filter(Boolean).length >= MIN_PARENTS;
  const firstFilled = rows.findIndex((r) => !r.blank);
  const topParents = rows.filter((r, i) => parentAt[i] && r.indent === treeDepths[0]).length;
  // One line alone at the top with everything under it is the title: its children are the sections.
  const shift = topParents === 1 && parentAt[firstFilled] === true ? 1 : 2;

  const shapes = rows.map((r) => (r.blank ? null : shapedHeading(r.text)));
  const repeats = new Map<string, number>();
  for (const s of shapes) if (s !== null) repeats.set(s.style, (repeats.get(s.style) ?? 0) + 1);

  const wordCounts = new Map<string, number>();
  for (const s of shapes) {
    const counted = WORD_NUMBERED.exec(s?.title ?? "");
    if (counted !== null) wordCounts.set(counted[1]?.toLowerCase() ?? "", (wordCounts.get(counted[1]?.toLowerCase() ?? "") ?? 0) + 1);
  }
  // "SCENE 1. …" over "SCENE 2. …": headings one word numbers in turn are the items of a sequence, one level down.
  const headingText = (level: number, title: string, first = false): string => {
    const counted = WORD_NUMBERED.exec(title);
    const inSequence = counted !== null && (wordCounts.get(counted[1]?.toLowerCase() ?? "") ?? 0) >= MIN_REPEATS;
    // The first line, marked like the headings after it, is the document's title over them (unless it is one of a run).
    if (first && !inSequence) return `# ${title}`;
    // Written in the form of a stage heading the reader knows, so the run is read as the script it is.
    return inSequence ? `${"#".repeat(Math.min(6, level + 1))} ${SEQUENCE_WORD} ${counted[2]}: ${counted[3]}` : `${"#".repeat(Math.max(1, level))} ${title}`;
  };
  const enums = rows.map((r) => (r.blank ? null : enumerated(r.text)));
  const perDepth = new Map<string, number>();
  enums.forEach((e, i) => { if (e !== null) perDepth.set(`${e.style}@${(rows[i] as Row).indent}`, (perDepth.get(`${e.style}@${(rows[i] as Row).indent}`) ?? 0) + 1); });
  const counters = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.blank) continue;
    const shape = shapes[i] ?? null;
    const item = enums[i] ?? null;
    // "; Is parking free?" over ": Yes, behind the shop.", "Term" over ": definition": a definition list is a
    // question and its answer, written in the marks the knowledge base reads in any language.
    const defined = DEFINITION.exec(row.text);
    const term = previousFilled(rows, i);
    if (defined !== null && term !== null && !DEFINITION.test((rows[term] as Row).text)) {
      out[term] = `Q: ${(rows[term] as Row).text.replace(TERM_MARK, "")}`;
      out[i] = `A: ${defined[1] ?? ""}`;
      changed = true;
      continue;
    }
    const quoted = QUOTE_MARK.exec(row.text);
    if (quoted !== null) {
      out[i] = `> ${quoted[1] ?? ""}`;
      changed = true;
      continue;
    }
    const speaker = SPEAKER_CUE.exec(row.text);
    const next = nextFilled(rows, i);
    // "AGENT" alone over an indented speech: the speech is that speaker's line.
    if (speaker !== null && next !== null && row.indent > next.indent && next.indent > 0 && !QUOTED.test(next.text) && sideOf(row.text) !== null) {
      const j = nextFilledAt(rows, i) ?? i;
      out[i] = "";
      out[j] = sideOf(row.text) === "caller" ? `“${next.text}”` : `${row.text}: “${next.text}”`;
      rows[j] = { ...next, blank: true };
      changed = true;
      continue;
    }
    if (byIndent && parentAt[i] === true) {
      const depth = treeDepths.indexOf(row.indent);
      const level = Math.min(6, depth + shift);
      const title = item === null ? (shape?.title ?? row.text) : item.rest;
      out[i] = level >= 3 && item !== null ? `${"#".repeat(level)} ${nextCount(counters, `${item.style}@${row.indent}`)}. ${title}` : headingText(level, title);
      changed = true;
      continue;
    }
    if (shape !== null && (shape.sure || (repeats.get(shape.style) ?? 0) >= MIN_REPEATS)) {
      out[i] = headingText(shape.level, shape.title, i === firstFilled && !shape.sure);
      counters.clear();
      changed = true;
      continue;
    }
    if (item !== null && item.nested && runOf(enums, rows, i, item, perDepth) >= MIN_REPEATS) {
      out[i] = `   - ${item.rest}`;
      changed = true;
      continue;
    }
    if (item !== null && runOf(enums, rows, i, item, perDepth) >= MIN_REPEATS) {
      const n = nextCount(counters, item.style);
      // An item whose own text is only a title, with its content on the lines after it, is a step heading.
      const owns = short(item.rest) && next !== null && enumerated(next.text)?.style !== item.style;
      out[i] = owns ? `### ${n}. ${item.rest}` : `${n}. ${item.rest}`;
      changed = true;
      continue;
    }
    if (byIndent || row.indent >= 4) {
      out[i] = item !== null ? `- ${item.rest}` : unwrapAside(row.text);
      if (out[i] !== row.text || row.indent > 0) changed = true;
    }
  }
  return changed ? out.map(plainEmphasis).join("\n") : null;
}

/** "'''Name'''" (a wiki's bold) → "**Name**": emphasis in the mark Markdown reads, so a bold name is a name. */
const WIKI_BOLD = /'''([^'\n]{1,80})'''/gu;

function plainEmphasis(line: string): string {
  return line.includes("'''") ? line.replace(WIKI_BOLD, "**$1**") : line;
}

function nextCount(counters: Map<string, number>, key: string): number {
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return n;
}

/**
 * How many items of one enumerator style the document holds at this depth (a lone "a)" is no list); for a mark that
 * is an item only among others, how many enumerated lines touch this one.
 */
function runOf(enums: readonly (Enumerated | null)[], rows: readonly Row[], at: number, item: Enumerated, perDepth: ReadonlyMap<string, number>): number {
  if (item.adjacent) return [at - 1, at + 1].filter((i) => enums[i] !== null && enums[i] !== undefined && !(rows[i] as Row).blank).length + 1;
  return perDepth.get(`${item.style}@${(rows[at] as Row).indent}`) ?? 0;
}

function stripEnumerator(text: string): string {
  return enumerated(text)?.rest ?? text;
}

/** "(If he has no photos, then …)": a stage direction in brackets is an instruction; the brackets are no content. */
function unwrapAside(text: string): string {
  const m = /^[(（](.*)[)）]$/u.exec(text);
  return m === null ? text : (m[1] ?? "");
}
