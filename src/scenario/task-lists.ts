// Task-list items ("- [ ] …", "- [x] …") are list items like any other; an item struck through whole ("- [x] ~~…~~")
// is one the writer retired: it is set aside with the lines indented under it, and named in a warning. A heading
// struck through whole ("### ~~Step 5 …~~") retires its section: set aside up to the next heading of its level or above.

import { indentOf, type SourceLine } from "./lines.js";

/** The checkbox after a bullet or list number; the bullet or number stays. */
const CHECKBOX = /^(\s*(?:[-*+]|\d{1,3}[.)])\s+)\[[ xX]\]\s+/;
/**
 * An item whose text is struck through from its start ("~~4. …~~", with a note after it or not), a bullet of any
 * mark or a sub-step number before it ("● 2.2 ~~…~~", "3.4 ~~…~~ 【停用】").
 */
const STRUCK_ITEM = /^[\s\u3000]*(?:[-*+●•■◆▪]\s*(?:\d{1,3}(?:\.\d{1,2}){0,2}[.)、]?\s+)?|\d{1,3}(?:\.\d{1,2}){0,2}[.)、]?\s+)(?:\[[ xX]\]\s+)?~~[^~]/u;
/** A heading whose title is struck through whole ("## ~~…~~", a note after it or not); group 1 is its level. */
const STRUCK_HEADING = /^ {0,3}(#{1,6})\s+~~[^~]/;
/** Any ATX heading; group 1 is its level. */
const HEADING = /^ {0,3}(#{1,6})\s/;

export interface StruckItem {
  line: number;
  text: string;
}

/** The lines with checkboxes dropped and retired items taken out (the retired ones returned for a warning). */
export function readTaskLists(lines: readonly SourceLine[]): { lines: SourceLine[]; struck: StruckItem[] } {
  const out: SourceLine[] = [];
  const struck: StruckItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (line.code === true || !line.text.includes("[") && !line.text.includes("~~")) {
      out.push(line);
      continue;
    }
    const heading = STRUCK_HEADING.exec(line.text);
    if (heading !== null) {
      struck.push({ line: line.no, text: line.text.trim() });
      const level = (heading[1] ?? "#").length;
      while (i + 1 < lines.length) {
        const next = lines[i + 1] as SourceLine;
        const at = next.code === true ? null : HEADING.exec(next.text);
        if (at !== null && (at[1] ?? "").length <= level) break;
        i++;
      }
      continue;
    }
    if (STRUCK_ITEM.test(line.text)) {
      struck.push({ line: line.no, text: line.text.replace(CHECKBOX, "$1").trim() });
      // What is indented under it goes with it.
      const indent = indentOf(line.text);
      while (i + 1 < lines.length && (lines[i + 1] as SourceLine).text.trim() !== "" && indentOf((lines[i + 1] as SourceLine).text) > indent) i++;
      continue;
    }
    out.push(CHECKBOX.test(line.text) ? { ...line, text: line.text.replace(CHECKBOX, "$1") } : line);
  }
  return { lines: out, struck };
}
