// Flat `a.b.c = value` lines (Java .properties, .env-style settings, i18n catalogues) → the tree their dotted keys
// spell: `step.2.say` under step → 2 → say, keys that are all numbers as a list in their order.

type Tree = Record<string, unknown>;

const LINE = /^\s*([\p{L}\p{N}_][\p{L}\p{N}_.-]*)\s*[=:]\s?(.*)$/u;
const COMMENT = /^\s*[#!]/u;

/** Nearly every line a `key=value` line and several keys dotted: a properties file. */
export function isDottedProperties(text: string): boolean {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== "" && !COMMENT.test(l));
  const fields = lines.filter((l) => LINE.test(l));
  const dotted = fields.filter((l) => (LINE.exec(l)?.[1] ?? "").includes("."));
  return lines.length >= 5 && fields.length >= lines.length * 0.9 && dotted.length >= 3;
}

/** Records whose keys are all numbers become lists in numeric order (step.1, step.2 → a list of steps). */
export function listsFromNumberKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(listsFromNumberKeys);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, listsFromNumberKeys(v)] as const);
  if (entries.length > 0 && entries.every(([k]) => /^\d+$/u.test(k))) return [...entries].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  return Object.fromEntries(entries);
}

/** Sets `path` (already split) in the tree; a key that is both a text and a parent keeps its text as `text`. */
export function setPath(tree: Tree, path: readonly string[], value: unknown): void {
  let at = tree;
  path.forEach((part, i) => {
    if (i === path.length - 1) {
      if (typeof at[part] === "object" && at[part] !== null) (at[part] as Tree).text = value;
      else at[part] = value;
      return;
    }
    const next = at[part];
    if (typeof next !== "object" || next === null) at[part] = next === undefined ? {} : { text: next };
    at = at[part] as Tree;
  });
}

export function dottedTree(text: string): Tree | null {
  const tree: Tree = {};
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? "";
    if (COMMENT.test(line)) continue;
    // A trailing backslash continues the value on the next line.
    while (line.endsWith("\\") && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] ?? "").trimStart();
    const m = LINE.exec(line);
    if (m === null) continue;
    const value = (m[2] ?? "").trim().replace(/\\u([0-9a-fA-F]{4})/gu, (_x, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\n/gu, "\n");
    setPath(tree, (m[1] ?? "").split("."), value);
  }
  const out = listsFromNumberKeys(tree);
  return typeof out === "object" && out !== null && !Array.isArray(out) && Object.keys(out).length > 0 ? out as Tree : null;
}
