// A record pasted from a two-column table into plain text: "Name<TAB>Ada Byrne" lines in a run inside a document that
// is otherwise prose or an outline. Each row is rewritten as the "label: value" field it stands for, line for line, so
// the record reads like any other labelled list. A whole spreadsheet export (most lines tabbed) is sheet-rows.ts's.

/** At least this many rows in a run, and at most this share of the document's lines tabbed. */
const MIN_RUN = 2;
const MAX_TABBED_SHARE = 0.5;
/** A label: short, no colon, no sentence end, not a bullet or a table cell. */
const LABEL = /^[^\s:：|`>#*\-•.。!！?？][^:：|。!！?？\t]{0,23}$/u;
const FENCE = /^\s*(?:```|~~~)/u;

function row(line: string): [string, string] | null {
  if (!line.includes("\t")) return null;
  const cells = line.split("\t").map((c) => c.trim()).filter((c) => c !== "");
  if (cells.length !== 2 || /^\s/u.test(line)) return null;
  const [label, value] = cells as [string, string];
  return LABEL.test(label) ? [label, value] : null;
}

/** The text with each run of two-cell label/value rows written as "label: value" lines; the same text otherwise. */
export function withTabbedFields(text: string): string {
  if (!text.includes("\t")) return text;
  const lines = text.split("\n");
  const nonEmpty = lines.filter((l) => l.trim() !== "").length;
  if (lines.filter((l) => l.includes("\t")).length > nonEmpty * MAX_TABBED_SHARE) return text;
  let fenced = false;
  const rows = lines.map((line) => {
    if (FENCE.test(line)) fenced = !fenced;
    return fenced ? null : row(line.replace(/\r$/u, ""));
  });
  // Each row's run length, counted in one pass each way.
  const runs = rows.map(() => 0);
  for (let i = 0; i < rows.length; i++) if (rows[i] !== null) runs[i] = (i > 0 ? runs[i - 1] ?? 0 : 0) + 1;
  for (let i = rows.length - 2; i >= 0; i--) if (rows[i] !== null && rows[i + 1] !== null) runs[i] = runs[i + 1] ?? 0;
  let changed = false;
  const out = lines.map((line, i) => {
    const here = rows[i];
    if (here === null || here === undefined || (runs[i] ?? 0) < MIN_RUN) return line;
    changed = true;
    return `${here[0]}: ${here[1]}${line.endsWith("\r") ? "\r" : ""}`;
  });
  return changed ? out.join("\n") : text;
}
