// Markdown block structure the section reader must respect: fenced code, HTML comments and tags, XML-style prompt
// tags. One linear pass (CommonMark fence and comment rules); the lines keep their numbers.

import type { SourceLine } from "./lines.js";
import { fencedScenarioLines } from "./fenced-config.js";
import { xmlElementLines } from "./xml-elements.js";

/** What the block pass did, for `--explain` and for warnings. */
export interface BlockNote {
  line: number;
  what: "fence" | "fenced-config" | "bare-config" | "html-comment" | "html-tag" | "prompt-tag";
  detail: string;
  /** Content the pass set aside (not read at all), for a warning that names it. */
  aside?: string;
}

/** HTML block tags that wrap layout, not content: the tag line itself is dropped, its content read. */
const LAYOUT_TAGS = new Set(["details", "div", "section", "article", "p", "span", "br", "hr", "center", "table", "tbody", "thead", "tr", "td", "th", "ul", "ol", "li", "blockquote", "pre", "code", "b", "i", "em", "strong", "small", "sup", "sub", "font", "dl"]);

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const TAG_LINE = /^\s*<(\/?)([A-Za-z][\w-]{0,40})(?:\s[^<>]{0,200})?>\s*$/;
const INLINE_TAG = /^\s*<([A-Za-z][\w-]{0,40})>([^<]{0,4000})<\/([A-Za-z][\w-]{0,40})>\s*$/;
// "<details><summary>Q?</summary>answer</details>" on one line, and a summary whose title is itself marked up.
const SUMMARY = /^\s*(?:<details(?:\s[^<>]{0,80})?>\s*)?<summary>\s*#{0,6}\s*(.{1,300}?)<\/summary>(.{0,4000}?)(?:<\/details>)?\s*$/i;
/** "<h2>Title</h2>": an HTML heading is a heading of its level. */
const HTML_HEADING = /^\s*<h([1-6])(?:\s[^<>]{0,80})?>(.{1,300}?)<\/h\1>\s*$/i;
/** "<li>…</li>" on one line: a list item whatever the list's own tags. */
const LIST_ITEM = /^\s*<li(?:\s[^<>]{0,80})?>(.{0,4000}?)(?:<\/li>)?\s*$/i;
/** "<p>…</p>" (a rich-text export's paragraph) on one line: its words are the line. */
const PARAGRAPH = /^\s*<(p|div|span|section|font|center)(?:\s[^<>]{0,200})?>(.{1,4000}?)<\/\1>\s*$/i;
/** "<dt>question</dt>" / "<dd>answer</dd>": a definition list is questions and their answers. */
const DEFINITION = /^\s*<(dt|dd)(?:\s[^<>]{0,80})?>(.{0,4000}?)(?:<\/\1>)?\s*$/i;
/** A line break inside one HTML line: what follows is a line of its own. */
const BREAK = /<br\s*\/?>/i;

/** Inline marks inside a retagged line: emphasis stays emphasis, a quotation stays quoted, any other tag goes. */
const INLINE_MARKS: readonly [RegExp, string][] = [
  [/<\/?(?:b|strong)>/gi, "**"],
  [/<\/?q>/gi, "\""],
  [/<\/?[A-Za-z][\w-]{0,40}(?:\s[^<>]{0,200})?>/g, ""],
];

function unmark(text: string): string {
  let out = text;
  for (const [mark, replacement] of INLINE_MARKS) out = out.replace(mark, replacement);
  return out.trim();
}

/** True when the text holds nothing the block pass changes: most documents skip it entirely. */
function plainMarkdown(text: string): boolean {
  return !text.includes("```") && !text.includes("~~~") && !text.includes("<");
}

/**
 * Lines as the section reader should see them: fenced code is `code` (never a heading; `#` comments in it dropped),
 * a fenced YAML/JSON configuration becomes the sections it names, HTML comments vanish, layout tags are dropped,
 * `<summary>` becomes a heading and a prompt tag on its own line (`<role>`, `<steps>`) becomes a heading for its content.
 */
export function markBlocks(lines: SourceLine[], text: string, notes: BlockNote[]): SourceLine[] {
  if (plainMarkdown(text)) return lines;
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    const fence = FENCE_OPEN.exec(line.text);
    if (fence !== null) {
      const marker = fence[1] ?? "```";
      let end = i + 1;
      while (end < lines.length && !closesFence((lines[end] as SourceLine).text, marker)) end++;
      const inner = lines.slice(i + 1, end);
      const config = fencedScenarioLines(inner, (fence[2] ?? "").toLowerCase());
      if (config !== null) {
        notes.push({ line: line.no, what: "fenced-config", detail: `${config.keys.join(", ")} read from the fenced ${fence[2] || "block"}` });
        out.push(...config.lines);
      } else {
        notes.push({ line: line.no, what: "fence", detail: `fenced ${fence[2] || "block"} read as plain text, never as headings` });
        for (const code of inner) out.push({ no: code.no, text: /^\s*#/.test(code.text) ? "" : code.text, code: true });
      }
      i = end + 1;
      continue;
    }
    const commentAt = line.text.indexOf("<!--");
    if (commentAt >= 0) {
      let end = i;
      while (end < lines.length && !(lines[end] as SourceLine).text.includes("-->", end === i ? commentAt + 4 : 0)) end++;
      const closeAt = end < lines.length ? (lines[end] as SourceLine).text.indexOf("-->", end === i ? commentAt + 4 : 0) : -1;
      notes.push({ line: line.no, what: "html-comment", detail: end === i ? "HTML comment set aside" : `HTML comment (lines ${line.no}-${(lines[Math.min(end, lines.length - 1)] as SourceLine).no}) set aside`, aside: commentText(lines, i, end, commentAt, closeAt) });
      const before = line.text.slice(0, commentAt);
      const after = end < lines.length ? (lines[end] as SourceLine).text.slice(closeAt + 3) : "";
      if (end === i) out.push({ no: line.no, text: `${before}${after}` });
      else {
        if (before.trim() !== "") out.push({ no: line.no, text: before });
        if (after.trim() !== "" && end < lines.length) out.push({ no: (lines[end] as SourceLine).no, text: after });
      }
      i = end + 1;
      continue;
    }
    out.push(...retag(line, notes));
    i++;
  }
  return out;
}

/** The words inside a comment, at most a few lines of them (only an excerpt is shown). */
function commentText(lines: readonly SourceLine[], start: number, end: number, openAt: number, closeAt: number): string {
  if (start === end) return (lines[start] as SourceLine).text.slice(openAt + 4, closeAt);
  const parts = [(lines[start] as SourceLine).text.slice(openAt + 4)];
  for (let k = start + 1; k < Math.min(end, start + 6); k++) parts.push((lines[k] as SourceLine).text);
  if (end < lines.length && end < start + 6) parts.push((lines[end] as SourceLine).text.slice(0, closeAt));
  return parts.join(" ");
}

function closesFence(text: string, marker: string): boolean {
  const t = text.trim();
  const char = marker[0] ?? "`";
  if (t.length < marker.length || t[0] !== char) return false;
  for (const c of t) if (c !== char) return false;
  return text.length - text.trimStart().length <= 3;
}

/** A tag line: layout tags vanish, `<summary>` and prompt tags (`<role>`, `<instructions>`) become headings (a summary asking a question, a bold question). */
export function retag(line: SourceLine, notes: BlockNote[]): SourceLine[] {
  if (!line.text.includes("<")) return [line];
  const element = xmlElementLines(line);
  if (element !== null) {
    notes.push({ line: line.no, what: "html-tag", detail: "an XML-style element read by its attributes" });
    return element;
  }
  const paragraph = PARAGRAPH.exec(line.text);
  if (paragraph !== null) {
    notes.push({ line: line.no, what: "html-tag", detail: `<${paragraph[1]}> read as its words` });
    return (paragraph[2] ?? "").split(BREAK).map((part) => ({ no: line.no, text: unmark(part) })).filter((l) => l.text !== "");
  }
  const definition = DEFINITION.exec(line.text);
  if (definition !== null) {
    const asked = (definition[1] ?? "").toLowerCase() === "dt";
    notes.push({ line: line.no, what: "html-tag", detail: `<${definition[1]}> read as ${asked ? "a question" : "its answer"}` });
    return [{ no: line.no, text: `${asked ? "Q" : "A"}: ${unmark(definition[2] ?? "")}` }];
  }
  // "<li><b>Title</b><br>“…”<br><i>If …</i></li>": the lines after a break are the item's own, indented under it.
  const item = BREAK.test(line.text) ? LIST_ITEM.exec(line.text) : null;
  if (item !== null) {
    notes.push({ line: line.no, what: "html-tag", detail: "<li> read as a list item, its line breaks as lines under it" });
    const [head = "", ...more] = (item[1] ?? "").split(BREAK).map(unmark);
    return [{ no: line.no, text: `- ${head}` }, ...more.filter((m) => m !== "").map((m) => ({ no: line.no, text: `  ${m}` }))];
  }
  return [retagOne(line, notes)];
}

function retagOne(line: SourceLine, notes: BlockNote[]): SourceLine {
  const summary = SUMMARY.exec(line.text);
  if (summary !== null) {
    const title = unmark(summary[1] ?? "").replace(/^\*\*(.*)\*\*$/, "$1").trim();
    const answer = unmark(summary[2] ?? "");
    // A question folded over its answer ("<summary>Can I …?</summary>") is one FAQ entry, not a section of its own.
    const asked = /[?？]$/u.test(title);
    notes.push({ line: line.no, what: "html-tag", detail: `<summary> read as the ${asked ? "question" : "heading"} '${title}'` });
    return { no: line.no, text: asked ? `**${title}**${answer === "" ? "" : ` ${answer}`}` : `## ${title}${answer === "" ? "" : ` ${answer}`}` };
  }
  const item = LIST_ITEM.exec(line.text);
  if (item !== null) {
    notes.push({ line: line.no, what: "html-tag", detail: "<li> read as a list item" });
    return { no: line.no, text: `- ${unmark(item[1] ?? "")}` };
  }
  const heading = HTML_HEADING.exec(line.text);
  if (heading !== null) {
    notes.push({ line: line.no, what: "html-tag", detail: `<h${heading[1]}> read as a heading` });
    return { no: line.no, text: `${"#".repeat(Number(heading[1]))} ${unmark(heading[2] ?? "")}` };
  }
  const inline = INLINE_TAG.exec(line.text);
  if (inline !== null && inline[1] === inline[3] && !LAYOUT_TAGS.has((inline[1] ?? "").toLowerCase())) {
    notes.push({ line: line.no, what: "prompt-tag", detail: `<${inline[1]}> read as the label '${tagTitle(inline[1] ?? "")}'` });
    return { no: line.no, text: `${tagTitle(inline[1] ?? "")}: ${(inline[2] ?? "").trim()}` };
  }
  const tag = TAG_LINE.exec(line.text);
  if (tag === null) return line;
  const name = (tag[2] ?? "").toLowerCase();
  if (tag[1] === "/" || LAYOUT_TAGS.has(name)) {
    notes.push({ line: line.no, what: "html-tag", detail: `tag <${tag[1]}${name}> dropped` });
    return { no: line.no, text: "" };
  }
  notes.push({ line: line.no, what: "prompt-tag", detail: `<${name}> read as the heading '${tagTitle(name)}'` });
  return { no: line.no, text: `## ${tagTitle(name)}` };
}

/** "call_flow" → "call flow": prompt tags name their section in snake or kebab case. */
function tagTitle(name: string): string {
  return name.replace(/[_-]+/g, " ");
}
