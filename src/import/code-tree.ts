// A source file that holds a call script in its constants (a Go/Rust/Swift/Kotlin/C#/Elixir/PowerShell/Lisp/
// Jsonnet file, an Apple .strings catalogue) → the tree of named values it declares: `NAME = "…"` strings, record
// literals (`Customer(name: "…")`, `%{name: "…"}`, `["key"] = "…"`) as records, class and module bodies see-through,
// placeholders in the strings filled from the file's own values, so the outline reader reads it as a team's own JSON.

import { lexCode, type CodeString } from "./code-lexer.js";
import { listsFromNumberKeys, setPath } from "./dotted-keys.js";
import { fillPlaceholders } from "./code-placeholders.js";
import { nestCompoundKeys } from "./compound-keys.js";
import { dottedIndexes, INDEXED_KEY } from "./indexed-keys.js";

type Tree = Record<string, unknown>;

/** Words that declare rather than name: never taken as a value's key. */
const DECLARING = new Set(["const", "let", "var", "val", "pub", "static", "public", "private", "internal", "readonly", "final", "string", "str", "local", "set", "my", "our", "def", "defconst", "defvar", "defcustom", "setq", "return", "new", "export", "default", "lazy", "mut", "by", "String", "in", "of", "import", "use", "require", "include", "using", "from", "From", "New", "Of", "With"]);
/** A bracket opened after one of these is a body (a class, a module, a function): its members belong to its parent. */
const BODY = /\b(?:class|struct|namespace|module|defmodule|impl|func|fn|function|def|interface|object|trait|extension|enum|protocol|package|do|if|for|while|switch|match|when|try|else|sub|proc|begin|BEGIN|END)\b/u;
const IDENT = /[\p{L}_$@][\p{L}\p{N}_$-]*/gu;
const MARK = /__S(\d+)__/u;

interface Frame { name: string | null; record: boolean; keyed: Tree; items: unknown[]; /** Lisp: the form's first word */ head?: string; /** the statement before the bracket */ lead?: string }

/** Lisp forms that define (`(defconst name "…")`): see-through, their name keys the value inside. */
const LISP_DEFINER = /^(?:def\w*|setq|setf|provide|require)$/u;

/** The key a statement's lead gives the value after it: a string key, `[key] =`, the name before `=`/`:`, or the last name. */
function keyOf(lead: string, strings: readonly CodeString[], frame: Frame): string | null {
  const text = lead.trim();
  if (text === "") return null;
  const indexed = INDEXED_KEY.exec(text);
  if (indexed !== null) return indexed[1] ?? null;
  const quoted = /(?:^|\[)\s*__S(\d+)__\s*\]?\s*(?:=>|:=|[=:])\s*$/u.exec(text);
  if (quoted !== null) {
    const key = strings[Number(quoted[1])]?.value ?? null;
    // The key string was also taken as a list item: it was a key after all.
    if (key !== null && frame.items.at(-1) === key) frame.items.pop();
    return key;
  }
  if (MARK.test(text)) return null;
  const eq = text.search(/(?<![=!<>])=(?!=)|:=|=>|<-/u);
  let head = eq >= 0 ? text.slice(0, eq) : /:\s*$/u.test(text) ? text.replace(/:\s*$/u, "") : text;
  // `NAME: Type =` (Rust, Swift, Kotlin, TypeScript): the name is before the type.
  // `Dim NAME As Type =` (Basic): the name is before the `As`.
  if (/\sAs\s/u.test(head)) head = head.slice(0, head.search(/\sAs\s/u));
  // `type, parameter :: NAME =` (Fortran), `name :: Type` declarations: the name is after the `::`.
  if (eq >= 0 && head.includes("::")) head = head.slice(head.lastIndexOf("::") + 2);
  else if (eq >= 0 && head.includes(":")) head = head.slice(0, head.indexOf(":"));
  const names = [...head.matchAll(IDENT)].map((m) => m[0].replace(/^[$@]+/u, "")).filter((n) => n !== "" && !DECLARING.has(n));
  return names.at(-1) ?? null;
}

/** The masked code, statement by statement: values under their keys, brackets as records or see-through bodies. */
function build(masked: string, strings: readonly CodeString[]): Tree {
  const root: Frame = { name: null, record: true, keyed: {}, items: [] };
  const stack: Frame[] = [root];
  let lead = "";
  let lastLead = "";
  // The statement so far across brackets: `$x = [ordered]@{`, `x = new()\n{` name the record before their last bracket.
  let statement = "";
  const top = (): Frame => stack.at(-1) as Frame;
  // Lisp: forms, not statements: only brackets part the values, and each value ends its key's lead.
  const lisp = masked.trimStart().startsWith("(");
  let end = 0;
  for (const m of masked.matchAll(/__S(\d+)__|[{}()[\]\n;,]/gu)) {
    const token = m[0];
    if (lisp && /^[\n;,]$/u.test(token)) continue;
    lead += masked.slice(end, m.index);
    statement += masked.slice(end, m.index);
    end = m.index + token.length;
    if (token.startsWith("__S")) {
      const value = strings[Number(m[1])]?.value ?? "";
      const key = keyOf(lead, strings, top());
      if (key !== null) setPath(top().keyed, key.includes(".") && /^[\w.]+$/u.test(key) ? key.split(".") : [key], value);
      else top().items.push(value);
      lead = lisp ? "" : lead + token;
      continue;
    }
    if (token === "{" || token === "(" || token === "[") {
      const named = (t: string): boolean => [...t.matchAll(IDENT)].some((w) => { const n = w[0].replace(/^[$@]+/u, ""); return n !== "" && !DECLARING.has(n); });
      if (lisp) {
        const head = /^\s*([^\s()"]+)/u.exec(masked.slice(end, end + 40))?.[1] ?? "";
        stack.push({ name: named(lead) ? keyOf(lead, strings, top()) : null, record: !LISP_DEFINER.test(head), keyed: {}, items: [], head });
        lead = "";
        continue;
      }
      const said = named(lead) ? lead : named(statement) ? statement : lastLead;
      statement += token;
      const body = BODY.test(said) && !/(?<![=!<>])=(?!=)/u.test(said);
      stack.push({ name: keyOf(said, strings, top()), record: !body, keyed: {}, items: [], lead: said });
      lead = "";
      continue;
    }
    if (token === "}" || token === ")" || token === "]") {
      if (stack.length > 1) close(stack.pop() as Frame, top());
      statement += token;
      lead = "";
      continue;
    }
    // `NAME As String =` ending its line: the value is on the next line, the statement goes on.
    if (token === "\n" && /(?<![=!<>])=\s*$/u.test(lead)) continue;
    if (lead.trim() !== "") lastLead = lead;
    lead = "";
    statement = "";
  }
  while (stack.length > 1) close(stack.pop() as Frame, top());
  // A long string no name holds (returned, printed, passed to a call) is the prompt itself.
  const prompts = root.items.filter((v): v is string => typeof v === "string" && v.split("\n").length >= 5);
  if (prompts.length > 0 && root.keyed.prompt === undefined) root.keyed.prompt = prompts.join("\n\n");
  return root.keyed;
}

/** A closed bracket's values go to its parent: a record under its name, a body's members into the parent itself. */
function close(frame: Frame, parent: Frame): void {
  const keys = Object.keys(frame.keyed).length;
  if (frame.head !== undefined && frame.record && frame.name === null) {
    // `(name . "v")` is one field of its list's record; `(2 :say "…")`, `("Q" . "A")` are items of the list.
    if (keys === 1 && frame.items.length === 0 && !/^\d/u.test(frame.head)) Object.assign(parent.keyed, frame.keyed);
    else if (keys > 0 || frame.items.length > 1) {
      const [first, second] = frame.items;
      parent.items.push(keys > 0 ? { ...frame.keyed, ...(first === undefined ? {} : { reply: first }) } : { q: first, a: second });
    }
    return;
  }
  if (!frame.record || frame.name === null) {
    Object.assign(parent.keyed, frame.keyed);
    parent.items.push(...frame.items.filter((v) => typeof v === "string" && v.includes("\n")));
    return;
  }
  if (keys > 0) setPath(parent.keyed, [frame.name], frame.keyed);
  else if (frame.items.length > 1) setPath(parent.keyed, [frame.name], frame.items);
  // `closing = {'…'}`, `lines = ["…"]`: a list of one line assigned to a name is that name's list.
  else if (frame.items.length === 1 && typeof frame.items[0] === "string" && !frame.items[0].includes("\n") && /(?<![=!<>])=(?!=)\s*$/u.test(frame.lead ?? "")) setPath(parent.keyed, [frame.name], frame.items);
  else if (frame.items.length === 1 && typeof frame.items[0] === "string" && frame.items[0].includes("\n")) parent.items.push(frame.items[0]);
}

/** Code, not prose: lines that declare, assign or bracket; Markdown and plain text have few. */
const CODE_LINE = /^\s*(?:(?:Public|Private|Friend|Protected|Shared|Dim|Const|End|Imports|Option|Sub|Function|Next|For|Each|Module|Class)\b|(?:const|let|var|val|pub|fn|func|def|defconst|defvar|import|package|using|use|namespace|struct|class|module|defmodule|local|public|private|static|return|end|from|type|data|object|interface|enum|set|proc|lappend|foreach)\b|[$@][\w-]+\s*[=\s]|\(\w[\w-]*\s|__S\d+__\s*=|[}\])];?\s*$|[{(,;]\s*$|[\w.$]+\s*(?::=|=)\s*\S|[\w.$]+\s*:\s*__S\d+__)/u;

/** A Lisp file: its code starts with a form and defines with `(def…`. */
export function isLispText(text: string): boolean {
  return /^(?:\s*;[^\n]*\n)*\s*\(/u.test(text.slice(0, 4000)) && /^\s*\(def\w*\s/mu.test(text);
}

/**
 * Any language's data line, whatever its keywords: code punctuation, no letters of a script written without spaces,
 * and no run of three bare words (prose has them; `, { say = Some`, `(__S2__, __S3__)`, `__S4__ -> __S5__,` have none).
 */
const PUNCTUATED = /[{}()[\],=:;]|->/u;
/** A Markdown list item or numbered line is prose's, whatever punctuation follows. */
const LIST_MARK = /^\s*(?:[-*+]|\d+[.)、])\s/u;
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD_RUN = /[\p{L}'][\p{L}\p{N}'_-]*[ \t]+[\p{L}'][\p{L}\p{N}'_-]*[ \t]+[\p{L}'][\p{L}\p{N}'_-]*/u;
const isDataLine = (line: string): boolean => {
  const bare = line.replace(/__S\d+__/gu, " ; ");
  return PUNCTUATED.test(line.replace(/__S\d+__/gu, "")) && !LIST_MARK.test(line) && !SPACELESS_SCRIPT.test(line) && !WORD_RUN.test(bare);
};

export function isCodeText(text: string): boolean {
  if (text.length > 512 * 1024) return false;
  const { masked, strings } = lexCode(text);
  const lines = masked.split("\n").filter((l) => l.trim() !== "");
  const code = lines.filter((l) => CODE_LINE.test(l) || isDataLine(l)).length;
  return strings.length >= 5 && lines.length >= 5 && code >= lines.length * 0.6;
}

/** `STEP_1`, `FAQ_2_Q`, `IF_STEP_3`: a shell's or a header's constants, flat names numbered with an underscore. */
const NUMBERED_CONSTANT = /^[A-Z]+(?:_[A-Z]+)*_\d+(?:_[A-Z]+)?$/u;
/** At least this many such names make the file's constants a structure spelled in names. */
const MIN_NUMBERED = 4;

/** Flat numbered constants nested as a resource file's names are (`STEP_2` as `STEP2`, `FAQ_1_Q` as `FAQ1_Q`). */
function numberedConstants(tree: Tree): Tree {
  const keys = Object.keys(tree);
  if (keys.filter((k) => NUMBERED_CONSTANT.test(k) && typeof tree[k] === "string").length < MIN_NUMBERED) return tree;
  const renamed = Object.fromEntries(Object.entries(tree).map(([k, v]) => [NUMBERED_CONSTANT.test(k) ? k.replace(/_(\d+)/u, "$1") : k, v]));
  return nestCompoundKeys(renamed);
}

/** The named values the code declares; a long unnamed string (a returned or printed prompt) as `prompt`. */
export function codeTree(text: string): Tree | null {
  const { masked, strings } = lexCode(text);
  const tree = build(dottedIndexes(masked, strings), strings);
  const filled = numberedConstants(listsFromNumberKeys(fillPlaceholders(tree, masked, strings)) as Tree);
  return Object.keys(filled).length >= 2 ? filled : null;
}
