// A document that holds its agent prompt as one XML element block between prose (a note on where it was pasted from
// above it, a persona file pasted below it): the block is read as the outline its elements spell (the XML reader's,
// as a whole XML file is), the prose around it as it is. Lines after the block keep their numbers when the outline
// is no longer than the block.

import { xmlTree } from "../import/xml-tree.js";
import { jsonOutline } from "../import/json-outline.js";
import { withoutWrappers } from "../import/tree-shapes.js";

/** A block this many lines long or longer may hold the whole prompt. */
const LEAST_LINES = 12;
/** An element opened alone on a line at the margin ("<system>", "<prompt version="3">"). */
const OPEN = /^<([A-Za-z_][\w.-]{0,40})(?:\s[^<>]{0,300})?>\s*$/u;
/** An element closed alone on a line at the margin ("</system>"); group 1 is its name. */
const CLOSE = /^<\/([A-Za-z_][\w.-]{0,40})>\s*$/u;
/** Page-layout tags an HTML paste is made of: a block of them is markup, not a prompt's elements. */
const LAYOUT = /^(?:html|head|body|div|p|span|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|details|summary|section|article|pre|blockquote|center|font|br|hr|h[1-6])$/iu;

/** The text with its longest XML element block rewritten as that block's outline, or null when it holds none. */
export function embeddedXmlOutline(text: string): string | null {
  const lines = text.split("\n");
  // The last line closing each element name at the margin, found in one pass (a scan back per opening tag would be
  // quadratic in a long document of unclosed tags).
  const lastClose = new Map<string, number>();
  for (const [j, line] of lines.entries()) {
    const name = CLOSE.exec(line)?.[1];
    if (name !== undefined) lastClose.set(name, j);
  }
  let best: { from: number; to: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i] as string);
    const name = open?.[1];
    if (name === undefined || LAYOUT.test(name)) continue;
    const to = lastClose.get(name) ?? -1;
    if (to <= i || to - i + 1 < LEAST_LINES) continue;
    if (best === null || to - i > best.to - best.from) best = { from: i, to };
    i = to;
  }
  if (best === null) return null;
  const before = lines.slice(0, best.from);
  const after = lines.slice(best.to + 1);
  // A whole XML file is the XML reader's own: only a block with prose around it is this reader's.
  if ([...before, ...after].every((l) => l.trim() === "")) return null;
  const tree = xmlTree(lines.slice(best.from, best.to + 1).join("\n"));
  if (tree === null) return null;
  const outline = jsonOutline(withoutWrappers(tree) as Parameters<typeof jsonOutline>[0]).split("\n");
  while (outline.length < best.to - best.from + 1) outline.push("");
  return [...before, ...outline, ...after].join("\n");
}
