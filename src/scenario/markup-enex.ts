// An Evernote export (.enex: "<en-export><note><title>…<content><![CDATA[<en-note>…</en-note>]]>") as Markdown: a
// note's title is a heading, its stamps, tags and attributes carry no content, and its body (ENML, HTML that an
// editor writes on one line) is broken at its blocks — each top-level <div>, list, list item, table row and rule on a
// line of its own — and read as an HTML document is (markup-html.ts).
import { htmlDocumentLines } from "./markup-html.js";

const EXPORT_MARK = /<en-export\b/iu;
/** How far into the file the export's root element is looked for. */
const HEAD_LINES = 5;
const TITLE = /^\s*<title>(.*)<\/title>\s*$/iu;
/** Where a one-line ENML body is broken: before a list, an item, a table, a row or a rule, and before a div that follows a div, a list, a table, a rule or the note's root. */
const BLOCK_BREAK = /(?=<\/?(?:ol|ul|table)\b|<li\b|<tr\b|<hr\b)|(?<=<\/(?:div|ol|ul|table)>|<en-note\b[^>]{0,200}>|<hr\s{0,2}\/?>)(?=<div\b)/giu;

export function isEnex(lines: readonly string[]): boolean {
  return lines.slice(0, HEAD_LINES).some((line) => EXPORT_MARK.test(line));
}

/** The note bodies' blocks as lines (markup left for the HTML reading), the wrapper's lines blank. */
function bodyLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inBody = false;
  for (const line of lines) {
    let rest = line;
    if (!inBody) {
      const title = TITLE.exec(rest);
      const start = rest.indexOf("<![CDATA[");
      if (title !== null) { out.push(`<h1>${title[1] ?? ""}</h1>`); continue; }
      if (start < 0) { out.push(""); continue; }
      inBody = true;
      rest = rest.slice(start + "<![CDATA[".length);
    }
    const end = rest.indexOf("]]>");
    if (end >= 0) { rest = rest.slice(0, end); inBody = false; }
    out.push(...rest.split(BLOCK_BREAK));
  }
  return out;
}

export function enexLines(lines: readonly string[]): string[] {
  return htmlDocumentLines(bodyLines(lines));
}
