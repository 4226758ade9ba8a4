// A spreadsheet saved as comma-separated text (no fence): RFC 4180 records, a quoted cell may hold commas, "" for a
// quote and line breaks, so one record can span several source lines; each cell keeps the line it starts on.

export interface CsvCell { text: string; line: number }
export interface CsvRecord { line: number; cells: CsvCell[] }

/** The records of the text, or null when a quoted cell never closes (the text is not CSV). */
export function csvRecords(text: string, separator = ","): CsvRecord[] | null {
  const records: CsvRecord[] = [];
  let cells: CsvCell[] = [];
  let cell = "";
  let cellLine = 1;
  let recordLine = 1;
  let line = 1;
  let quoted = false;
  let sawQuote = false;
  const endCell = (): void => {
    cells.push({ text: sawQuote ? cell : cell.trim(), line: cellLine });
    cell = "";
    sawQuote = false;
    cellLine = line;
  };
  const endRecord = (): void => {
    endCell();
    if (cells.some((c) => c.text.trim() !== "")) records.push({ line: recordLine, cells });
    cells = [];
  };
  const source = text.replace(/\r\n?/g, "\n");
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? "";
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else {
        cell += ch;
        if (ch === "\n") line++;
      }
    } else if (ch === '"' && cell.trim() === "" && !sawQuote) { quoted = true; sawQuote = true; cell = ""; }
    else if (ch === separator) endCell();
    else if (ch === "\n") {
      endRecord();
      line++;
      cellLine = line;
      recordLine = line;
    } else cell += ch;
  }
  if (quoted) return null;
  endRecord();
  return records;
}
