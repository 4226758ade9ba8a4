// AsciiDoc as Markdown, line for line: "=" headings, comments, attribute lines, block delimiters, ". " lists,
// "term:: definition" lists and "|===" tables.
import { blankHeader, markdownRule } from "./markdown-table.js";

/** "== Title": a section title, its depth the "=" count (a closing run of "=" makes it a banner, read elsewhere). */
const HEADING = /^(={1,6})[ \t]+([^=\s].*)$/u;
/** ":toc!:", ":author: …": document attributes. "[quote]", "[NOTE]", "[cols="1,2"]": block attributes. */
const ATTRIBUTE = /^(?::!?[\p{L}\p{N}_-]+!?:.*|\[[^\]]*\])\s*$/u;
/** Block delimiters (quote, example, listing, literal, sidebar, passthrough, open): layout, no content. */
const DELIMITER = /^(?:_{4,}|={4,}|-{4,}|\.{4,}|\*{4,}|\+{4,}|--)\s*$/;
const COMMENT_BLOCK = /^\/{4,}\s*$/;
const TABLE_EDGE = /^\|={3,}\s*$/;
/** ". item", ".. item": an ordered list, its depth the dot count. */
const ORDERED = /^(\.{1,5})[ \t]+(\S.*)$/u;
/** "* item", "** item": an unordered list, its depth the star count. */
const UNORDERED = /^(\*{1,5})[ \t]+(\S.*)$/u;
/** ":name: value": a document attribute, whose value "{name}" stands for in the text after it. */
const DEFINED = /^:([\p{L}\p{N}_-]{1,40}):[ \t]+(\S.*)$/u;
/** "{name}": an attribute reference. */
const REFERENCE = /\{([\p{L}\p{N}_-]{1,40})\}/gu;
/** "term:: definition" (or ";;"): a description list item. */
const DESCRIPTION = /^(\S[^:;]{0,40}?)(?:::|;;)(?:[ \t]+(.*))?$/u;
/** ".Title" over a block. */
const BLOCK_TITLE = /^\.([^\s.].{0,80})$/u;

/** A document is AsciiDoc when it titles two sections with "=" runs, or one and holds a "|===" table or attribute. */
export function isAsciidoc(lines: readonly string[]): boolean {
  let headings = 0;
  let marks = 0;
  for (const line of lines) {
    const first = line[0];
    if (first === "=" && HEADING.test(line) && !/=\s*$/.test(line)) headings++;
    else if ((first === "|" && TABLE_EDGE.test(line)) || (first === ":" && /^:[\w-]+!?:/.test(line))) marks++;
  }
  return headings >= 2 || (headings >= 1 && marks > 0);
}

export function asciidocLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let comment = false;
  let columns = 0;
  let header = false;
  const attributes = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (COMMENT_BLOCK.test(line)) { comment = !comment; out.push(""); continue; }
    if (comment || /^\/\/(?!\/)/.test(line)) { out.push(""); continue; }
    if (TABLE_EDGE.test(line)) {
      const end = tableEnd(lines, i);
      out.push(...tableLines(lines.slice(i + 1, end).map((l) => substitute(l, attributes)), columns, header), "");
      i = end;
      columns = 0;
      header = false;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading !== null && !/=\s*$/.test(line)) { out.push(`${"#".repeat((heading[1] ?? "").length)} ${(heading[2] ?? "").trimEnd()}`); continue; }
    const defined = DEFINED.exec(line);
    if (defined !== null) attributes.set((defined[1] ?? "").toLowerCase(), (defined[2] ?? "").trim());
    if (ATTRIBUTE.test(line)) {
      const cols = /cols\s*=\s*"?([^"\]]*)/.exec(line)?.[1];
      if (cols !== undefined) columns = /^\d+$/.test(cols.trim()) ? Number(cols.trim()) : cols.split(",").length;
      if (/%header|options\s*=\s*"?header/.test(line)) header = true;
      out.push("");
      continue;
    }
    if (DELIMITER.test(line) || /^\+\s*$/.test(line)) { out.push(""); continue; }
    const ordered = ORDERED.exec(line);
    if (ordered !== null) { out.push(`${"   ".repeat((ordered[1] ?? "").length - 1)}1. ${substitute(ordered[2] ?? "", attributes)}`); continue; }
    const unordered = UNORDERED.exec(line);
    if (unordered !== null) { out.push(`${"   ".repeat((unordered[1] ?? "").length - 1)}- ${substitute(unordered[2] ?? "", attributes)}`); continue; }
    const title = BLOCK_TITLE.exec(line);
    if (title !== null) { out.push(substitute(title[1] ?? "", attributes)); continue; }
    const description = DESCRIPTION.exec(line);
    if (description !== null) { out.push(substitute(`${description[1] ?? ""}: ${description[2] ?? ""}`, attributes)); continue; }
    out.push(substitute(line, attributes));
  }
  return out;
}

/** "{name}" replaced by the value of the attribute defined above it; an undefined one is left as written. */
function substitute(text: string, attributes: ReadonlyMap<string, string>): string {
  if (attributes.size === 0 || !text.includes("{")) return text;
  return text.replace(REFERENCE, (whole, name: string) => attributes.get(name.toLowerCase()) ?? whole);
}

function tableEnd(lines: readonly string[], open: number): number {
  for (let j = open + 1; j < lines.length; j++) if (TABLE_EDGE.test(lines[j] ?? "")) return j;
  return lines.length - 1;
}

/**
 * A "|===" table's body as a Markdown table on the same run of lines: cells are gathered into rows of the stated
 * column count (one row may span several lines); the first row is the header when marked so or followed by a blank
 * line, otherwise the header is empty. Lines left over are blank, so the table keeps its place.
 */
function tableLines(body: readonly string[], stated: number, marked: boolean): string[] {
  const cells: string[][] = [];
  let width = stated;
  let headed = marked;
  for (let k = 0; k < body.length; k++) {
    const line = (body[k] ?? "").trim();
    if (!line.startsWith("|")) {
      if (line !== "" && cells.length > 0) cells[cells.length - 1]?.push(`${cells[cells.length - 1]?.pop() ?? ""} ${line}`);
      continue;
    }
    const row = line.slice(1).split("|").map((c) => c.trim());
    if (width === 0) width = row.length;
    if (k === 0 && row.length === width && (body[k + 1] ?? "").trim() === "") headed = true;
    for (const cell of row) {
      const last = cells[cells.length - 1];
      if (last === undefined || last.length >= width) cells.push([cell]);
      else last.push(cell);
    }
  }
  const rows = cells.map((r) => `| ${r.join(" | ")} |`);
  const rule = markdownRule(Math.max(1, width));
  const table = headed && rows.length > 0 ? [rows[0] ?? "", rule, ...rows.slice(1)] : [blankHeader(Math.max(1, width)), rule, ...rows];
  // Each row took at least a line of its own and the table's edges two more: the table fits in its run.
  const room = body.length + 1;
  const fitted = table.slice(0, room);
  while (fitted.length < room) fitted.push("");
  return fitted;
}
