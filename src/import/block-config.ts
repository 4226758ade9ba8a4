// Block-structured configuration text (protobuf text format, HCL/Terraform) → the tree it spells: `key: value` and
// `key = value` fields, `name { … }` blocks (a name repeated is a list), heredocs as text, `${a.b}` filled from the tree.

type Tree = Record<string, unknown>;

/** Lines of the form such configs are written in: a block opening, a closing brace, a field. */
const OPENER = /^\s*[A-Za-z_][\w.-]*(?:\s+"[^"]*")*\s*(?:[:=]\s*)?\{\s*(?:[#/].*)?$/u;
const CLOSER = /^\s*\}\s*,?\s*(?:[#/].*)?$/u;
const FIELD = /^\s*[A-Za-z_][\w.-]*\s*[:=]\s*\S/u;
const INLINE_BLOCK = /^\s*[A-Za-z_][\w.-]*\s*\{.*\}\s*$/u;
const CONSTRUCTED = /^\s*(?:[\w.-]+\s*[:=]\s*)?new\b/u;
const COMMENT = /^\s*(?:#|\/\/)/u;

/** The text is such a config: block openings and closings, and nearly every other line a field, comment or heredoc. */
export function isBlockConfig(text: string): boolean {
  const lines = text.split(/\r?\n/u);
  let openers = 0;
  let closers = 0;
  let other = 0;
  let inHeredoc: string | null = null;
  for (const line of lines) {
    if (inHeredoc !== null) { if (line.trim() === inHeredoc) inHeredoc = null; continue; }
    const heredoc = /<<-?\s*([A-Z_]+)\s*$/u.exec(line);
    if (heredoc !== null) { inHeredoc = heredoc[1] ?? null; continue; }
    if (line.trim() === "" || COMMENT.test(line)) continue;
    // `new { … }`, `x = new Listing<T> {`: an object built by a program (Pkl, C#, Java), which no config block is.
    if (CONSTRUCTED.test(line)) other++;
    else if (OPENER.test(line) || INLINE_BLOCK.test(line)) openers++;
    else if (CLOSER.test(line)) closers++;
    else if (!FIELD.test(line) && !/^\s*"/u.test(line) && !/^\s*[\]\w"]/u.test(line.replace(/^\s*[\w.-]+\s*[:=]?\s*/u, ""))) other++;
  }
  return openers >= 3 && closers >= 1 && other <= Math.max(1, (openers + closers) / 10);
}

type Token = { kind: "word" | "string" | "punct"; text: string };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /(#|\/\/)[^\n]*|\/\*[\s\S]*?\*\/|<<(-?)\s*([A-Z_]+)[^\n]*\n([\s\S]*?)\n\s*\3\s*(?=\n|$)|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{}[\]=:,])|([^\s{}[\]=:,"'#]+)/gu;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined || m[0].startsWith("/*")) continue;
    if (m[3] !== undefined) out.push({ kind: "string", text: heredocText(m[4] ?? "", m[2] === "-") });
    else if (m[5] !== undefined) out.push({ kind: "string", text: unescape(m[5]) });
    else if (m[6] !== undefined) out.push({ kind: "string", text: unescape(m[6]) });
    else if (m[7] !== undefined) out.push({ kind: "punct", text: m[7] });
    else if (m[8] !== undefined) out.push({ kind: "word", text: m[8] });
  }
  return out;
}

const unescape = (s: string): string => s.replace(/\\n/gu, "\n").replace(/\\t/gu, "\t").replace(/\\(.)/gu, "$1");

/** A heredoc's lines; `<<-` strips the indent they share. */
function heredocText(body: string, indented: boolean): string {
  const lines = body.split("\n");
  if (!indented) return body;
  const indent = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => /^\s*/u.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n");
}

const SCALAR_WORDS: Record<string, unknown> = { true: true, false: false, null: null };

function parseBody(ts: Token[], at: { i: number }, closing: string | null): Tree {
  const out: Tree = {};
  const put = (key: string, value: unknown): void => {
    if (!(key in out)) out[key] = value;
    else out[key] = Array.isArray(out[key]) && (out[key] as unknown[]).length > 0 && (out[`\u0000${key}`] === true) ? [...(out[key] as unknown[]), value] : [out[key], value];
    if (Array.isArray(out[key])) out[`\u0000${key}`] = true;
  };
  while (at.i < ts.length) {
    const t = ts[at.i];
    if (t === undefined) break;
    if (t.kind === "punct" && t.text === closing) { at.i++; break; }
    if (t.kind === "punct") { at.i++; continue; }
    at.i++;
    // Block labels (`resource "type" "name" {`) are names of the block, not fields.
    while (ts[at.i]?.kind === "string" && ts[at.i + 1]?.kind === "string") at.i++;
    if (ts[at.i]?.kind === "string" && ts[at.i + 1]?.text === "{") at.i++;
    if (ts[at.i]?.text === "=" || ts[at.i]?.text === ":") at.i++;
    put(t.text, parseValue(ts, at));
  }
  for (const key of Object.keys(out)) if (key.startsWith("\u0000")) delete out[key];
  return out;
}

function parseValue(ts: Token[], at: { i: number }): unknown {
  const t = ts[at.i++];
  if (t === undefined) return null;
  if (t.text === "{" && t.kind === "punct") return parseBody(ts, at, "}");
  if (t.text === "[" && t.kind === "punct") {
    const list: unknown[] = [];
    while (at.i < ts.length && !(ts[at.i]?.kind === "punct" && ts[at.i]?.text === "]")) {
      if (ts[at.i]?.text === ",") { at.i++; continue; }
      list.push(parseValue(ts, at));
    }
    at.i++;
    return list;
  }
  if (t.kind === "string") return t.text;
  if (t.text in SCALAR_WORDS) return SCALAR_WORDS[t.text];
  return /^-?\d+(?:\.\d+)?$/u.test(t.text) ? Number(t.text) : t.text;
}

/** `local.studio`, `${local.client.name}`: a path into the tree (HCL's `local.` names the `locals` block). */
function lookup(root: Tree, path: string): unknown {
  const parts = path.split(".");
  if (parts[0] === "local") parts[0] = "locals";
  let at: unknown = root;
  for (const p of parts) at = typeof at === "object" && at !== null && !Array.isArray(at) ? (at as Tree)[p] : undefined;
  return at;
}

function resolve(value: unknown, root: Tree): unknown {
  if (typeof value === "string") {
    const whole = /^[a-z_]\w*(?:\.[\w-]+)+$/u.test(value) ? lookup(root, value) : undefined;
    if (typeof whole === "string") return whole;
    return value.replace(/\$\{\s*([\w.-]+)\s*\}/gu, (m, path: string) => { const v = lookup(root, path); return typeof v === "string" || typeof v === "number" ? String(v) : m; });
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, root));
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, root)]));
  return value;
}

export function blockConfigTree(text: string): Tree | null {
  const tree = parseBody(tokens(text), { i: 0 }, null);
  return Object.keys(tree).length === 0 ? null : resolve(tree, tree) as Tree;
}
