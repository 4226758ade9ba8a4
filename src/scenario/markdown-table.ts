// The Markdown table lines the reader's rewrites of other table shapes (csv fences, grid tables, AsciiDoc tables)
// put in place of the original lines, so the one table reader reads them all.

/** One row; a bar inside a cell would open a new column, so it is written as a slash. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "/")).join(" | ")} |`;
}

/** The rule under the header row. */
export function markdownRule(width: number): string {
  return `|${" --- |".repeat(width)}`;
}

/** An empty header row, for a table written without one. */
export function blankHeader(width: number): string {
  return `|${"  |".repeat(width)}`;
}
