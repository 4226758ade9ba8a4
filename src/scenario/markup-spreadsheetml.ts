// An Excel 2003 XML workbook (SpreadsheetML: <Workbook>, <Worksheet ss:Name>, <Row>, <Cell><Data>) read like the other
// spreadsheet exports (sheet-rows.ts): each worksheet a heading, each row the Markdown line its cells stand for, at
// the source line of the row. A row numbered in its first cell is a step ("2. Title: words", its further cells the
// branches under it), a row whose first cell asks a question is a Q/A pair, a lone cell in a bold style (a sheet's own
// sub-title) is a heading, a lone plain cell is its text, and any other row a "label: content (notes)" item; the
// header row a table opens with names the columns and is no content.

import { decodeEntities } from "./entities.js";
import type { SheetReading } from "./sheet-rows.js";
import { classifyHeading, type SectionKind } from "./section-names.js";

/** The processing instruction Excel writes, or the workbook's namespace. */
const MARKS = [/<\?mso-application\s+progid="Excel\.Sheet"\?>/u, /<Workbook\b[^>]{0,400}urn:schemas-microsoft-com:office:spreadsheet/u];
/** The tags read, in document order; their attributes are read apart. */
const TAG = /<(\/?)(?:ss:)?(Worksheet|Table|Row|Cell|Data)\b([^>]{0,2000}?)(\/?)>/gu;
/** A style whose font is bold: the header and sub-title cells. */
const STYLE = /<Style\b([^>]{0,400})>([^]{0,2000}?)<\/Style>/gu;
const BOLD = /<Font\b[^>]{0,400}\bss:Bold="1"/u;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " " };
/** A header cell: a few words naming a column, no sentence. */
const COLUMN_NAME = /^[^.。!！?？:：]{1,24}(?:\.{3}|…)?$/u;
const STEP_NUMBER = /^\d{1,2}$/u;
const QUESTION_END = /[?？]$/u;
/** Blocks whose rows pair a case with what is said in it. */
const SPOKEN_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(["endAndClosing", "closingLines"]);

interface Cell { text: string; bold: boolean }
interface Row { line: number; cells: Cell[] }
interface Sheet { name: string; line: number; rows: Row[] }

export function isSpreadsheetMl(text: string): boolean {
  const head = text.slice(0, 4000);
  return MARKS.some((mark) => mark.test(head)) && /<(?:ss:)?Worksheet\b/u.test(text);
}

function attribute(raw: string, name: string): string | undefined {
  const at = raw.indexOf(`${name}="`);
  if (at < 0) return undefined;
  const start = at + name.length + 2;
  const end = raw.indexOf('"', start);
  return end < 0 ? undefined : raw.slice(start, end);
}

function boldStyles(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(STYLE)) {
    const id = attribute(m[1] ?? "", "ss:ID");
    if (id !== undefined && BOLD.test(m[2] ?? "")) out.add(id);
  }
  return out;
}

/** A cell's words: rich-text tags inside it dropped, references decoded, runs of space made one. */
function cellText(raw: string): string {
  return decodeEntities(raw.replace(/<[^<>]{0,200}>/gu, ""), ENTITIES).replace(/\s+/gu, " ").trim();
}

/** The worksheets, their rows and cells (an ss:Index leaves empty cells before it), each row at its source line. */
function sheetsOf(text: string): Sheet[] {
  const bold = boldStyles(text);
  const sheets: Sheet[] = [];
  let line = 1;
  let seen = 0;
  const lineAt = (index: number): number => {
    for (; seen < index; seen++) if (text.charCodeAt(seen) === 10) line++;
    return line;
  };
  let sheet: Sheet | null = null;
  let row: Row | null = null;
  let cellBold = false;
  for (const m of text.matchAll(TAG)) {
    const closing = m[1] === "/";
    const tag = m[2] ?? "";
    const attrs = m[3] ?? "";
    const index = m.index;
    if (tag === "Worksheet" && !closing) {
      sheet = { name: cellText(attribute(attrs, "ss:Name") ?? ""), line: lineAt(index), rows: [] };
      sheets.push(sheet);
    } else if (tag === "Row" && !closing && sheet !== null) {
      row = { line: lineAt(index), cells: [] };
      sheet.rows.push(row);
    } else if (tag === "Row" && closing) {
      row = null;
    } else if (tag === "Cell" && !closing && row !== null) {
      const at = Number(attribute(attrs, "ss:Index") ?? "0");
      while (at > 0 && row.cells.length < Math.min(at - 1, 64)) row.cells.push({ text: "", bold: false });
      cellBold = bold.has(attribute(attrs, "ss:StyleID") ?? "");
      row.cells.push({ text: "", bold: cellBold });
    } else if (tag === "Data" && !closing && m[4] !== "/" && row !== null) {
      const start = index + m[0].length;
      const end = text.indexOf("Data>", start);
      const cell = row.cells[row.cells.length - 1];
      if (cell !== undefined && end > start) cell.text = cellText(text.slice(start, text.lastIndexOf("<", end)));
    }
  }
  return sheets;
}

/**
 * The row opening a block of rows only names its columns: its cells are all bold, or (in a sheet styling no cell
 * bold) all short names over a row holding a sentence.
 */
function isHeader(row: Row, previous: Row | undefined, next: Row | undefined, boldSheet: boolean): boolean {
  const filled = row.cells.filter((c) => c.text !== "");
  const below = next?.cells.filter((c) => c.text !== "") ?? [];
  const opens = previous === undefined || previous.cells.filter((c) => c.text !== "").length < 2;
  if (!opens || filled.length < 2 || below.length < 2) return false;
  if (boldSheet) return filled.every((c) => c.bold);
  return filled.every((c) => COLUMN_NAME.test(c.text) && !STEP_NUMBER.test(c.text)) && below.some((c) => !COLUMN_NAME.test(c.text));
}

/** How a sheet's own sub-titles are written: under its name, or beside it when there are several (see below). */
interface Layout { subtitle: string; boldLabels: boolean; spoken: boolean }

/** The Markdown lines of one row (none for an empty one). */
function rowLines(row: Row, header: boolean, afterContent: boolean, layout: Layout): string[] {
  const filled = row.cells.filter((c) => c.text !== "");
  const [first, second, ...rest] = filled;
  if (first === undefined) return [];
  // A header inside a sheet, after other rows, opens a block of its own ("Ending / Say" under a list of rules).
  if (header) return afterContent && layout.subtitle !== "" ? [`${layout.subtitle} ${filled.map((c) => c.text).join(" / ")}`] : [];
  if (second === undefined) return [first.bold && layout.subtitle !== "" ? `${layout.subtitle} ${first.text}` : first.text];
  if (STEP_NUMBER.test(first.text)) {
    const [title, ...more] = [second, ...rest];
    const [said, ...branches] = more;
    const head = said === undefined ? `${first.text}. ${title?.text ?? ""}` : `${first.text}. ${title?.text ?? ""}: ${said.text}`;
    return [head, ...branches.map((c) => `   - ${c.text}`)];
  }
  if (QUESTION_END.test(first.text) && rest.length === 0) return [`Q: ${first.text}`, `A: ${second.text}`];
  const notes = rest.length > 0 ? ` (${rest.map((c) => c.text).join("; ")})` : "";
  // Under the endings a row pairs a case with the line said in it: the line is quoted, as a writer quotes it.
  if (layout.spoken && rest.length === 0 && !/^["“「]/u.test(second.text)) return [`- ${first.text}: “${second.text}”`];
  // A label set in bold in a sheet of such rows labels a part of the sheet ("Background | …"), not an item of a list.
  return [`${layout.boldLabels && first.bold && !second.bold ? "" : "- "}${first.text}: ${second.text}${notes}`];
}

function spokenBlock(title: string): boolean {
  const kind = classifyHeading(title, false).kind;
  return kind !== null && SPOKEN_KINDS.has(kind);
}

/** The workbook as Markdown with each line's source line, or null when the text is no SpreadsheetML workbook. */
export function spreadsheetMlRows(text: string): SheetReading | null {
  if (!isSpreadsheetMl(text)) return null;
  const sheets = sheetsOf(text);
  if (sheets.length === 0) return null;
  const out: string[] = [];
  const lineOf: number[] = [];
  const push = (value: string, no: number): void => { out.push(value); lineOf.push(no); };
  for (const sheet of sheets) {
    if (out.length > 0) push("", sheet.line);
    push(`## ${sheet.name}`, sheet.line);
    let afterContent = false;
    const boldSheet = sheet.rows.some((row) => row.cells.some((c) => c.bold && c.text !== ""));
    const headers = sheet.rows.map((row, k) => isHeader(row, sheet.rows[k - 1], sheet.rows[k + 1], boldSheet));
    // One title row is the sheet's title, a line of text under its name (a heading there could name another side
    // than the sheet's); several sub-titles divide the sheet into parts of their own, written beside its name (under
    // it, a sheet named for one part would hold the others as items).
    const subtitles = sheet.rows.filter((row, k) => (k > 0 && headers[k] === true) || row.cells.filter((c) => c.text !== "").every((c) => c.bold) && row.cells.filter((c) => c.text !== "").length === 1).length;
    const layout: Layout = { subtitle: subtitles >= 2 ? "##" : "", boldLabels: sheet.rows.filter((row) => row.cells[0]?.bold === true && row.cells[1]?.bold === false).length >= 2, spoken: false };
    layout.spoken = spokenBlock(sheet.name);
    sheet.rows.forEach((row, k) => {
      const lines = rowLines(row, headers[k] === true, afterContent, layout);
      // A sub-title or a header inside the sheet names the block below it.
      if (lines.length === 1 && lines[0]?.startsWith("#") === true) layout.spoken = spokenBlock(lines[0].replace(/^#+\s*/u, ""));
      else if (headers[k] === true) layout.spoken = spokenBlock(row.cells.map((c) => c.text).join(" "));
      // A row with nothing in it ends the block above: a blank line, as between paragraphs.
      if (lines.length === 0 && row.cells.every((c) => c.text === "")) push("", row.line);
      for (const value of lines) push(value, row.line);
      if (lines.some((value) => !value.startsWith("#"))) afterContent = true;
    });
  }
  return { text: out.join("\n"), lineOf };
}
