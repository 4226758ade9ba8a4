// OPML (an outliner's export: 幕布, WorkFlowy, OmniOutliner) as Markdown, line for line: each <outline> element is one
// node, its `text` the node's words and its `_note` the note under them. The two upper levels are the document's parts
// (a side, then its sections) and read as headings; deeper nodes are nested list items, a note joined to its node
// ("1 开场" with the note "“您好…”" is the step and its line). The <head> carries no content but the title.
import { decodeEntities } from "./entities.js";

const OUTLINE_OPEN = /^\s*<outline\b([^>]*?)(\/?)>\s*(<\/outline>\s*)?$/iu;
const OUTLINE_CLOSE = /^\s*<\/outline>\s*$/iu;
const TITLE = /^\s*<title>([^<]*)<\/title>\s*$/iu;
/** The levels read as headings: a side, then its sections. */
const HEADING_LEVELS = 2;

export function isOpml(lines: readonly string[]): boolean {
  return lines.slice(0, 5).some((line) => /<opml\b/iu.test(line)) && lines.some((line) => OUTLINE_OPEN.test(line));
}

export function opmlLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const line of lines) {
    const open = OUTLINE_OPEN.exec(line);
    if (open !== null) {
      const attributes = open[1] ?? "";
      const leaf = open[2] === "/" || open[3] !== undefined;
      out.push(nodeLine(depth, attribute(attributes, "text"), attribute(attributes, "_note"), leaf));
      if (!leaf) depth++;
      continue;
    }
    if (OUTLINE_CLOSE.test(line)) { depth = Math.max(0, depth - 1); out.push(""); continue; }
    const title = TITLE.exec(line);
    out.push(title === null ? "" : plain(title[1] ?? ""));
  }
  return out;
}

/**
 * A node at its depth: a part with nodes under it is a heading (its note, a remark to the reader, in parentheses); a
 * part's own leaf is a "Label：words" line; a deeper node is a list item indented by its depth.
 */
function nodeLine(depth: number, text: string, note: string, leaf: boolean): string {
  if (depth < HEADING_LEVELS && !leaf) return `${"#".repeat(depth + 1)} ${text}${note === "" ? "" : `（${note}）`}`;
  const words = note === "" ? text : /^["“「『]/u.test(note) ? `${text}：${note}` : `${text} ${note}`;
  if (depth < HEADING_LEVELS) return note === "" || /[:：]/u.test(text) ? words : `${text}：${note}`;
  return `${"  ".repeat(depth - HEADING_LEVELS)}- ${words}`;
}

function attribute(attributes: string, name: string): string {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`, "u").exec(attributes);
  return m === null ? "" : plain(m[1] ?? "");
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " " };

/** An attribute's text: entities decoded, then the HTML tags it may carry (bold, links) dropped. */
function plain(value: string): string {
  const decoded = decodeEntities(value, ENTITIES);
  return decoded.replace(/<[^<>]{0,200}>/gu, "").replace(/\s+/gu, " ").trim();
}
