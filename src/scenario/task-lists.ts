// Task-list items ("- [ ] …", "- [x] …") are list items like any other; an item struck through whole ("- [x] ~~…~~")
// is one the writer retired: it is set aside with the lines indented under it, and named in a warning. A heading
// struck through whole ("### ~~Step 5 …~~") retires its section: set aside up to the next heading of its level or above.
// A line struck through whole ("~~第三步 …~~", a note on why after it or not) is set aside with a note it runs on to.

import { indentOf, type SourceLine } from "./lines.js";
import { retiredItem } from "./retired-marks.js";

/** An empty box glyph opening a line ("☐ …"): a checklist item typed without Markdown (a ticked "☑" item may be a
 * retired one and is left to the other readers). Group 1 is the indent. */
const GLYPH_BOX = /^([ \t\u3000]*)☐\s*/u;
/** The checkbox after a bullet or list number; the bullet or number stays. */
const CHECKBOX = /^(\s*(?:[-*+]|\d{1,3}[.)])\s+)\[[ xX]\]\s+/;
/**
 * An item whose text is struck through from its start ("~~4. …~~", with a note after it or not), a bullet of any
 * mark or a sub-step number before it ("● 2.2 ~~…~~", "3.4 ~~…~~ 【停用】").
 */
const STRUCK_ITEM = /^[\s\u3000]*(?:[-*+●•■◆▪]\s*(?:\d{1,3}(?:\.\d{1,2}){0,2}[.)、]?\s+)?|\d{1,3}(?:\.\d{1,2}){0,2}[.)、]?\s+)(?:\[[ xX]\]\s+)?~~[^~]/u;
/**
 * A line struck through from its start to its end ("~~4. …~~", "~~第三步 …~~"), or to a note on why
 * ("~~…~~ *Removed in May …*", "~~…~~（停用）"): a part the writer retired, whatever it was. Group 1 is what follows.
 */
const STRUCK_LINE = /^\s*~~[^~\s](?:[^~]|~(?!~))*~~\s*((?:[*_（([【—–-].*)?)$/u;
/** The marks a note after a struck line opens, and the mark that closes each. */
const NOTE_CLOSE: Record<string, string> = { "*": "*", _: "_", "（": "）", "(": ")", "[": "]", "【": "】" };
/** Lines a note after a struck line may run on over before it closes. */
const MAX_NOTE_LINES = 4;
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
    if (line.code === true || (!/[[~【(（☐]/u.test(line.text))) {
      out.push(line);
      continue;
    }
    // "☐ 第一步 核身": a checklist typed with box glyphs is a task list, its boxes bullets.
    const boxed = GLYPH_BOX.exec(line.text);
    if (boxed !== null) {
      const item = { ...line, text: `${boxed[1] ?? ""}- ${line.text.slice(boxed[0].length)}` };
      if (retiredItem(item.text)) {
        struck.push({ line: line.no, text: item.text.trim() });
        continue;
      }
      out.push(item);
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
    const whole = STRUCK_LINE.exec(line.text);
    if (whole !== null) {
      struck.push({ line: line.no, text: line.text.trim() });
      i = noteEnd(lines, i, whole[1] ?? "");
      continue;
    }
    if (STRUCK_ITEM.test(line.text) || retiredItem(line.text)) {
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

/** The last line of a note a struck line opened and left open ("~~…~~ *Removed … by" over "… the team.*"), or `at`. */
function noteEnd(lines: readonly SourceLine[], at: number, note: string): number {
  const mark = note.trim()[0] ?? "";
  const close = NOTE_CLOSE[mark];
  if (close === undefined || count(note, close) > (mark === close ? 1 : 0)) return at;
  for (let k = at + 1; k < lines.length && k <= at + MAX_NOTE_LINES; k++) {
    const text = (lines[k] as SourceLine).text;
    if (text.trim() === "") return at;
    if (text.includes(close)) return k;
  }
  return at;
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}
