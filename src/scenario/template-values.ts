// A prompt's own table of template values ("| `{{customer_name}}` | Ms A. Example |", "- {{order_no}}: 4411"): a
// voice platform fills each placeholder in with its value when it places the call, so the reading fills it in too.
// Line for line (every line keeps its number); the rows that give the values are left as written.

/** A placeholder's name: a word with dots or underscores, as platforms write them. */
const NAME = String.raw`([A-Za-z_][\w.]{0,40})`;
/** A code span's mark around a placeholder, optional. */
const TICK = "`?";
/** "| `{{name}}` | value |": a table row giving a value. */
const ROW = new RegExp(String.raw`^\s*\|\s*${TICK}\{\{\s*${NAME}\s*\}\}${TICK}\s*\|\s*([^|]*?)\s*\|`, "u");
/** "- {{name}}: value", "* `{{name}}` = value": a list item giving a value. */
const ITEM = new RegExp(String.raw`^\s*[-*+]\s+${TICK}\{\{\s*${NAME}\s*\}\}${TICK}\s*[:：=]\s*(.+?)\s*$`, "u");
const PLACEHOLDER = new RegExp(String.raw`\{\{\s*${NAME}\s*\}\}`, "gu");

export interface FilledText { text: string; filled: number; names: string[] }

/** The text with each placeholder its own table of values gives filled in, or the text unchanged. */
export function withTemplateValues(text: string): FilledText {
  if (!text.includes("{{")) return { text, filled: 0, names: [] };
  const lines = text.split("\n");
  const values = new Map<string, string>();
  const rows = new Set<number>();
  lines.forEach((line, i) => {
    const m = ROW.exec(line) ?? ITEM.exec(line);
    const value = m?.[2]?.trim() ?? "";
    if (m === null || value === "" || value.includes("{{") || /^[-–—]+$/u.test(value)) return;
    values.set(m[1] as string, value);
    rows.add(i);
  });
  if (values.size === 0) return { text, filled: 0, names: [] };
  let filled = 0;
  const out = lines.map((line, i) => (rows.has(i) ? line : line.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values.get(name);
    if (value === undefined) return whole;
    filled++;
    return value;
  })));
  return { text: out.join("\n"), filled, names: [...values.keys()] };
}
