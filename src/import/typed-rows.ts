// A table exported as tab-separated rows whose first column says what each row is (a kind column: "step", "faq",
// "customer.name") → the tree it spells: a kind on one row a value (a dotted kind a nested one), a kind on several
// rows a list of records under the header's names; a row switched off in a yes/no column is left out, as the
// program that reads the table leaves it out.

import { isBranchesKey } from "./branch-lists.js";

type Tree = Record<string, unknown>;

const MIN_ROWS = 6;
/** Most non-empty, non-comment lines hold a tab. */
const MIN_TABBED_SHARE = 0.8;
/** A kind column has few values: at most this share of the data rows are distinct kinds. */
const MAX_KIND_SHARE = 0.75;
/** A kind that repeats on at least this many rows makes the column a kind column (a list, not one row per key). */
const MIN_REPEATS = 3;
/** Cell values of a switch column, on and off. */
const ON_WORDS = new Set(["yes", "y", "true", "1", "on", "是", "启用", "√", "✓"]);
const OFF_WORDS = new Set(["no", "n", "false", "0", "off", "否", "停用", "×", "✗"]);
/** A line a spreadsheet export puts before its header (`# exported from …`). */
const COMMENT_LINE = /^\s*(?:#|\/\/)/u;

const lower = (v: string): string => v.trim().toLowerCase();

function rowsOf(text: string): string[][] | null {
  const lines = text.split(/\r\n|\r|\n/u).filter((l) => l.trim() !== "" && !COMMENT_LINE.test(l));
  const tabbed = lines.filter((l) => l.includes("\t"));
  if (tabbed.length < MIN_ROWS || tabbed.length < lines.length * MIN_TABBED_SHARE) return null;
  return tabbed.map((l) => l.split("\t").map((c) => c.trim()));
}

/** A column of switch values only, some of them off. */
function switchColumn(rows: readonly string[][], width: number): number | null {
  for (let c = 0; c < width; c++) {
    const values = rows.map((r) => lower(r[c] ?? "")).filter((v) => v !== "");
    if (values.length >= rows.length * MIN_TABBED_SHARE && values.every((v) => ON_WORDS.has(v) || OFF_WORDS.has(v)) && values.some((v) => OFF_WORDS.has(v))) return c;
  }
  return null;
}

/** A column whose filled cells are all small numbers (a row's step number). */
function numberColumn(rows: readonly string[][], width: number, skip: ReadonlySet<number>): number | null {
  for (let c = 1; c < width; c++) {
    if (skip.has(c)) continue;
    const values = rows.map((r) => r[c] ?? "").filter((v) => v !== "");
    if (values.length > 0 && values.every((v) => /^\d{1,3}$/u.test(v))) return c;
  }
  return null;
}

/** `{key}` in a text filled from the table's own one-row values (`{company}`, `{customer.name}`). */
function filled(tree: Tree): Tree {
  const lookup = (path: string): string | null => {
    let at: unknown = tree;
    for (const key of path.split(".")) at = typeof at === "object" && at !== null && !Array.isArray(at) ? (at as Tree)[key] : undefined;
    return typeof at === "string" ? at : null;
  };
  const fill = (v: unknown): unknown => {
    if (typeof v === "string") return v.replace(/\{([^{}\s]{1,40})\}/gu, (whole, key: string) => lookup(key) ?? whole);
    if (Array.isArray(v)) return v.map(fill);
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(tree) as Tree;
}

/**
 * A listed row as a record the outline reader knows: its number, and its texts as a pair (a question and its answer,
 * a condition and what to do then) when every row of its kind fills both, else as a line and a note on it.
 */
function recordOf(kind: string, number: string, texts: readonly string[], paired: boolean): Tree {
  const [first = "", second = ""] = texts;
  if (paired) return isBranchesKey(kind) ? { ...(number === "" ? {} : { after: number }), if: first, then: second } : { q: first, a: second };
  return { ...(number === "" ? {} : { n: number }), ...(first === "" ? {} : { say: first }), ...(second === "" ? {} : { note: second }) };
}

/** The table's tree, or null when its first column is no kind column under a header. */
export function typedRowsTree(text: string): Tree | null {
  const rows = rowsOf(text);
  if (rows === null) return null;
  const [header, ...data] = rows as [string[], ...string[][]];
  const width = header.length;
  if (width < 3 || header.some((h) => h === "") || data.some((r) => (r[0] ?? "") === "")) return null;
  const counts = new Map<string, number>();
  for (const r of data) counts.set(r[0] as string, (counts.get(r[0] as string) ?? 0) + 1);
  if (counts.size > data.length * MAX_KIND_SHARE || ![...counts.values()].some((n) => n >= MIN_REPEATS)) return null;
  const off = switchColumn(data, width);
  const live = data.filter((r) => off === null || !OFF_WORDS.has(lower(r[off] ?? "")));
  const number = numberColumn(live, width, new Set(off === null ? [] : [off]));
  const textColumns = Array.from({ length: width }, (_, c) => c).filter((c) => c > 0 && c !== off && c !== number);
  const textsOf = (r: readonly string[]): string[] => textColumns.map((c) => r[c] ?? "");
  const listed = (kind: string): boolean => (counts.get(kind) ?? 0) > 1 || live.some((r) => r[0] === kind && number !== null && (r[number] ?? "") !== "");
  // A dotted kind (`customer.name`) names one field of a record: its second text is a note on it, never an answer.
  const paired = (kind: string): boolean => !kind.includes(".") && live.filter((r) => r[0] === kind).every((r) => textsOf(r).filter((t) => t !== "").length >= 2);
  const tree: Tree = {};
  for (const row of live) {
    const kind = row[0] as string;
    const texts = textsOf(row);
    if (listed(kind) || paired(kind)) {
      ((tree[kind] ??= []) as unknown[]).push(recordOf(kind, number === null ? "" : row[number] ?? "", texts, paired(kind)));
      continue;
    }
    const path = kind.split(".");
    let at = tree;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Tree;
    at[path.at(-1) as string] = texts.find((t) => t !== "") ?? "";
  }
  return Object.keys(tree).length >= 2 ? filled(tree) : null;
}
