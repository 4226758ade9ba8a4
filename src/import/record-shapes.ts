// The field names a program declares for its record types, so values it later gives by position (`Step(1, "…", false)`,
// `new Step(…)`, `Step 1 (Just "…") True`, a C struct initialiser `{1, "…", 0}`) are read under those names. Works
// on the lexed text (`code-lexer.ts`: strings are `__S<n>__` marks, comments blanked), by bracket scans, no regex
// that backtracks.

import type { CodeString } from "./code-lexer.js";

/** A record type's name → its field names in declared order. */
export type Shapes = ReadonlyMap<string, readonly string[]>;

/** Words before a field's name that are no part of it (modifiers, binding words). */
const MODIFIERS = new Set(["val", "var", "let", "public", "private", "protected", "readonly", "internal", "mut", "const", "final", "static", "override", "open", "pub", "in", "out", "ref", "required"]);

/** Fields a record may have: fewer than two is no record worth mapping, more is no record written by hand. */
const MIN_FIELDS = 2;
const MAX_FIELDS = 16;

/** Where the bracket opened at `at` closes (same kind counted), or -1. */
export function closeOf(text: string, at: number): number {
  const open = text[at];
  const close = open === "(" ? ")" : open === "[" ? "]" : open === "{" ? "}" : "";
  if (close === "") return -1;
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const ch = text[i];
    if (ch === open) depth++;
    else if (ch === close && --depth === 0) return i;
  }
  return -1;
}

/** Splits a bracket's inside at the separators outside any inner bracket. */
function splitTop(inside: string, separators: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inside.length; i++) {
    const ch = inside[i] as string;
    if ("([{<".includes(ch)) depth++;
    else if (")]}>".includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      out.push(inside.slice(from, i));
      from = i + 1;
    }
  }
  out.push(inside.slice(from));
  return out.map((s) => s.trim()).filter((s) => s !== "");
}

const WORD = /[\p{L}_$][\p{L}\p{N}_$]*/gu;

/**
 * A field's name from its declaration in any language: `int n`, `const char *say`, `string? Say = null`,
 * `val live: Boolean = true`, `stepNo :: Int`, `public n: number`, `n: int` (the name before a colon, else the last word).
 */
function fieldName(decl: string): string | null {
  // `std::optional<std::string> say`: a type's namespace path is no part of the name (Haskell's `x :: T` is spaced).
  const noDefault = (decl.split("=")[0] ?? "").replace(/[\p{L}_]+::(?=[\p{L}_])/gu, "");
  const colon = noDefault.indexOf(":");
  const head = colon >= 0 ? noDefault.slice(0, colon) : noDefault.replace(/\[[^\]]{0,40}\]/gu, " ");
  const all = (head.match(WORD) ?? []).filter((w) => !/^__S\d+__$/u.test(w));
  // Without a colon a declaration is `type name`: one word alone is a type or a value, no field's name.
  if (colon < 0 && all.length < 2 && !/[*&]/u.test(head)) return null;
  const words = all.filter((w) => !MODIFIERS.has(w));
  return words[words.length - 1] ?? null;
}

function fieldsOf(inside: string, separators: string): string[] | null {
  const names = splitTop(inside, separators).map(fieldName);
  if (names.length < MIN_FIELDS || names.length > MAX_FIELDS || names.some((n) => n === null)) return null;
  return names as string[];
}

/** The first word at or after `at` on the same stretch of spaces, with its end. */
function wordAfter(text: string, at: number): { word: string; end: number } | null {
  let start = at;
  while (start < text.length && /\s/u.test(text[start] as string)) start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{N}_$]/u.test(text[end] as string)) end++;
  return end > start ? { word: text.slice(start, end), end } : null;
}


/** Every record type the text declares with named fields. */
export function recordShapes(masked: string, strings: readonly CodeString[]): Map<string, string[]> {
  const shapes = new Map<string, string[]>();
  const add = (name: string | undefined, fields: string[] | null): void => {
    if (name !== undefined && fields !== null && !shapes.has(name)) shapes.set(name, fields);
  };
  for (const m of masked.matchAll(/\b(?:record|(?:data[ \t]+|case[ \t]+)?class|struct|data|type(?:[ \t]+alias)?)[ \t]+([\p{L}_][\p{L}\p{N}_]*)/gu)) {
    const name = m[1] as string;
    let i = m.index + m[0].length;
    // `data Step = Step { … }`, `type alias Step = { … }`, `type Step = Step of a: A * b: B`.
    const rest = masked.slice(i, i + 200);
    const afterEq = /^[ \t]*=[ \t\n]*/u.exec(rest);
    if (afterEq !== null) {
      i += afterEq[0].length;
      const again = wordAfter(masked, i);
      if (again?.word === name) i = again.end;
      const of = wordAfter(masked, i);
      if (of?.word === "of") {
        const line = masked.slice(of.end, masked.indexOf("\n", of.end) < 0 ? masked.length : masked.indexOf("\n", of.end));
        add(name, fieldsOf(line, "*"));
        continue;
      }
    }
    while (i < masked.length && /[ \t\n]/u.test(masked[i] as string)) i++;
    const open = masked[i];
    if (open === "(") {
      // `record Step(int n, …)`, `data class Step(val n: Int, …)`, `case class Step(n: Int, …)`.
      const end = closeOf(masked, i);
      if (end > i) add(name, fieldsOf(masked.slice(i + 1, end), ","));
    } else if (open === "{") {
      const end = closeOf(masked, i);
      if (end < 0) continue;
      const inside = masked.slice(i + 1, end);
      // A class whose constructor takes the fields (`constructor(public n: number, …)`).
      const ctor = /\bconstructor[ \t]*\(/u.exec(inside);
      if (ctor !== null) {
        const at = i + 1 + ctor.index + ctor[0].length - 1;
        const close = closeOf(masked, at);
        if (close > at) add(name, fieldsOf(masked.slice(at + 1, close), ","));
      } else if (!/[{(]/u.test(inside.replace(/\([^()]{0,40}\)/gu, ""))) add(name, fieldsOf(inside, ",;\n"));
      // `type Step { Step(n: Int, say: String) }` (Gleam): the variants' constructors with named fields.
      for (const variant of inside.matchAll(/(?:^|[\n|])[ \t]*([\p{L}_][\p{L}\p{N}_]*)[ \t]*\(/gu)) {
        const at = i + 1 + variant.index + variant[0].length - 1;
        const close = closeOf(masked, at);
        if (close > at && masked.slice(at + 1, close).includes(":")) add(variant[1], fieldsOf(masked.slice(at + 1, close), ","));
      }
    }
  }
  // Fortran: `type, public :: step_t` … `integer :: n` … `end type step_t` (a line may declare several: `:: q, a`).
  for (const m of masked.matchAll(/^[ \t]*type[ \t]*(?:,[^:\n]{0,60})?::[ \t]*([\p{L}_][\p{L}\p{N}_]*)[ \t]*$/gmu)) {
    const names: string[] = [];
    for (const line of masked.slice(m.index + m[0].length).split("\n").slice(1)) {
      if (/^[ \t]*end[ \t]+type\b/iu.test(line)) break;
      const at = line.indexOf("::");
      if (at >= 0) for (const part of splitTop(line.slice(at + 2), ",")) names.push((part.split("=")[0] ?? "").trim());
    }
    add(m[1], names.length >= MIN_FIELDS && names.length <= MAX_FIELDS && names.every((n) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(n)) ? names : null);
  }
  // `typedef struct { int n; … } step_t;`
  for (const m of masked.matchAll(/\btypedef[ \t]+struct[ \t]*(?:[\p{L}_][\p{L}\p{N}_]*[ \t]*)?\{/gu)) {
    const open = m.index + m[0].length - 1;
    const end = closeOf(masked, open);
    const after = end > 0 ? wordAfter(masked, end + 1) : null;
    if (after !== null) add(after.word, fieldsOf(masked.slice(open + 1, end), ";"));
  }
  // `Step = namedtuple("Step", ["n", "say"])` / `namedtuple("Step", "n say")`.
  for (const m of masked.matchAll(/\bnamedtuple[ \t]*\([ \t]*__S(\d+)__[ \t]*,[ \t]*([^)]{0,400})\)/gu)) {
    const name = strings[Number(m[1])]?.value;
    const listed = [...(m[2] as string).matchAll(/__S(\d+)__/gu)].map((s) => strings[Number(s[1])]?.value ?? "");
    const names = listed.length === 1 ? (listed[0] ?? "").split(/[\s,]+/u).filter(Boolean) : listed;
    add(name, names.length >= MIN_FIELDS && names.length <= MAX_FIELDS ? names : null);
  }
  // `class Qa(NamedTuple):` / `@dataclass class Step:` followed by indented `name: type` lines.
  for (const m of masked.matchAll(/^([ \t]*)class[ \t]+([\p{L}_][\p{L}\p{N}_]*)[^\n:]{0,80}:[ \t]*\n/gmu)) {
    const indent = (m[1] as string).length;
    const names: string[] = [];
    for (const line of masked.slice(m.index + m[0].length).split("\n")) {
      if (line.trim() === "") continue;
      const lead = line.length - line.trimStart().length;
      const field = /^[ \t]*([\p{L}_][\p{L}\p{N}_]*)[ \t]*:/u.exec(line);
      if (lead <= indent || field === null) break;
      names.push(field[1] as string);
    }
    add(m[2], names.length >= MIN_FIELDS && names.length <= MAX_FIELDS ? names : null);
  }
  return shapes;
}

/** Words that may stand between a record type and the name of the list typed by it (C, C++, Java, C#). */
const LIST_TYPES = /(?:vector|array|list|List|Array|Seq|IEnumerable|IReadOnlyList)/u;

/**
 * C and C++ lists of struct initialisers typed by a declared record (`const step_t STEPS[] = { {1, "…", 1}, … }`,
 * `std::vector<Step> kSteps = { … }`): each inner `{…}` rewritten as the constructor call `Step(…)` it stands for.
 */
export function typedInitialisers(masked: string, shapes: Shapes): string {
  let out = masked;
  for (const [name] of shapes) {
    const typed = new RegExp(`(?:\\b${name}[ \\t]*>?|<[ \\t]*${name}[ \\t]*>)[ \\t]*[\\p{L}_][\\p{L}\\p{N}_]*[ \\t]*(?:\\[[ \\t]*\\d*[ \\t]*\\])?[ \\t]*=?[ \\t]*\\{`, "gu");
    // Last first, so the places of earlier matches stay where they were.
    for (const m of [...out.matchAll(typed)].reverse()) {
      if (!m[0].startsWith("<") && !m[0].includes("[") && !LIST_TYPES.test(out.slice(Math.max(0, m.index - 30), m.index))) continue;
      const open = m.index + m[0].length - 1;
      const end = closeOf(out, open);
      if (end < 0) continue;
      const inner = out.slice(open + 1, end);
      let rewritten = "";
      let i = 0;
      while (i < inner.length) {
        const close = inner[i] === "{" ? closeOf(inner, i) : -1;
        if (close < 0) { rewritten += inner[i]; i++; continue; }
        rewritten += `${name}(${inner.slice(i + 1, close)})`;
        i = close + 1;
      }
      out = `${out.slice(0, open + 1)}${rewritten}${out.slice(end)}`;
    }
  }
  return out;
}

/** Record values mapped onto a declared shape: positional values in order, named ones by their name. */
export function shaped(fields: readonly string[], positional: readonly unknown[], named: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // `Step 3 Nothing "…"`: after an empty slot where the line would be, the texts are told, not said (a note).
  const empty = positional.findIndex((v) => v === null);
  const told = empty >= 0 && positional.slice(0, empty).every((v) => typeof v !== "string") ? positional.slice(empty + 1).filter((v): v is string => typeof v === "string") : [];
  positional.slice(0, fields.length).forEach((v, k) => { if (!(told.length > 0 && k > empty && typeof v === "string")) out[fields[k] as string] = v; });
  if (told.length > 0) out.note = told.join("\n");
  return Object.assign(out, named);
}
