// Placeholders in a code file's strings filled from the same file's values: `\(x)` (Swift), `${x}` (Kotlin, JS, HCL),
// `#{@x}` (Elixir, rb), `{{ x }}`, `$(…)` / `$x` (PowerShell, shell, Kotlin), `{x}` and `{x['key']}` (f-strings), and the `%s` of a
// `Sprintf(NAME, a, b)`-style call or of a template written in the call (`sprintf "…%s…" a`) in its arguments' order. A placeholder the file gives no value stays as written.

import type { CodeString } from "./code-lexer.js";

type Tree = Record<string, unknown>;

const PLACEHOLDER = /\\\(\s*([@$\w.]+)\s*\)|\$\{\s*([@$\w.]+)\s*\}|#\{\s*([@$\w.]+)\s*\}|\{\{\s*([@$\w.]+)\s*\}\}|\$\(\s*([@$\w.]+)\s*\)|\$([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)|\{\s*([A-Za-z_][\w.]*(?:\[\s*['"][\w -]{1,40}['"]\s*\]){0,3})\s*\}/gu;
/** `NAME` first, then the call's other arguments: `Sprintf(SystemPrompt, clinic, name)`, `format(TEMPLATE, a, b)`. */
const FORMAT_CALL = /\b(?:[Ss]printf|[Ff]ormat|printf)\s*\(\s*([\w.]+)\s*,([^()\n]*)\)/gu;

/** A format call on a string literal (`__S<n>__` in the masked code) and the names after it on the same line. */
const INLINE_FORMAT = /\b(?:[Ss]printf|[Ff]ormat|printf)\s*\(?\s*__S(\d+)__((?:(?:[ \t]*,[ \t]*|[ \t]+)[A-Za-z_$@][\w.]*){1,8})/gu;

const norm = (k: string): string => k.toLowerCase().replace(/[-_]/gu, "");

/** The value at a dotted path, keys matched without case, `_` or `-`. */
function lookup(tree: Tree, path: string): string | null {
  let at: unknown = tree;
  for (const part of path.replace(/^[@$]+/u, "").split(".")) {
    if (typeof at !== "object" || at === null || Array.isArray(at)) return null;
    const key = Object.keys(at).find((k) => norm(k) === norm(part.replace(/^[@$]+/u, "")));
    if (key === undefined) return null;
    at = (at as Tree)[key];
  }
  return typeof at === "string" && !at.includes("\n") ? at : null;
}

function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  return value;
}

export function fillPlaceholders(tree: Tree, masked: string, strings: readonly CodeString[]): Tree {
  let out = tree;
  // The template written in place (`Printf.sprintf "…%s…" company`, `string.format("…%s…", org)`): its `%s` are the
  // named values after it, in order.
  for (const m of masked.matchAll(INLINE_FORMAT)) {
    const template = strings[Number(m[1])]?.value;
    if (template === undefined || !/%[sdv]/u.test(template)) continue;
    const args = (m[2] ?? "").split(/[\s,]+/u).filter((a) => a !== "");
    let n = 0;
    const filled = template.replace(/%[sdv]/gu, (x) => lookup(out, args[n++] ?? "") ?? x);
    out = mapStrings(out, (s) => (s === template ? filled : s)) as Tree;
  }
  for (const m of masked.matchAll(FORMAT_CALL)) {
    const name = m[1] as string;
    const args = (m[2] ?? "").split(",").map((a) => a.trim()).filter((a) => a !== "");
    const template = lookup(out, name) === null ? findLong(out, name) : null;
    if (template === null) continue;
    let n = 0;
    const filled = template.replace(/%[sdv]/gu, (x) => lookup(out, args[n++] ?? "") ?? x);
    out = mapStrings(out, (s) => (s === template ? filled : s)) as Tree;
  }
  // Twice: a value may itself be built from placeholders.
  for (let round = 0; round < 2; round++) {
    const snapshot = out;
    out = mapStrings(out, (s) => s.replace(PLACEHOLDER, (whole, ...groups: (string | undefined)[]) => {
      const path = groups.slice(0, 7).find((g) => g !== undefined);
      // `{PROFILE['name']}`: a subscript by a quoted key is the dotted path to it.
      return path === undefined ? whole : lookup(snapshot, path.replace(/\[\s*['"]([\w -]{1,40})['"]\s*\]/gu, ".$1")) ?? whole;
    })) as Tree;
  }
  return out;
}

/** A long (many-line) string under a top-level name. */
function findLong(tree: Tree, name: string): string | null {
  const key = Object.keys(tree).find((k) => norm(k) === norm(name));
  const v = key === undefined ? undefined : tree[key];
  return typeof v === "string" && v.includes("\n") ? v : null;
}
