// Markdown block structure from a real parser's tree (mdast, CommonMark + GFM tables): fenced code, HTML blocks and
// comments, and tables are known from the tree, not guessed line by line; the lines keep their numbers.

import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import { toString } from "mdast-util-to-string";
import type { Code, Html, Nodes, Table } from "mdast";
import { retag, type BlockNote } from "./blocks.js";
import { fencedScenarioLines } from "./fenced-config.js";
import { fieldLine, fieldRowLines, isFieldHeader } from "./field-tables.js";
import { isPlaceholderTable, placeholderField } from "./placeholder-tables.js";
import type { SourceLine } from "./lines.js";

/**
 * The parser costs about 10 µs a character on a busy machine (1.1 s CPU for 96 KB of script, tables and comments):
 * past this size a document is read by the linear line pass, which keeps the 5 MB < 1 s bound. Real prompts are far
 * smaller (the largest document among the fixtures and examples is 13 KB).
 */
export const MAX_TREE_CHARS = 32 * 1024;

/** One rewrite of a run of lines: lines [from, to] (1-based, inclusive) become `lines`. */
interface Rewrite { from: number; to: number; lines: SourceLine[] }

/** The lines as the section reader should see them, rewritten where the tree says a block is code, HTML or a table. */
export function treeBlocks(lines: readonly SourceLine[], text: string, notes: BlockNote[]): SourceLine[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tree = fromMarkdown(body, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const rewrites: Rewrite[] = [];
  const cuts = new Map<number, [number, number][]>();
  visit(tree, (node) => {
    if (node.type === "code") rewrites.push(code(node, lines, notes));
    else if (node.type === "html") html(node, lines, notes, rewrites, cuts);
    else if (node.type === "table") {
      const read = table(node);
      if (read !== null) rewrites.push(read);
    }
  });
  return apply(lines, rewrites, cuts);
}

/** Every node, parents first; code, HTML and tables hold no blocks the reader needs inside them. */
function visit(node: Nodes, see: (node: Nodes) => void): void {
  see(node);
  if (node.type === "code" || node.type === "table" || !("children" in node)) return;
  for (const child of node.children) visit(child, see);
}

function span(node: Nodes): { from: number; to: number } {
  return { from: node.position?.start.line ?? 1, to: node.position?.end.line ?? 1 };
}

/** A fence: a YAML/JSON configuration becomes the sections it names; other code is text, never headings. */
function code(node: Code, lines: readonly SourceLine[], notes: BlockNote[]): Rewrite {
  const { from, to } = span(node);
  const opener = lines[from - 1]?.text ?? "";
  // An indented code block is text a writer indented (a sub-step, a continuation), not code: it stays as written.
  if (!/^\s*(?:>\s*)*(?:[-*+]\s+|\d{1,9}[.)]\s+)?(?:`{3,}|~{3,})/.test(opener)) return { from, to, lines: lines.slice(from - 1, to) };
  const values = node.value === "" ? [] : node.value.split("\n");
  const inner: SourceLine[] = values.map((value, i) => ({ no: from + 1 + i, text: value }));
  const lang = (node.lang ?? "").toLowerCase();
  const config = fencedScenarioLines(inner, lang);
  if (config !== null) {
    notes.push({ line: from, what: "fenced-config", detail: `${config.keys.join(", ")} read from the fenced ${node.lang ?? "block"}` });
    return { from, to, lines: config.lines };
  }
  notes.push({ line: from, what: "fence", detail: `fenced ${node.lang ?? "block"} read as plain text, never as headings` });
  // As written (with its indent under a list item): only its headings are taken away.
  return { from, to, lines: inner.map((line) => ({ no: line.no, text: /^\s*#/.test(line.text) ? "" : lines[line.no - 1]?.text ?? line.text, code: true })) };
}

/** HTML: a comment is set aside (named in a warning); tag lines of an HTML block are read as `retag` says. */
function html(node: Html, lines: readonly SourceLine[], notes: BlockNote[], rewrites: Rewrite[], cuts: Map<number, [number, number][]>): void {
  const { from, to } = span(node);
  const comment = node.value.trimStart().startsWith("<!--");
  const start = node.position?.start.column ?? 1;
  const first = lines[from - 1]?.text ?? "";
  // Inside a paragraph (or a comment after text on its line): only the comment's own characters go.
  const inline = first.slice(0, start - 1).trim() !== "" && !/^\s*(?:>\s*)*$/.test(first.slice(0, start - 1));
  if (comment) {
    const close = node.value.indexOf("-->");
    const words = node.value.slice(4, close < 0 ? undefined : close).replace(/\s+/g, " ").trim();
    notes.push({ line: from, what: "html-comment", detail: from === to ? "HTML comment set aside" : `HTML comment (lines ${from}-${to}) set aside`, aside: words });
    const end = node.position?.end.column ?? 1;
    if (inline || from === to) {
      for (let no = from; no <= to; no++) cut(cuts, no, no === from ? start - 1 : 0, no === to ? end - 1 : Number.MAX_SAFE_INTEGER);
      return;
    }
    // A block comment ends on the line of "-->"; text after it on that line is still the document's.
    const last = lines[to - 1]?.text ?? "";
    const at = last.lastIndexOf("-->");
    const after = at < 0 ? "" : last.slice(at + 3);
    rewrites.push({ from, to, lines: after.trim() === "" ? [] : [{ no: to, text: after }] });
    return;
  }
  // A tag inside a sentence ("Opening line: <q>…</q>") marks up its words: the tag goes, the words stay.
  if (inline) {
    if (from === to && INLINE_TAG.test(node.value)) cut(cuts, from, start - 1, (node.position?.end.column ?? start) - 1);
    return;
  }
  const out: SourceLine[] = [];
  for (let no = from; no <= to; no++) {
    const line = lines[no - 1];
    if (line !== undefined) out.push(...retag(line, notes));
  }
  rewrites.push({ from, to, lines: out });
}

const INLINE_TAG = /^<\/?[A-Za-z][\w-]{0,40}(?:\s[^<>]{0,200})?\/?>$/;

function cut(cuts: Map<number, [number, number][]>, no: number, from: number, to: number): void {
  const list = cuts.get(no) ?? [];
  list.push([from, to]);
  cuts.set(no, list);
}

/**
 * A table of fields becomes "label：value" lines; any other table is written out as the parser read it, one
 * "| a | b |" row a line under a "| --- |" rule, so the script, FAQ and ending readers see its rows whether or not
 * the writer put pipes at the ends, inside a list or a quote ("Step | Say" / "--- | ---" is a table too).
 */
function table(node: Table): Rewrite | null {
  const rows = node.children.map((row) => row.children.map((cell) => toString(cell).trim()));
  const { from, to } = span(node);
  const out: SourceLine[] = [];
  const fields = isFieldHeader(rows[0] ?? []);
  const values = !fields && isPlaceholderTable(rows);
  node.children.forEach((row, i) => {
    const cells = rows[i] ?? [];
    const no = row.position?.start.line ?? from;
    if (values) {
      if (i > 0 && cells.some((cell) => cell !== "")) out.push({ ...fieldLine(no, placeholderField(cells)), values: true });
      return;
    }
    if (fields) {
      if (i > 0 && cells.some((cell) => cell !== "")) out.push(...fieldRowLines(no, cells));
      return;
    }
    out.push({ no, text: `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |` });
    if (i === 0) out.push({ no: no + 1, text: `| ${cells.map(() => "---").join(" | ")} |` });
  });
  return { from, to, lines: out };
}

/** Lines with the rewrites in place (outermost first, none overlapping) and inline cuts removed. */
function apply(lines: readonly SourceLine[], rewrites: Rewrite[], cuts: Map<number, [number, number][]>): SourceLine[] {
  const byStart = new Map<number, Rewrite>();
  for (const r of rewrites) if (!byStart.has(r.from)) byStart.set(r.from, r);
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as SourceLine;
    const rewrite = byStart.get(line.no);
    if (rewrite !== undefined && rewrite.to >= line.no) {
      out.push(...rewrite.lines);
      i = rewrite.to;
      continue;
    }
    const spans = cuts.get(line.no);
    out.push(spans === undefined ? line : { ...line, text: without(line.text, spans) });
    i++;
  }
  return out;
}

function without(text: string, spans: readonly [number, number][]): string {
  let out = "";
  let at = 0;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (from > at) out += text.slice(at, from);
    at = Math.max(at, to);
  }
  return out + text.slice(at);
}
