// Typst markup → the Markdown it spells: `#let` values filled in where `#name` uses them, comments dropped, `=`
// headings, `+` auto-numbered items numbered, `/ term: description` as items, a two-column `#table` as
// "cell: cell" items, and a function's content block (`#block(…)[…]`) kept as its content.

/** Typst shows itself by these set-up lines (at least two) next to a `=` heading. */
const SETUP = /^#(?:set|let|show|import)\b/gmu;
const MIN_SETUP_LINES = 2;

export const isTypst = (text: string): boolean => (text.match(SETUP)?.length ?? 0) >= MIN_SETUP_LINES && /^\s*(?:#\w+(?:\([^)]*\))?\[)?=+ \S/mu.test(text);

/** The `[cell]` list of a `#table(columns: n, …)` as items of its rows. */
function tableItems(columns: number, body: string): string {
  const cells = [...body.matchAll(/\[([^\]]*)\]/gu)].map((m) => (m[1] ?? "").trim());
  const rows: string[] = [];
  for (let i = 0; i + columns <= cells.length; i += columns) rows.push(`- ${cells.slice(i, i + columns).join(columns === 2 ? ": " : " | ")}`);
  return rows.join("\n");
}

/** `#name` where a `#let` value of that name is used (not a call `#name(` nor a block `#name[`). */
function uses(values: Map<string, string>): RegExp {
  const names = [...values.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[-]/gu, "\\-"));
  return names.length === 0 ? /(?!)/u : new RegExp(`#(${names.join("|")})(?![\\p{L}\\p{N}([-])`, "gu");
}

export function typstText(text: string): string | null {
  const values = new Map<string, string>();
  for (const m of text.matchAll(/^#let\s+([\p{L}\p{N}_-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/gmu)) values.set(m[1] ?? "", m[2] ?? "");
  let body = text
    .replace(/\/\*[\s\S]*?\*\//gu, "")
    .replace(/^\s*\/\/.*$/gmu, "")
    .replace(/^#(?:set|let|show|import)\b.*$/gmu, "")
    .replace(uses(values), (m, name: string) => values.get(name) ?? m)
    .replace(/#table\(\s*columns:\s*(\d+),([\s\S]*?)\n\s*\)/gu, (_m, n: string, cells: string) => tableItems(Number(n), cells));
  // Content blocks of functions (#align, #block, #text…), innermost first: their content stays.
  for (let previous = ""; previous !== body;) {
    previous = body;
    body = body.replace(/#[\w.]+(?:\([^()]*\))?\[([^[\]]*)\]/gu, "$1");
  }
  // Strong (*…*) and emphasis (_…_) marks carry no words: dropped, the words kept.
  body = body.replace(/(^|[\s([])([*_])(\S(?:[^*_\n]*\S)?)\2(?=$|[\s.,;:!?)\]])/gmu, "$1$3");
  let counter = 0;
  const lines = body.split(/\r?\n/u).map((line) => {
    const heading = /^(\s*)(=+) (.*)$/u.exec(line);
    if (heading !== null) { counter = 0; return `${"#".repeat(heading[2]?.length ?? 1)} ${heading[3] ?? ""}`; }
    const auto = /^\+ (.*)$/u.exec(line);
    if (auto !== null) return `${++counter}. ${auto[1] ?? ""}`;
    const term = /^\/ ([^:]+):\s*(.*)$/u.exec(line);
    if (term !== null) return `- ${term[1] ?? ""}: ${term[2] ?? ""}`;
    if (line.trim() === "") return "";
    if (!/^\s/u.test(line)) counter = 0;
    return /^\s+\S/u.test(line) ? `   ${line.trim()}` : line;
  });
  const result = lines.join("\n").replace(/\n{3,}/gu, "\n\n").trim();
  return result === "" ? null : result;
}
