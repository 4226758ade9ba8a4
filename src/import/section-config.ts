// Sectioned configuration text (INI, TOML, .cfg / .conf, systemd-style units) → the tree its sections spell:
// `[a.b]` a record at a → b, `[[a]]` one more record in the list a, `key = value` fields inside; a section or key
// ending in a number (`[步骤2]`, `q2`) is the second of a list; commented-out lines are gone, as for the program.

import { listsFromNumberKeys, setPath } from "./dotted-keys.js";

type Tree = Record<string, unknown>;

const SECTION = /^\s*(\[\[?)\s*([^\]\n]+?)\s*\]\]?\s*(?:[#;].*)?$/u;
// A bare key is words joined by single spaces, dots or dashes: no run of blanks the `\s*` after it could also take
// (an 80k-blank line took 2.5 s with the key's blanks and the separator's overlapping).
const FIELD = /^\s*("[^"\n]+"|'[^'\n]+'|[\p{L}\p{N}_][\p{L}\p{N}_.-]*(?: [\p{L}\p{N}_.-]+)*)\s*[=:]\s*(.*)$/u;
const COMMENT = /^\s*[#;]/u;
/** A name ending in its number ("步骤2", "step_3", "q1"): the stem and the number. */
const NUMBERED = /^(.*?\D)[\s_.-]?(\d{1,3})$/u;

/** Several `[section]` lines and nearly every other line a field, a comment or a multi-line string's part. */
export function isSectionConfig(text: string): boolean {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== "" && !COMMENT.test(l));
  const sections = lines.filter((l) => SECTION.test(l)).length;
  const fields = lines.filter((l) => !SECTION.test(l) && FIELD.test(l)).length;
  return sections >= 2 && fields >= 3 && sections + fields >= lines.length * 0.85;
}

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "", '"': '"', "\\": "\\" };
const unquote = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})|\\(.)/gu, (_m, hex: string | undefined, c: string | undefined) => (hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : ESCAPES[c ?? ""] ?? c ?? ""));

/** A value as written: a quoted string, an inline list of strings, true/false, or the bare text (a trailing comment dropped). */
function valueOf(raw: string): unknown {
  const text = raw.trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/u.exec(text);
  if (quoted !== null) return quoted[1] !== undefined ? unquote(quoted[1]) : quoted[2];
  if (/^\[.*\]$/u.test(text)) return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/gu)].map((m) => (m[1] !== undefined ? unquote(m[1]) : m[2] ?? ""));
  if (/^(?:true|false)$/iu.test(text)) return text.toLowerCase() === "true";
  // A registry flag (`dword:00000000`) is off or on; any other dword its number.
  const dword = /^dword:([0-9a-f]{1,8})$/iu.exec(text);
  if (dword !== null) { const n = parseInt(dword[1] ?? "0", 16); return n <= 1 ? n === 1 : n; }
  return text.replace(/\s+[#;].*$/u, "");
}

/** A dotted or quoted name as its path; a last part ending in a number as stem and number. */
function pathOf(name: string): string[] {
  // A registry key's path is parted by backslashes, as a TOML table's by dots.
  const parts = [...name.matchAll(/"([^"]*)"|'([^']*)'|([^.\\]+)/gu)].map((m) => (m[1] ?? m[2] ?? m[3] ?? "").trim());
  return parts.flatMap((p) => {
    const numbered = NUMBERED.exec(p);
    return numbered === null ? [p] : [(numbered[1] ?? "").trim(), numbered[2] ?? ""];
  });
}

/** Within a record, keys numbered alike under several stems (q1/a1, q2/a2) are one record per number. */
function groupNumbered(record: Tree): Tree {
  const numbered = Object.keys(record).filter((k) => NUMBERED.test(k));
  const stems = new Set(numbered.map((k) => NUMBERED.exec(k)?.[1] ?? ""));
  if (numbered.length < 2) return record;
  // Stems numbered alike pair up (q1/a1, q2/a2; objection1/reply1): each such family's records follow the last's.
  const numbersOf = (stem: string): string => numbered.filter((k) => NUMBERED.exec(k)?.[1] === stem).map((k) => Number(NUMBERED.exec(k)?.[2])).sort((a, b) => a - b).join(",");
  const families = [...new Set([...stems].map(numbersOf))];
  const offset = new Map<string, number>();
  let base = 0;
  for (const family of families) { offset.set(family, base); base += Math.max(...family.split(",").map(Number)); }
  const out: Tree = {};
  for (const [key, value] of Object.entries(record)) {
    const m = NUMBERED.exec(key);
    if (m === null) { out[key] = value; continue; }
    const n = String(Number(m[2]) + (offset.get(numbersOf(m[1] ?? "")) ?? 0));
    // Several stems: a record per number; one stem: a list under the stem.
    setPath(out, stems.size > 1 ? [n, (m[1] ?? "").trim()] : [(m[1] ?? "").trim(), m[2] ?? ""], value);
  }
  return out;
}

export function sectionConfigTree(text: string): Tree | null {
  const tree: Tree = {};
  let at: Tree = tree;
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "" || COMMENT.test(line)) continue;
    const section = SECTION.exec(line);
    if (section !== null) {
      // `[-KEY]` deletes the key (a registry export): nothing under it is kept.
      if ((section[2] ?? "").startsWith("-")) { at = {}; continue; }
      const path = pathOf(section[2] ?? "");
      if (section[1] === "[[") {
        // One more record in the list the name spells.
        const parentPath = path.slice(0, -1);
        let parent: Tree = tree;
        for (const p of parentPath) { if (typeof parent[p] !== "object" || parent[p] === null) parent[p] = {}; parent = parent[p] as Tree; }
        const key = path[path.length - 1] ?? "";
        const list = Array.isArray(parent[key]) ? parent[key] as Tree[] : [];
        at = {};
        list.push(at);
        parent[key] = list;
      } else {
        at = tree;
        for (const p of path) { if (typeof at[p] !== "object" || at[p] === null || Array.isArray(at[p])) at[p] = {}; at = at[p] as Tree; }
      }
      continue;
    }
    const field = FIELD.exec(line);
    if (field === null) continue;
    let raw = field[2] ?? "";
    // A multi-line string ("""…""" or '''…''') runs to its closing quotes.
    const fence = /^\s*("""|''')/u.exec(raw)?.[1];
    if (fence !== undefined && raw.trim().length > 3 && raw.trim().endsWith(fence) && raw.trim().length >= 6) raw = raw.trim().slice(3, -3);
    else if (fence !== undefined) {
      const body: string[] = [raw.trim().slice(3)];
      while (i + 1 < lines.length && !(lines[i + 1] ?? "").includes(fence)) body.push(lines[++i] ?? "");
      if (i + 1 < lines.length) body.push((lines[++i] ?? "").split(fence)[0] ?? "");
      at[(field[1] ?? "").replace(/^["']|["']$/gu, "")] = body.join("\n").replace(/^\n/u, "").trimEnd();
      continue;
    }
    at[(field[1] ?? "").replace(/^["']|["']$/gu, "")] = fence === undefined ? valueOf(raw) : raw;
  }
  const grouped = regroup(tree);
  const out = listsFromNumberKeys(grouped);
  return typeof out === "object" && out !== null && !Array.isArray(out) && Object.keys(out).length > 0 ? out as Tree : null;
}

/** Sections named with their number (`[步骤1]`, `[step 2]`) gathered as a list under their stem; fields grouped within. */
function regroup(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(regroup);
  if (typeof value !== "object" || value === null) return value;
  const record = groupNumbered(value as Tree);
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, regroup(v)]));
}
