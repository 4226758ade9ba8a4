// A data literal in a code or config file (JSON5, a JS, rb, PHP, Python or Lua constant, EDN) → the tree it spells:
// `{ key: value }`, `key = value`, `'key' => value`, `:key value`; lists in `[ ]` (or braces holding no keys);
// comments of any of those languages dropped, so a commented-out record is gone as it is for the program.

type Tree = Record<string, unknown>;
type Token = { kind: "word" | "string" | "keyword" | "open" | "close" | "sep" | "comma"; text: string };

/**
 * One token at a time: comments (`//`, `/* *\/`, `# `, `-- `, `;; `), strings ("…", '…', `…`, Python """…"""),
 * keywords (`:name`), brackets, separators (`=>`, `:`, `=`), words. Each alternative is linear.
 */
const TOKEN = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|#(?=[\s#!]|$)[^\n]*|--(?!\w)[^\n]*|;+[ \t]*(?=\S)[^\n]*|"""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`|(?<![\p{L}\p{N}_$]):([\p{L}_][\p{L}\p{N}_?!-]*)|(=>|[:=])|([{[(])|([}\])])|(,)|([\p{L}_$][\p{L}\p{N}_$-]*|-?\d+(?:\.\d+)?)/gu;

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "" };
const unescape = (s: string): string =>
  s.replace(/\\u([0-9a-fA-F]{4})|\\(.)/gu, (_m, hex: string | undefined, c: string | undefined) => (hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : ESCAPES[c ?? ""] ?? c ?? ""));

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (raw !== undefined) out.push({ kind: "string", text: m[3] !== undefined || m[4] !== undefined || m[5] !== undefined ? unescape(raw) : raw });
    else if (m[6] !== undefined) out.push({ kind: "keyword", text: m[6] });
    else if (m[7] !== undefined) out.push({ kind: "sep", text: m[7] });
    else if (m[8] !== undefined) out.push({ kind: "open", text: m[8] });
    else if (m[9] !== undefined) out.push({ kind: "close", text: m[9] });
    else if (m[10] !== undefined) out.push({ kind: "comma", text: "," });
    else if (m[11] !== undefined) out.push({ kind: "word", text: m[11] });
  }
  return out;
}

const WORDS: Record<string, unknown> = { true: true, false: false, True: true, False: false, null: null, nil: null, None: null, undefined: null };

interface Cursor { ts: Token[]; i: number }

function scalar(t: Token): unknown {
  if (t.kind === "word") return t.text in WORDS ? WORDS[t.text] : /^-?\d/u.test(t.text) ? Number(t.text) : t.text;
  return t.text;
}

/** A bracketed body: entries `key sep value` (a map), `:key value` pairs (an EDN map), or values alone (a list). */
function body(c: Cursor, open: string): unknown {
  const close = open === "{" ? "}" : open === "[" ? "]" : ")";
  const keyed: [string, unknown][] = [];
  const values: unknown[] = [];
  while (c.i < c.ts.length) {
    const t = c.ts[c.i] as Token;
    if (t.kind === "close") { c.i++; if (t.text === close) break; continue; }
    if (t.kind === "comma") { c.i++; continue; }
    const next = c.ts[c.i + 1];
    // `["if"] = …` (Lua), `[key]: …`: a bracketed key is the key it holds.
    if (t.kind === "open" && t.text === "[" && (next?.kind === "string" || next?.kind === "word") && c.ts[c.i + 2]?.kind === "close" && c.ts[c.i + 3]?.kind === "sep") {
      c.i += 4;
      keyed.push([next.text, value(c)]);
      continue;
    }
    if ((t.kind === "word" || t.kind === "string" || t.kind === "keyword") && next?.kind === "sep") {
      c.i += 2;
      keyed.push([t.text, value(c)]);
      continue;
    }
    values.push(value(c));
  }
  if (keyed.length > 0) return Object.fromEntries(keyed);
  // {:a 1 :b 2}: keywords in every even place are keys.
  if (open === "{" && values.length > 0 && values.length % 2 === 0 && values.every((v, i) => i % 2 === 1 || (typeof v === "string" && /^[A-Za-z_][\w?!-]*$/u.test(v)))) {
    const out: Tree = {};
    for (let i = 0; i < values.length; i += 2) out[String(values[i])] = values[i + 1];
    return out;
  }
  return values;
}

/** Words that wrap an optional value (RON, Rust, Haskell, Scala, Swift). */
const OPTION_WRAPPER = /^(?:Some|Just|Ok|Optional|Option|some)$/u;

function value(c: Cursor): unknown {
  const t = c.ts[c.i++];
  if (t === undefined) return null;
  if (t.kind === "open") return body(c, t.text);
  // `array(…)`, `dict(…)`, `new Map(…)`: a call wrapping a literal is that literal.
  if (t.kind === "word" && c.ts[c.i]?.kind === "open" && !(t.text in WORDS)) {
    c.i++;
    const made = body(c, c.ts[c.i - 1]?.text ?? "(");
    // `Some("…")`, `Just(…)`: an option's wrapper around one value is that value, not a list of one.
    return OPTION_WRAPPER.test(t.text) && Array.isArray(made) && made.length === 1 ? made[0] : made;
  }
  // A method called on the literal (`}.freeze`) or a word after it is no value of its own.
  return scalar(t);
}

/** Top level: `NAME = literal` assignments and a bare or returned literal, merged into one tree. */
function topLevel(ts: Token[]): Tree {
  const c: Cursor = { ts, i: 0 };
  const out: Tree = {};
  while (c.i < ts.length) {
    const t = ts[c.i] as Token;
    const next = ts[c.i + 1];
    if ((t.kind === "word" || t.kind === "string") && next?.kind === "sep" && ts[c.i + 2]?.kind === "open") {
      c.i += 2;
      out[t.text] = value(c);
    } else if (t.kind === "open") {
      const v = value(c);
      if (typeof v === "object" && v !== null && !Array.isArray(v)) Object.assign(out, v);
      else out.items = v;
    } else c.i++;
  }
  return out;
}

/** Words outside strings that are neither keys nor values (prose, statements): a text with many is no data literal. */
function strayShare(ts: Token[]): number {
  let stray = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i] as Token;
    if (t.kind !== "word") continue;
    const prev = ts[i - 1];
    const next = ts[i + 1];
    if (next?.kind === "sep" || prev?.kind === "sep" || t.text in WORDS || /^-?\d/u.test(t.text)) continue;
    stray++;
  }
  return stray / Math.max(1, ts.length);
}

const leafStrings = (v: unknown): number =>
  typeof v === "string" ? (v.length > 0 ? 1 : 0) : Array.isArray(v) ? v.reduce((n: number, x) => n + leafStrings(x), 0)
    : typeof v === "object" && v !== null ? Object.values(v).reduce((n: number, x) => n + leafStrings(x), 0) : 0;

export const LITERAL_MAX_CHARS = 256 * 1024;

/** The text is one or more data literals: brackets that balance, few stray words, and several strings in a tree. */
export function isLiteralData(text: string): boolean {
  // A scenario is a page or two; a literal far larger is data of another kind, and its tokens would cost seconds.
  if (text.length > LITERAL_MAX_CHARS) return false;
  const ts = tokens(text);
  const opens = ts.filter((t) => t.kind === "open").length;
  const closes = ts.filter((t) => t.kind === "close").length;
  return opens >= 3 && opens === closes && ts.filter((t) => t.kind === "sep").length >= 5 && strayShare(ts) <= 0.05;
}

export function literalTree(text: string): Tree | null {
  const tree = topLevel(tokens(text));
  return leafStrings(tree) >= 5 ? tree : null;
}
