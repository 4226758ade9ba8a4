// A branch hard-wrapped over the next lines ("If she says …, offer a" / "   free visit this Saturday."): the lines
// after it that go on its sentence are one branch with it, not a line to say.

import { indentOf, isBlank, isListItem, type SourceLine } from "./lines.js";
import { classifyContent } from "./step-content.js";

/** A sentence that ends here: the wrapped branch stops at it. */
const ENDED = /[。！？!?.;；]\s*$|[”」"]\s*$/u;
/** A line that starts something of its own: a list item, a heading, a quote, a table row. */
const OWN_START = /^\s*(?:#{1,6}\s|[“「"|>])/u;
/** "utterance: …", "节点类型: …": a line that opens on a label of its own is a field, not the branch going on. */
const LABELLED = /^\s*[^\s:：“”"「」]{1,24}\s?[:：]/u;
/** How many lines one wrapped branch may run on over. */
const MAX_WRAPPED = 4;

export function joinWrappedBranches(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as SourceLine;
    if (classifyContent(line.text).kind === "branch") {
      let k = i + 1;
      while (k < lines.length && k - i <= MAX_WRAPPED && goesOn(line.text, (lines[k] as SourceLine).text)) {
        line = { ...line, text: `${line.text.trimEnd()} ${(lines[k] as SourceLine).text.trim()}` };
        k++;
      }
      i = k - 1;
    }
    out.push(line);
  }
  return out;
}

/** The next line carries on the sentence: the branch did not end, and the next line starts nothing of its own. */
function goesOn(branch: string, next: string): boolean {
  if (isBlank(next) || ENDED.test(branch) || isListItem(next) || OWN_START.test(next)) return false;
  if (LABELLED.test(next) || classifyContent(next).kind === "branch") return false;
  // A hanging indent carries the sentence on; at the same depth only a line that starts mid-sentence (lower case) does.
  return indentOf(next) > indentOf(branch) || (indentOf(next) === indentOf(branch) && /^\s*\p{Ll}/u.test(next));
}
