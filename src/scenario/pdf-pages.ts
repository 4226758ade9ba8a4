// Text converted from a PDF: each page repeats a running header and footer ("COMPANY … Page 2 of 3") and the rules
// under and over them, and the printed section titles stand as "4  IF ASKED" (a number, a gap, a title in capitals).
// Line for line: the page furniture is blanked (it cuts sections and lists in two), and a printed section title is
// written with its number's dot ("4. IF ASKED"), as the reader knows a numbered title. The sheet's control line
// ("Document: … Owner: … Printed: …", several labelled fields on one line) and the lines with it under the first header
// (a converter's note) are furniture too.

/** "Page 2 of 3", "p. 2/3", "第2页 共3页", "第 2 页": a page count. */
const PAGE_COUNT = /\bpage\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}\b|\bp\.\s*\d{1,3}\s*\/\s*\d{1,3}\b|第\s*\d{1,3}\s*页/iu;
const RULE = /^\s*[-=_─━]{10,}\s*$/;
/** Furniture recurs on this many pages at least. */
const MIN_PAGES = 2;
/** "4  IF ASKED", "12   CLOSINGS": a printed section number, two or more spaces, a title in capitals. */
const PRINTED_TITLE = /^(\d{1,2})[ \t]{2,}(\p{Lu}[\p{Lu}\d ,&/'’-]{1,60}(?:\([^()\n]{0,60}\))?)[ \t]*$/u;
/** Several "Label: value" fields on one line, parted by wide gaps: a document control line. */
const CONTROL_FIELD = /\p{L}[\p{L} ]{0,20}:[ \t]*\S/gu;
const GAP = /\S[ \t]{3,}\S/;
const MIN_CONTROL_FIELDS = 3;

/** A line with its figures made alike: the same header on every page reads the same. */
const shape = (line: string): string => line.trim().replace(/\d+/g, "#").replace(/\s+/g, " ");

function furniture(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  // A running header is laid out across the page (pieces parted by wide gaps); a slide banner is no page furniture.
  for (const line of lines) if (PAGE_COUNT.test(line) && GAP.test(line)) counts.set(shape(line), (counts.get(shape(line)) ?? 0) + 1);
  return new Set([...counts.entries()].filter(([, n]) => n >= MIN_PAGES).map(([s]) => s));
}

export function isPdfText(lines: readonly string[]): boolean {
  return furniture(lines).size > 0;
}

export function pdfTextLines(lines: readonly string[]): string[] {
  const running = furniture(lines);
  const out = [...lines];
  const first = lines.findIndex((l) => running.has(shape(l)));
  // The first page's header block runs from its running header to the first blank line, when it holds a control line.
  let headBlockEnd = first;
  while (first >= 0 && headBlockEnd + 1 < lines.length && (lines[headBlockEnd + 1] ?? "").trim() !== "") headBlockEnd++;
  const control = lines.slice(first + 1, headBlockEnd + 1).some((l) => GAP.test(l) && (l.match(CONTROL_FIELD) ?? []).length >= MIN_CONTROL_FIELDS);
  if (!control) headBlockEnd = first;
  lines.forEach((line, i) => {
    if (running.has(shape(line))) {
      out[i] = "";
      // The rule under a header, or over a footer.
      if (RULE.test(lines[i + 1] ?? "")) out[i + 1] = "";
      if (RULE.test(lines[i - 1] ?? "")) out[i - 1] = "";
      return;
    }
    const title = PRINTED_TITLE.exec(line);
    if (title !== null) { out[i] = `${title[1] ?? ""}. ${(title[2] ?? "").trim()}`; return; }
    if (i > first && i <= headBlockEnd) out[i] = "";
  });
  return out;
}
