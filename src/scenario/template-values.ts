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
/** "name=value" inside a line, the value running to the next separator. */
const PAIR = new RegExp(String.raw`(?<![\w.])${NAME}\s*[=＝]\s*([^；;，,）)\n=＝]{1,80}?)\s*(?=[；;，,）)]|$)`, "gu");
/** So many pairs on one line make it a list of values, not a sentence with an equals sign. */
const MIN_PAIRS = 2;
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
  // "（测试取值：owner=某某；plate=…）", "(test values: name=Ann Lee; ref=A12)": one line of name=value pairs, each
  // name a placeholder the text uses, gives the values of them all.
  const used = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
  lines.forEach((line, i) => {
    const pairs = [...line.matchAll(PAIR)].filter((m) => used.has(m[1] as string) && !values.has(m[1] as string));
    if (pairs.length < MIN_PAIRS) return;
    for (const m of pairs) values.set(m[1] as string, (m[2] ?? "").trim());
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
