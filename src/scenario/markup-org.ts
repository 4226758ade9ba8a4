// Emacs org-mode as Markdown, line for line: "*" headings, "#+KEYWORD:" lines, blocks, drawers, comment subtrees.

/** "#+TITLE: …", "#+STARTUP: …", "#+BEGIN_QUOTE": org's keyword lines. */
const KEYWORD = /^#\+([A-Za-z_]+)(?::\s*(.*))?\s*$/;
/** "** Title  :tag:": a heading, its depth the star count (column 0 only: an indented star is a list item). */
const HEADING = /^(\*+)[ \t]+(.*)$/u;
/** "Title   :tag1:tag2:": the tags at a heading's end. */
const TAGS = /\s(:[\w@:]+:)$/u;
/** Org's own "this is not exported" marks: a COMMENT heading and the noexport tag. */
const COMMENT_HEADING = /^COMMENT\b/;
const UNEXPORTED_TAG = ":noexport:";
/** "- term :: definition": a description list item. */
const DESCRIPTION = /^(\s*[-+][ \t]+)(\S.*)$/u;
const DRAWER_PROPERTY = /^\s*:([^:\s][^:]{0,40}):\s+(.*)$/u;
const DRAWER_EDGE = /^\s*:(?:[A-Z_]+):\s*$/;

/** A document is org when it has an org keyword line, or column-0 "*" headings two deep and no "#" headings. */
export function isOrg(lines: readonly string[]): boolean {
  let keywords = 0;
  let deep = 0;
  let atx = 0;
  for (const line of lines) {
    const first = line[0];
    if (first === "#") {
      if (line[1] === "+" && KEYWORD.test(line)) keywords++;
      else if (/^#{1,6}\s/.test(line)) atx++;
    } else if (first === "*" && /^\*{2,}[ \t]+\S/.test(line)) deep++;
    // "== Section": AsciiDoc's titles; its "**" lines are nested list items, not org headings.
    else if (first === "=" && /^={1,6}[ \t]+[^=\s]/.test(line)) atx++;
  }
  return keywords > 0 || (deep > 0 && atx === 0);
}

export function orgLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  /** Depth of a subtree being left out (a COMMENT heading, a noexport tag), or 0. */
  let skipping = 0;
  let block: string | null = null;
  let drawer = false;
  for (const line of lines) {
    const heading = line[0] === "*" ? HEADING.exec(line) : null;
    if (heading !== null) {
      const depth = (heading[1] ?? "").length;
      if (skipping > 0 && depth > skipping) { out.push(""); continue; }
      skipping = 0;
      const whole = (heading[2] ?? "").trimEnd();
      const tags = TAGS.exec(whole)?.[1] ?? "";
      const title = whole.slice(0, whole.length - tags.length).trimEnd().replace(/^(?:TODO|DONE)\s+/, "");
      if (COMMENT_HEADING.test(title) || tags.includes(UNEXPORTED_TAG)) { skipping = depth; out.push(""); continue; }
      out.push(`${"#".repeat(Math.min(depth, 6))} ${title}`);
      continue;
    }
    if (skipping > 0) { out.push(""); continue; }
    const keyword = line[0] === "#" && line[1] === "+" ? KEYWORD.exec(line) : null;
    if (keyword !== null) {
      const name = (keyword[1] ?? "").toUpperCase();
      if (name.startsWith("BEGIN_")) block = name.slice(6);
      else if (name.startsWith("END_")) block = null;
      out.push(name === "TITLE" ? `# ${keyword[2] ?? ""}` : "");
      continue;
    }
    // A comment block's lines and "# comment" lines are the writer's notes.
    if (block === "COMMENT" || /^#(?:\s|$)/.test(line)) { out.push(""); continue; }
    if (DRAWER_EDGE.test(line)) { drawer = /:PROPERTIES:/i.test(line); out.push(""); continue; }
    if (drawer) {
      const property = DRAWER_PROPERTY.exec(line);
      out.push(property === null ? line : `- ${(property[1] ?? "").replace(/_/g, " ")}: ${property[2] ?? ""}`);
      continue;
    }
    const item = DESCRIPTION.exec(line);
    const split = item === null ? -1 : (item[2] ?? "").indexOf(" :: ");
    if (item !== null && split > 0) { out.push(`${item[1] ?? ""}${(item[2] ?? "").slice(0, split).trimEnd()}: ${(item[2] ?? "").slice(split + 4).trimStart()}`); continue; }
    // "|---+---|": an org table's rule joins its columns with "+"; Markdown's with "|".
    out.push(/^\s*\|[-+|: ]+\|?\s*$/.test(line) ? line.replace(/\+/g, "|") : line);
  }
  return out;
}
