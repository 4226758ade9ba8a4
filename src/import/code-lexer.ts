// Source code's strings and comments, found by one left-to-right scan (no regex, so linear on any text): every
// string literal form a team writes a prompt in (Go/JS backticks, Python/Swift/Kotlin/Java `"""`, Rust `r#"…"#`,
// C# `@"…"` with `""`, PowerShell `@" … "@`, Jsonnet `|||`, shell/HCL heredocs) and the comments of those
// languages dropped, so a commented-out step is gone as it is for the program.

export interface CodeString { value: string; /** f-strings and interpolating forms: `{x}` is a placeholder too */ braces: boolean }

/** The code with every comment blanked (its newlines kept) and every string replaced by `__S<n>__`. */
export interface Lexed { masked: string; strings: CodeString[] }

/**
 * ML-family `(* … *)`, Haskell/Dhall/Elm `{- … -}` (doc comments `{-| … -}` too) and D's `/+ … +/` only with a space or
 * line end after the opener (`(*ptr)`, `{-1}`, `a /+b` are code).
 */
const BLOCK_COMMENTS: readonly [string, string][] = [["/*", "*/"], ["<#", "#>"], ["{#", "#}"], ["(* ", "*)"], ["(*\n", "*)"], ["{- ", "-}"], ["{-\n", "-}"], ["{-#", "#-}"], ["{-|", "-}"], ["/+ ", "+/"], ["/+\n", "+/"]];
/** A line comment opener; `#` only when a space, `#`, `!` or the line's end follows (not `#{`, `#[`, `#if`). */
const LINE_COMMENTS = ["//", ";;", "-- "] as const;
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "", '"': '"', "'": "'", "\\": "\\", "`": "`", $: "$" };

/** Strips the indentation every non-blank line shares (Kotlin trimIndent, Swift/Java/Elixir closing-quote rules). */
export function dedent(text: string): string {
  const lines = text.replace(/^[ \t]*\n/u, "").split("\n");
  const widths = lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length);
  const cut = widths.length === 0 ? 0 : Math.min(...widths);
  return lines.map((l) => l.slice(cut)).join("\n").trimEnd();
}

function unescape(body: string): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== "\\" || i + 1 >= body.length) { out += c; continue; }
    const next = body[i + 1] as string;
    // `\(x)` is Swift's interpolation: kept for the placeholder pass.
    if (next === "(") { out += c; continue; }
    if (next === "u" && /^[0-9a-fA-F]{4}$/u.test(body.slice(i + 2, i + 6))) { out += String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)); i += 5; continue; }
    out += ESCAPES[next] ?? next;
    i++;
  }
  return out;
}

/** `"…"` or `'…'` from `at` (the quote): the end index after the closing quote, or -1 when the line ends first. */
function quotedEnd(text: string, at: number, quote: string): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") { i++; continue; }
    // `'It''s'` (MATLAB, SQL, Pascal): a doubled single quote is one quote inside the string.
    if (c === quote && quote === "'" && text[i + 1] === "'") { i++; continue; }
    if (c === quote) return i + 1;
    if (c === "\n" && quote === "'") return -1;
  }
  return -1;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_$]/u.test(c);

interface Found { end: number; value: string; braces?: boolean }

/**
 * `close` searched from `from`; a closer once not found is remembered, so a text of many unclosed openers is still
 * scanned once per closer, not once per opener.
 */
function findClose(text: string, close: string, from: number, missing: Set<string>): number {
  if (missing.has(close)) return -1;
  const at = text.indexOf(close, from);
  if (at < 0) missing.add(close);
  return at;
}

/** The string literal starting at `i`, if one does (prefixes r/f/b/@/~s included). */
function stringAt(text: string, i: number, missing: Set<string>): Found | null {
  const rest = (n: number): string => text.slice(i, i + n);
  const prev = text[i - 1];
  // Rust raw strings r"…" and r#"…"#: the closing quote needs as many #.
  if (text[i] === "r" && !isWordChar(prev) && (text[i + 1] === '"' || text[i + 1] === "#")) {
    let hashes = 0;
    while (text[i + 1 + hashes] === "#") hashes++;
    if (text[i + 1 + hashes] === '"') {
      const close = `"${"#".repeat(hashes)}`;
      const end = findClose(text, close, i + 2 + hashes, missing);
      if (end >= 0) return { end: end + close.length, value: dedent(text.slice(i + 2 + hashes, end)) };
    }
  }
  // PowerShell here-strings: @" on its own line … "@ at a line's start.
  if ((rest(2) === '@"' || rest(2) === "@'") && /^[ \t]*\r?\n/u.test(text.slice(i + 2, i + 40))) {
    const close = `\n${text[i + 1] as string}@`;
    const end = findClose(text, close, i + 2, missing);
    if (end >= 0) return { end: end + close.length, value: text.slice(i + 2, end).replace(/^[ \t]*\r?\n/u, "") };
  }
  // C# verbatim strings: "" is a quote.
  if (rest(2) === '@"' || rest(3) === '$@"' || rest(3) === '@$"') {
    const open = text.indexOf('"', i);
    let j = open + 1;
    for (; j < text.length; j++) {
      if (text[j] !== '"') continue;
      if (text[j + 1] === '"') { j++; continue; }
      break;
    }
    if (j < text.length) return { end: j + 1, value: text.slice(open + 1, j).replaceAll('""', '"'), braces: text[i] === "$" || text[i + 1] === "$" };
  }
  // Jsonnet text blocks.
  if (rest(3) === "|||") {
    const end = findClose(text, "|||", i + 3, missing);
    if (end >= 0) return { end: end + 3, value: dedent(text.slice(i + 3, end)) };
  }
  // Heredocs: <<EOF, <<-EOT, <<'PROMPT' … a line holding the word alone.
  const here = /^<<[-~]?(['"]?)([A-Za-z_]\w*)\1[^\n]*\n/u.exec(text.slice(i, i + 80));
  if (here !== null) {
    const word = here[2] as string;
    const from = i + here[0].length;
    const close = missing.has(`<<${word}`) ? null : new RegExp(`^[ \\t]*${word}[ \\t;]*$`, "mu").exec(text.slice(from));
    if (close === null) missing.add(`<<${word}`);
    else return { end: from + close.index + close[0].length, value: dedent(text.slice(from, from + close.index)) };
  }
  for (const q of ['"""', "'''"]) {
    if (rest(3) !== q) continue;
    const end = findClose(text, q, i + 3, missing);
    if (end >= 0) return { end: end + 3, value: dedent(unescape(text.slice(i + 3, end))), braces: /[fF]/u.test(prev ?? "") };
  }
  if (text[i] === "`") {
    const end = findClose(text, "`", i + 1, missing);
    if (end >= 0) return { end: end + 1, value: text.slice(i + 1, end) };
  }
  // `'(…)` is Lisp's quote, not a string.
  if (text[i] === '"' || (text[i] === "'" && !isWordChar(prev) && text[i + 1] !== "(")) {
    const end = quotedEnd(text, i, text[i] as string);
    const body = text.slice(i + 1, end - 1);
    if (end >= 0) return { end, value: unescape(text[i] === "'" ? body.replaceAll("''", "'") : body), braces: /[fF$]/u.test(prev ?? "") };
  }
  return null;
}

/**
 * Basic's `' …` comment: a single quote and a space (or the line's end) that no quote closes on its line; a string
 * closes on its line, and Lisp's quote (`'(`, `'sym`) has no space after it.
 */
function isQuoteComment(text: string, i: number): boolean {
  if (text[i] !== "'" || isWordChar(text[i - 1]) || !/^'(?:[ \t']|\r?\n|$)/u.test(text.slice(i, i + 2))) return false;
  const end = text.indexOf("\n", i);
  return !text.slice(i + 1, end < 0 ? text.length : end).includes("'");
}

/** A comment starting at `i`: the index after it (its line's end, or its closer), or -1. */
function commentAt(text: string, i: number, missing: Set<string>): number {
  for (const [open, close] of BLOCK_COMMENTS) {
    if (!text.startsWith(open, i)) continue;
    const end = findClose(text, close, i + open.length, missing);
    return end < 0 ? -1 : end + close.length;
  }
  const atLineComment = LINE_COMMENTS.some((o) => text.startsWith(o, i) && !(o === "//" && text[i - 1] === ":"))
    || (text[i] === "#" && !isWordChar(text[i - 1]) && /^#(?:[ \t#!]|\r?\n|$)/u.test(text.slice(i, i + 2)));
  if (!atLineComment && !isQuoteComment(text, i)) return -1;
  const end = text.indexOf("\n", i);
  return end < 0 ? text.length : end;
}

export function lexCode(text: string): Lexed {
  const strings: CodeString[] = [];
  const missing = new Set<string>();
  let masked = "";
  for (let i = 0; i < text.length;) {
    const comment = commentAt(text, i, missing);
    if (comment > i) {
      masked += text.slice(i, comment).replace(/[^\n]/gu, "");
      i = comment;
      continue;
    }
    const found = /[rR@$"'`|<]/u.test(text[i] as string) ? stringAt(text, i, missing) : null;
    if (found !== null) {
      // A prefix letter (f, b, u, ~s) already in the masked text stays as a word; it names nothing.
      masked += `__S${strings.length}__`;
      strings.push({ value: found.value, braces: found.braces === true });
      i = found.end;
      continue;
    }
    masked += text[i];
    i++;
  }
  return { masked, strings };
}
