// A prompt's own table of template values ("| `{{customer_name}}` | Ms A. Example |", "- {{order_no}}: 4411"): a
// voice platform fills each placeholder in with its value when it places the call, so the reading fills it in too.
// Line for line (every line keeps its number); the rows that give the values are left as written.

/** A placeholder's name: a word with dots or underscores, as platforms write them. */
const NAME = String.raw`([A-Za-z_][\w.]{0,40})`;
/** A code span's mark around a placeholder, optional. */
const TICK = "`?";
/** A placeholder's name in a table of values: in any script ("{{客户姓名}}"), the way a team names its fields. */
const TABLE_NAME = String.raw`([\p{L}_][\p{L}\p{N}_.]{0,40})`;
/** "| `{{name}}` | value |", "| ${name} | what it is | value |": a table row giving a value in its last cell. */
const ROW = new RegExp(String.raw`^\s*\|\s*${TICK}(?:\{\{\s*${TABLE_NAME}\s*\}\}|\$\{\s*${TABLE_NAME}\s*\})${TICK}\s*\|([^\n]*)$`, "u");
/** "- {{name}}: value", "* `{{name}}` = value": a list item giving a value. */
const ITEM = new RegExp(String.raw`^\s*[-*+]\s+${TICK}\{\{\s*${NAME}\s*\}\}${TICK}\s*[:：=]\s*(.+?)\s*$`, "u");
/** "name=value" inside a line, the value running to the next separator. */
const PAIR = new RegExp(String.raw`(?<![\w.])${NAME}\s*[=＝]\s*([^；;，,）)\n=＝]{1,80}?)\s*(?=[；;，,）)]|$)`, "gu");
/** So many pairs on one line make it a list of values, not a sentence with an equals sign. */
const MIN_PAIRS = 2;
const PLACEHOLDER = new RegExp(String.raw`\{\{\s*${NAME}\s*\}\}`, "gu");
/** A placeholder as a table of values names it: "{{name}}" or "${name}", in any script. */
const ANY_PLACEHOLDER = new RegExp(String.raw`\{\{\s*${TABLE_NAME}\s*\}\}|\$\{\s*${TABLE_NAME}\s*\}`, "gu");

/** A table row's value: its last cell with words in it ("| ${a} | what it is | value |" → "value"). */
function rowValue(m: RegExpExecArray): { name: string; value: string } {
  const cells = (m[3] ?? "").split("|").map((cell) => cell.trim());
  return { name: m[1] ?? m[2] ?? "", value: cells.filter((cell) => cell !== "").at(-1) ?? "" };
}

export interface FilledText { text: string; filled: number; names: string[] }

/** The text with each placeholder its own table of values gives filled in, or the text unchanged. */
export function withTemplateValues(text: string): FilledText {
  if (!text.includes("{{") && !text.includes("${")) return { text, filled: 0, names: [] };
  const lines = text.split("\n");
  const values = new Map<string, string>();
  const rows = new Set<number>();
  lines.forEach((line, i) => {
    const row = ROW.exec(line);
    const item = row === null ? ITEM.exec(line) : null;
    const { name, value } = row !== null ? rowValue(row) : { name: item?.[1] ?? "", value: item?.[2]?.trim() ?? "" };
    if (name === "" || value === "" || value.includes("{{") || value.includes("${") || /^[-–—]+$/u.test(value)) return;
    values.set(name, value);
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
  const out = lines.map((line, i) => (rows.has(i) ? line : line.replace(ANY_PLACEHOLDER, (whole, braced?: string, dollar?: string) => {
    const value = values.get(braced ?? dollar ?? "");
    if (value === undefined) return whole;
    filled++;
    return value;
  })));
  return { text: out.join("\n"), filled, names: [...values.keys()] };
}
