// "**3.1** Confirm the date: “…”", "__2.__ Offer a slot": a list number set in bold before its item's words is the
// item's number; unbolded, the line reads as the numbered item it is, not as a bold label over a paragraph.

import type { SourceLine } from "./lines.js";

/** A bolded outline number ("3.1", "2.", "4") at the start of a line, with the item's words after it. */
const BOLD_NUMBER = /^(\s*)(?:\*\*|__)(\d{1,2}(?:\.\d{1,2}){0,3}\.?)(?:\*\*|__)[ \t]+(?=\S)/u;

export function withPlainNumbers(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((line) => {
    if (line.code === true) return line;
    const m = BOLD_NUMBER.exec(line.text);
    if (m === null) return line;
    const number = m[2] ?? "";
    // "**3**" alone is no outline number a reader knows: written "3." as a list would number it.
    const plain = /[.]/u.test(number) ? number : `${number}.`;
    return { ...line, text: `${m[1] ?? ""}${plain} ${line.text.slice(m[0].length)}` };
  });
}
