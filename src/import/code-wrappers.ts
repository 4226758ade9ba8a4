// What a program wraps its data in, taken off before its data is read: code a preprocessor never compiles (`#if 0 …
// #endif`), namespace and module wrappers (`namespace X { … }`, `module X where`, `module X = struct … end`), and the
// statements of function bodies (loops, conditions: code that prints the data, no data).

import type { CodeString } from "./code-lexer.js";

/** `#if 0` … `#endif` (nested `#if` counted; an `#else` part is live): the dead lines blanked, line count kept. */
export function withoutDeadCode(text: string): string {
  if (!/^[ \t]*#[ \t]*if[ \t]+(?:0|false)\b/mu.test(text)) return text;
  const lines = text.split("\n");
  let dead = 0;
  let depth = 0;
  return lines.map((line) => {
    const directive = /^[ \t]*#[ \t]*(if|ifdef|ifndef|else|elif|endif)\b[ \t]*(\S*)/u.exec(line);
    const word = directive?.[1];
    if (dead === 0) {
      if (word === "if" && /^(?:0|false)$/u.test(directive?.[2] ?? "")) { dead = 1; depth = 1; return ""; }
      return line;
    }
    if (word === "if" || word === "ifdef" || word === "ifndef") depth++;
    else if (word === "endif" && --depth === 0) { dead = 0; return ""; }
    else if ((word === "else" || word === "elif") && depth === 1) { dead = 0; depth = 0; return ""; }
    return "";
  }).join("\n");
}

/** Openers of a wrapper whose body is the file's own top level (blanked; a stray closer after them reads as nothing). */
const WRAPPER_OPENERS: readonly RegExp[] = [
  // `namespace A.B {`, `namespace a::b {`, `export namespace X {`, `module X {`, also with `{` on the next line.
  /^[ \t]*(?:export[ \t]+)?(?:namespace|module|package)[ \t]+[\p{L}_][\p{L}\p{N}_.:]{0,120}[ \t]*(?:\n[ \t]*)?\{/gmu,
  // `module X where`, `module X exposing (…)`, `module X = struct`, `module X =`, `namespace X` (F#), `package x;`.
  /^[ \t]*(?:namespace|module|package)[ \t]+[\p{L}_][\p{L}\p{N}_.:]{0,120}(?:[ \t]*\([^()\n]{0,400}\))?(?:[ \t]+(?:where|exposing[ \t]*\([^()\n]{0,400}\))|[ \t]*=[ \t]*(?:struct)?|[ \t]*;)?[ \t]*$/gmu,
];

/** The wrappers' openers blanked (same length, so places in the text stay where they were). */
export function withoutWrappers(masked: string): string {
  let out = masked;
  for (const opener of WRAPPER_OPENERS) out = out.replace(opener, (m) => m.replace(/[^\n]/gu, " "));
  return out;
}

/** Statements that make a body code, not data. */
const STATEMENT = /(?:^|[\s;{}])(?:for|foreach|while|if)\b[ \t]*[({\p{L}!]/u;

/**
 * A function's body `name(…) … { … }` holding statements (loops, conditions) blanked to `{}` (its newlines kept):
 * what it prints or loops over is bound elsewhere in the file.
 */
export function withoutStatementBodies(masked: string): string {
  let out = masked;
  for (const m of [...masked.matchAll(/\)[ \t]*(?:(?::|->)[ \t]*[\p{L}_][\p{L}\p{N}_.<>[\]?, ]{0,60})?[ \t]*=?[ \t]*(?:\n[ \t]*)?\{/gu)].reverse()) {
    const open = m.index + m[0].length - 1;
    const end = closeOf(out, open);
    if (end < 0 || !STATEMENT.test(out.slice(open + 1, end))) continue;
    out = `${out.slice(0, open + 1)}${out.slice(open + 1, end).replace(/[^\n]/gu, " ")}${out.slice(end)}`;
  }
  return out;
}

/** A control statement's header ending in a colon (`if …:`, `for … in …:`, `else:`): an indented block follows. */
const BLOCK_HEADER = /^([ \t]*)(?:if|elif|else|for|while|with|try|except|finally)\b[^\n]*:[ \t]*$/u;

/** A class opened by indentation (`class Step:`, `class Step(NamedTuple):`). */
const CLASS_HEADER = /^([ \t]*)class[ \t]+[\p{L}_][\p{L}\p{N}_]*(?:\([^()\n]{0,80}\))?[ \t]*:[ \t]*$/u;
/** A field declared with its type (`n: int`, `tags: list[str] = field(default_factory=list)`), a docstring or `pass`. */
const FIELD_DECLARATION = /^[ \t]*(?:[\p{L}_][\p{L}\p{N}_]*[ \t]*:[ \t]*[\p{L}_][^=\n]{0,80}(?:=[^\n]{0,120})?|__S\d+__|pass)[ \t]*$/u;

/**
 * Blocks written by indentation under a control statement (`if __name__ == …:`, `for item in ITEMS:`) blanked with
 * their header (newlines kept): a preview loop or a main guard prints or loops over data bound elsewhere; so is a
 * class body that only declares a record's typed fields. A header with no deeper line under it is left as it is.
 */
export function withoutIndentedStatements(masked: string): string {
  const lines = masked.split("\n");
  const width = (line: string): number => line.length - line.trimStart().length;
  for (let i = 0; i < lines.length; i++) {
    const header = BLOCK_HEADER.exec(lines[i] as string) ?? CLASS_HEADER.exec(lines[i] as string);
    if (header === null) continue;
    const own = (header[1] as string).length;
    let end = i + 1;
    while (end < lines.length && ((lines[end] as string).trim() === "" || width(lines[end] as string) > own)) end++;
    while (end > i + 1 && (lines[end - 1] as string).trim() === "") end--;
    if (end === i + 1) continue;
    // A class body is blanked only when it declares a record's fields (`say: str = ""`): its defaults are no data.
    if (!BLOCK_HEADER.test(lines[i] as string) && !lines.slice(i + 1, end).every((l) => l.trim() === "" || FIELD_DECLARATION.test(l))) continue;
    for (let j = i; j < end; j++) lines[j] = "";
    i = end - 1;
  }
  return lines.join("\n");
}

function closeOf(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Marks a macro's own name in its definition, which keeps its name (a private-use character no source holds). */
const KEEP = "\uE000";

/**
 * C's preprocessor on strings: `#define NAME "…"` macros put in where the name is used, and string literals written
 * side by side (`"Hi, " CALLER " here"`) made one, as the compiler does. Only for a text that defines string macros.
 */
export function withStringMacros(masked: string, strings: CodeString[]): string {
  const macros = new Map<string, string>();
  for (const m of masked.matchAll(/^[ \t]*#[ \t]*define[ \t]+([\p{L}_][\p{L}\p{N}_]*)[ \t]+(__S\d+__)[ \t]*$/gmu)) macros.set(m[1] as string, m[2] as string);
  if (macros.size === 0) return masked;
  // The definition stays as the binding it is (`NAME = "…"`); its uses take the text.
  const body = masked.replace(/^([ \t]*)#[ \t]*define[ \t]+([\p{L}_][\p{L}\p{N}_]*)[ \t]+(__S\d+__)[ \t]*$/gmu, (_m, lead: string, name: string, mark: string) => `${lead}${KEEP}${name} = ${mark}`);
  const named = body.replace(/\uE000?[\p{L}_][\p{L}\p{N}_]*/gu, (w) => (w.startsWith(KEEP) ? w.slice(1) : macros.get(w) ?? w));
  return named.replace(/__S\d+__(?:[ \t\n]*__S\d+__)+/gu, (run) => {
    const parts = [...run.matchAll(/__S(\d+)__/gu)].map((p) => strings[Number(p[1])]);
    strings.push({ value: parts.map((p) => p?.value ?? "").join(""), braces: parts.some((p) => p?.braces === true) });
    return `__S${strings.length - 1}__`;
  });
}

/** A Visual Basic source: its blocks end with `End Module`, `End Class`, `End Sub` or `End Function`. */
const BASIC_END = /^[ \t]*End[ \t]+(?:Module|Class|Sub|Function|Structure|Namespace)\b/mu;

/** Visual Basic's `'` comment lines blanked (its quote is no string): only in a text whose blocks end as VB's do. */
export function withoutBasicComments(text: string): string {
  if (!BASIC_END.test(text)) return text;
  return text.replace(/^([ \t]*)'[^\n]*$/gmu, "$1");
}

/** A Fortran source: `implicit none`, or a unit closed by `end module` / `end program`. */
const FORTRAN = /^[ \t]*(?:implicit[ \t]+none|end[ \t]+(?:module|program|subroutine)\b)/imu;

/** The part of a Fortran line before its `!` comment (a `!` inside quotes is text). */
function beforeBang(line: string): string {
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote !== "") { if (ch === quote) quote = ""; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "!") return line.slice(0, i);
  }
  return line;
}

/**
 * Fortran written as the other languages the reader knows: `!` comments dropped, `&` continued lines joined, `//`
 * joins written `+`, `.true.`/`.false.` as words. Only for a text that is Fortran.
 */
export function fortranAsData(text: string): string {
  if (!FORTRAN.test(text)) return text;
  const lines = text.split("\n").map(beforeBang);
  const joinedLines = lines.join("\n").replace(/&[ \t]*\n[ \t]*&?/gu, " ");
  return joinedLines.split("\n").map((line) => {
    let out = "";
    let quote = "";
    for (let i = 0; i < line.length; i++) {
      const ch = line[i] as string;
      if (quote !== "") { if (ch === quote) quote = ""; out += ch; continue; }
      if (ch === '"' || ch === "'") quote = ch;
      if (ch === "/" && line[i + 1] === "/") { out += "+"; i++; continue; }
      out += ch;
    }
    return out.replace(/\.(true|false)\./giu, (_m, w: string) => w.toLowerCase());
  }).join("\n");
}
