// A table of template values ("| {{first_name}} | Ann |", "| ${plate} | the car's plate | AB 123 |"): every row
// names a placeholder a platform fills in and gives its value, so the table is a record of fields, never a script.
// Each row reads as "label：value", its label the row's own description when it has one, else the placeholder's name.

/** A cell that is one placeholder, in braces or a dollar's braces, maybe in a code span. */
const PLACEHOLDER_CELL = /^`?(?:\{\{\s*([\p{L}_][\p{L}\p{N}_.]{0,40})\s*\}\}|\$\{\s*([\p{L}_][\p{L}\p{N}_.]{0,40})\s*\})`?$/u;
/** So many rows make a table of values, not a chance cell. */
const MIN_ROWS = 2;

/** The placeholder a cell is, as words ("customer_name" → "customer name"), or null. */
export function placeholderName(cell: string): string | null {
  const m = PLACEHOLDER_CELL.exec(cell.trim());
  return m === null ? null : (m[1] ?? m[2] ?? "").replace(/[_.]+/gu, " ").trim();
}

/** The body rows (header first, then rows) are all placeholders with a value after them. */
export function isPlaceholderTable(rows: readonly (readonly string[])[]): boolean {
  const body = rows.slice(1).filter((cells) => cells.some((cell) => cell !== ""));
  return body.length >= MIN_ROWS && body.every((cells) => cells.length >= 2 && placeholderName(cells[0] ?? "") !== null && (cells.at(-1) ?? "") !== "");
}

/** A row as a field's two cells: its description (a middle cell) or the placeholder's name, and its value. */
export function placeholderField(cells: readonly string[]): [string, string] {
  const described = cells.length >= 3 ? (cells[1] ?? "").trim() : "";
  return [described !== "" ? described : (placeholderName(cells[0] ?? "") ?? ""), (cells.at(-1) ?? "").trim()];
}
