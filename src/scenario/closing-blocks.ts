// A closings section written as labels on lines of their own, each over its line indented under it and wrapped over
// several lines ("W1  Booked:" over '    "Lovely, that's you booked … bye."'): each label and its joined line become one
// item "- label: “line”", so the label is the ending's condition and the line its closing, said whole.
import { indentOf, isBlank, type SourceLine } from "./lines.js";
import type { RawSection } from "./sections.js";
import { CLOSING_KINDS } from "./closing-label-sections.js";

/** "W3  Call back:", "Booked at the office:": a short label ending on a colon, nothing quoted. */
const LABEL = /^\s*(\S[^“”"「」]{0,90}?)\s*[:：]\s*$/u;
const OPENS_QUOTE = /^\s*[“"「『]/u;
/** So many labelled blocks make the section's form. */
const MIN_BLOCKS = 2;

interface Block { label: SourceLine; text: string }

function blocksOf(body: readonly SourceLine[]): Block[] | null {
  const blocks: Block[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as SourceLine;
    if (isBlank(line.text)) continue;
    const label = LABEL.exec(line.text);
    const first = body[i + 1];
    if (label === null || first === undefined || !OPENS_QUOTE.test(first.text) || indentOf(first.text) <= indentOf(line.text)) return null;
    let end = i + 1;
    while (end < body.length && !isBlank((body[end] as SourceLine).text) && indentOf((body[end] as SourceLine).text) > indentOf(line.text)) end++;
    const said = body.slice(i + 1, end).map((l) => l.text.trim()).join(" ").replace(/^[“"「『]|[”"」』]$/gu, "");
    blocks.push({ label: { ...line, text: (label[1] ?? "").trim() }, text: said });
    i = end - 1;
  }
  return blocks.length >= MIN_BLOCKS ? blocks : null;
}

export function closingBlocks(sections: readonly RawSection[]): RawSection[] {
  return sections.map((s) => {
    if (s.kind === null || !CLOSING_KINDS.has(s.kind)) return s;
    const blocks = blocksOf(s.body);
    if (blocks === null) return s;
    return { ...s, body: blocks.map((b) => ({ no: b.label.no, text: `- ${b.label.text}: “${b.text}”` })) };
  });
}
