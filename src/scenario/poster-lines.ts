// A desk card or poster typed in plain text: titles framed by runs of one mark ("~~~~ THE CALL ~~~~", "┌── THE
// CUSTOMER ──┐", "╔══ NOTES ══╗"), box sides ("│ … │", "* … *"), border-only lines and dotted leaders
// ("CALLER ........ Ann") → Markdown, line for line: each framed title a heading, a box's text its lines, a
// leader row a "- label: value" field, a lone mark before a capital title ("⚠ RULES") a heading.

/** A title between two runs of the same frame mark, or inside a box's top edge. */
const FRAMED_TITLE = /^\s*(?:[~=*#＝～]{3,}|[┌╔╭+][─═━-]{2,})\s+(\S(?:.{0,70}\S)?)\s+(?:[~=*#＝～]{3,}|[─═━-]{2,}[┐╗╮+])\s*$/u;
/** A line of frame marks only (a box's edge, a banner's rule). */
const BORDER = /^\s*[~=*#＝～─═━│║┌┐└┘╔╗╚╝╭╮╰╯+|-]{8,}\s*$/u;
/** A box side: the text between two side marks. */
const BOX_SIDE = /^\s*([│║*#|])\s(.*?)\s*\1\s*$/u;
/** "LABEL ........ value", "Agreed ......... “…”": a leader of dots (three or more) joins a label to its value. */
const LEADER = /^(\s*)(\S[^.…]{0,40}?)\s*(?:\.{3,}|…{2,}|·{3,})\s*(\S.*)$/u;
/** "⚠ RULES", "☎ SIGN-OFFS": a symbol, then a title in capitals. */
const MARKED_TITLE = /^\s*[^\p{L}\p{N}\s"“'‘(（[]\s+(\p{Lu}[\p{Lu}\d\s&/'’,-]{2,60})\s*$/u;

const CIRCLED = /^(\s*)([①-⑳])\s*(\S.*)$/u;
const ASKED = /^(\s*)[?？]\s+(\S.{0,200}?)\s{2,}[!！]\s+(\S.*)$/u;

export function hasPosterMarks(lines: readonly string[]): boolean {
  const framed = lines.filter((line) => FRAMED_TITLE.test(line)).length;
  const leaders = lines.filter((line) => LEADER.test(line)).length;
  const borders = lines.filter((line) => BORDER.test(line)).length;
  return framed >= 2 && borders >= 2 && leaders >= 2;
}

export function posterLines(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const framed = FRAMED_TITLE.exec(line);
    if (framed !== null) return `## ${framed[1] ?? ""}`;
    if (BORDER.test(line)) return "";
    const side = BOX_SIDE.exec(line);
    const text = side === null ? line : `${side[2] ?? ""}`;
    if (text.trim() === "") return "";
    const marked = MARKED_TITLE.exec(text);
    if (marked !== null) return `## ${marked[1]?.trim() ?? ""}`;
    // "① GREET  “…”": a circled number is the step's number; a title in capitals set off by two spaces, its title.
    const circled = CIRCLED.exec(text);
    if (circled !== null) {
      const n = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".indexOf(circled[2] ?? "") + 1;
      const titled = /^(\p{Lu}[\p{Lu}\d\s&/'’,-]{1,40}?)\s{2,}(\S.*)$/u.exec(circled[3] ?? "");
      return `${circled[1] ?? ""}${n}. ${titled === null ? circled[3] ?? "" : `${titled[1]?.trim() ?? ""}: ${titled[2] ?? ""}`}`;
    }
    // "? Is it free?    ! Yes.": a question and its answer side by side.
    const asked = ASKED.exec(text);
    if (asked !== null) return `${asked[1] ?? ""}Q: ${asked[2] ?? ""} A: ${asked[3] ?? ""}`;
    const leader = LEADER.exec(text);
    if (leader !== null) return `${leader[1] ?? ""}- ${leader[2]?.trim() ?? ""}: ${leader[3] ?? ""}`;
    return text;
  });
}
