// The data a program or config file of any bracket language spells (Dhall, Nix, HOCON, Pkl, CUE, Hjson, Scala, OCaml,
// Haskell, Clojure…), read the same way whatever its keywords: strings and comments found by the shared lexer
// (`code-lexer.ts`), then brackets parsed into records and lists. `key = v`, `key: v`, `key -> v`, `key := v`,
// `key { … }` are entries; `Some`/`Just`/constructor words before a value wrap it; `None`/`Nothing` are empty; a bare
// name is the value the file binds to it (`name = caller`); a commented-out or `active = false` record is dropped later.

import { lexCode, type CodeString } from "./code-lexer.js";
import { fillPlaceholders } from "./code-placeholders.js";
import { fortranAsData, withoutBasicComments, withoutDeadCode, withoutIndentedStatements, withoutStatementBodies, withoutWrappers, withStringMacros } from "./code-wrappers.js";
import { recordShapes, shaped, typedInitialisers, type Shapes } from "./record-shapes.js";

type Tree = Record<string, unknown>;
type Token = { kind: "string" | "word" | "sep" | "open" | "close" | "comma" | "join"; text: string; value?: string; /** first on its line */ lead: boolean };

/** Strings are `__S<n>__` marks in the lexed text; each alternative is linear. */
const TOKEN = /__S(\d+)__|(=>|->|:=|::|[:=])|([{[(])|([}\])])|([,;])|([\p{L}_$][\p{L}\p{N}_$.?!-]*|-?\d+(?:\.\d+)?)|(\+\+|\+|\.\.|<>|~| \. | & )/gu;

/** `<String, String>`, `<Step>`, `<K, List<V>>` one level: type arguments, letters first, no string inside. */
const GENERIC_ARGS = /<[\p{L}_][\p{L}\p{N}_, .?[\]]{0,80}>/gu;

/** Words that are a value of their own (no binding is looked up for them). */
const WORDS: Record<string, unknown> = { true: true, false: false, True: true, False: false, null: null, nil: null, None: null, Nothing: null, undefined: null, none: null, NULL: null, nullptr: null };

/** Words that open a block without naming it (`in { … }`, `then { … }`). */
const NOT_KEYS = new Set(["in", "then", "else", "do", "return", "yield", "new", "object", "with"]);

/** A bare name, resolved against the file's own bindings once everything is read. */
class Ref { constructor(readonly name: string) {} }

/** `"Hi, " + COMPANY + "…"`, `"a" <> b`, `"a" .. b`, `"a" . $b`: texts and names joined, resolved to one text. */
class Concat { constructor(readonly parts: unknown[]) {} }

/** A string or a name, then a join operator and more: the parts joined; otherwise the value itself. */
function joined(c: Cursor, first: unknown): unknown {
  if (c.ts[c.i]?.kind !== "join" || !(typeof first === "string" || first instanceof Ref)) return first;
  const parts: unknown[] = [first];
  while (c.ts[c.i]?.kind === "join" && parts.length < MAX_JOINED) {
    c.i++;
    const t = c.ts[c.i];
    if (t === undefined || !(t.kind === "string" || t.kind === "word")) break;
    c.i++;
    parts.push(t.kind === "string" ? t.value ?? "" : t.text in WORDS ? WORDS[t.text] : /^-?\d/u.test(t.text) ? t.text : new Ref(t.text));
  }
  return new Concat(parts);
}

/** A constructor named for what the customer says against (`objection("…", "…")`, `Pushback {…}`). */
const OBJECTION_MAKER = /^(?:objections?|push_?backs?|rebuttals?|异议)$/iu;

/** A constructor named for a thing done without a word (`.silent("…")`, `Action "…"`, `Internal(…)`). */
const UNSAID_MAKER = /^(?:silent|silently|mute|muted|unspoken|unsaid|action|act|do|note|internal|backoffice|静默|动作|操作|备注)$/iu;

/** `objection("…", "…")`: the record a constructor makes, typed by its name when that names an objection. */
function typedBy(maker: string, made: unknown): unknown {
  // `.silent("…")`, `Action "…"`: a text made by a constructor named for what is done, not said, is a note.
  if (typeof made === "string" && UNSAID_MAKER.test(maker.split(".").pop() ?? "")) return { do: made };
  if (!OBJECTION_MAKER.test(maker.split(".").pop() ?? "")) return made;
  if (Array.isArray(made) && made.length === 2 && made.every((x) => typeof x === "string")) return { objection: made[0], reply: made[1] };
  return isRecord(made) && made.kind === undefined ? { ...made, kind: "objection" } : made;
}

/** Parts a join may have. */
const MAX_JOINED = 64;

function tokens(masked: string, strings: readonly CodeString[]): Token[] {
  const out: Token[] = [];
  // A prefix letter stays before its string (`s"…"`, `f"…"`): spaced off so it is no part of a word. A generic type's
  // arguments (`<String, String>{…}`, `Listing<Step>`) are no data: their commas would split the value from its name.
  const spaced = masked.replace(GENERIC_ARGS, " ").replace(/__S\d+__/gu, " $& ");
  let line = -1;
  for (const m of spaced.matchAll(TOKEN)) {
    const at = spaced.lastIndexOf("\n", m.index);
    const lead = at !== line;
    line = at;
    if (m[1] !== undefined) out.push({ kind: "string", text: "", value: strings[Number(m[1])]?.value ?? "", lead });
    else if (m[2] !== undefined) out.push({ kind: "sep", text: m[2], lead });
    else if (m[3] !== undefined) out.push({ kind: "open", text: m[3], lead });
    else if (m[4] !== undefined) out.push({ kind: "close", text: m[4], lead });
    else if (m[5] !== undefined) out.push({ kind: "comma", text: m[5], lead });
    else if (m[6] !== undefined) out.push({ kind: "word", text: m[6], lead });
    else if (m[7] !== undefined) out.push({ kind: "join", text: m[7].trim(), lead });
  }
  return out;
}

interface Cursor { ts: Token[]; i: number; /** record types the file declares, by name */ shapes: Shapes }

const isKey = (t: Token | undefined): boolean => t !== undefined && (t.kind === "word" || t.kind === "string");
const keyText = (t: Token): string => (t.kind === "string" ? t.value ?? "" : t.text);

/** One value: a bracketed body, a string, a word (a constant, a name, or a wrapper before the value it wraps). */
function value(c: Cursor, depth: number): unknown {
  const t = c.ts[c.i];
  if (t === undefined || t.kind === "close" || t.kind === "comma") return null;
  c.i++;
  const made = constructed(c, t, depth);
  if (made !== undefined) return made;
  // `new() { … }` (C#'s target-typed new): the empty call before the body is no value.
  if (t.text === "new" && c.ts[c.i]?.text === "(" && c.ts[c.i + 1]?.kind === "close" && c.ts[c.i + 2]?.text === "{") c.i += 2;
  if (t.kind === "open") return body(c, t.text, depth + 1);
  if (t.kind === "string") return joined(c, t.value);
  if (t.kind === "sep") return value(c, depth);
  if (t.kind === "join") return value(c, depth);
  if (t.text in WORDS) return WORDS[t.text];
  if (/^-?\d/u.test(t.text)) return Number(t.text);
  // `Some "…"`, `Just (…)`, `Map(…)`, `new {…}`: a word before a string or a bracket wraps it.
  const next = c.ts[c.i];
  // `String("Hi, ") + name`: the wrapped text may be joined to more.
  if (next !== undefined && (next.kind === "string" || next.kind === "open")) return joined(c, typedBy(t.text, value(c, depth)));
  // `new Listing<Step> { … }`, `Map.of(…)` after a type: words on the same line before the bracket wrap it too.
  const wrapped = wordChainEnd(c.ts, c.i);
  if (wrapped > c.i) {
    c.i = wrapped;
    return value(c, depth);
  }
  return joined(c, new Ref(t.text));
}

/** The declared record type a word names (`Step`, `Script.Step`), with `new` before it taken off. */
function shapeOf(c: Cursor, t: Token): readonly string[] | undefined {
  if (t.kind !== "word") return undefined;
  const next = c.ts[c.i];
  if (t.text === "new" && next?.kind === "word" && c.shapes.has(next.text.split(".").pop() ?? "")) {
    c.i++;
    return c.shapes.get(next.text.split(".").pop() ?? "");
  }
  return c.shapes.get(t.text.split(".").pop() ?? "");
}

/**
 * `Step(1, "…", live = false)`, `new Step(…)`, `Step 1 (Just "…") True`: a declared record given by position, read
 * under its declared field names; undefined when `t` names no declared record or a record written with its names.
 */
function constructed(c: Cursor, t: Token, depth: number): unknown {
  const at = c.i;
  const fields = shapeOf(c, t);
  const next = c.ts[c.i];
  if (fields === undefined || next === undefined || (next.kind === "open" && next.text !== "(") || next.kind === "sep") {
    c.i = at;
    return undefined;
  }
  const positional: unknown[] = [];
  const named: Tree = {};
  if (next.kind === "open") {
    c.i++;
    while (c.i < c.ts.length) {
      const u = c.ts[c.i] as Token;
      if (u.kind === "close") { c.i++; break; }
      if (u.kind === "comma") { c.i++; continue; }
      if (u.kind === "word" && c.ts[c.i + 1]?.kind === "sep" && ["=", ":"].includes(c.ts[c.i + 1]?.text ?? "")) {
        c.i += 2;
        named[u.text] = value(c, depth + 1);
        continue;
      }
      const before = c.i;
      positional.push(value(c, depth + 1));
      if (c.i === before) c.i++;
    }
  } else {
    // An application: as many values as the record has fields, on the constructor's line.
    while (positional.length < fields.length) {
      const u = c.ts[c.i];
      if (u === undefined || u.lead || ["close", "comma", "sep", "join"].includes(u.kind)) break;
      positional.push(value(c, depth + 1));
    }
    if (positional.length === 0) {
      c.i = at;
      return undefined;
    }
  }
  return flagged(shaped(fields, positional, named));
}

/** `Qa("…", "…", objection = true)`: a record flagged as an objection is one; the flag itself is no entry. */
function flagged(record: Tree): Tree {
  const flag = Object.keys(record).find((k) => OBJECTION_MAKER.test(k) && typeof record[k] === "boolean");
  if (flag === undefined) return record;
  const { [flag]: on, ...rest } = record;
  return on === true && rest.kind === undefined ? { ...rest, kind: "objection" } : rest;
}

const isRecord = (v: unknown): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Ref) && !(v instanceof Concat);

/** Words that declare a type: the block after the type's name is its fields' types and defaults, no data. */
const DECLARES = new Set(["class", "struct", "record", "interface", "trait", "typealias", "newtype", "union", "exception", "protocol", "proc"]);

/** Wrapper words a value may carry before its bracket or string, on one line (`new`, a type, its generic argument). */
const WRAPPER_WORDS = 4;

/** The index of the bracket or string after a run of words on the same line from `at`, or `at` when there is none. */
function wordChainEnd(ts: Token[], at: number): number {
  let j = at;
  while (j < at + WRAPPER_WORDS && ts[j]?.kind === "word" && ts[j]?.lead === false && !((ts[j]?.text ?? "") in WORDS)) j++;
  const end = ts[j];
  return j > at && end !== undefined && !end.lead && (end.kind === "string" || end.kind === "open") ? j : at;
}

/** `Step 1 (Just "…")`, `Step(2, "…", …)`: a number and a line are a numbered record; anything else stays a list. */
function positional(values: unknown[], silent = false): unknown {
  const [first, ...rest] = values;
  const lines = rest.filter((v) => typeof v === "string");
  if (typeof first !== "number" || lines.length === 0) return values;
  // `Step 5 Nothing "…"`: the line's slot is empty, so the texts after it are told, not said.
  if (silent) return { n: first, say: "", note: lines.join("\n") };
  const records = rest.filter((v): v is Tree => typeof v === "object" && v !== null && !Array.isArray(v));
  const pairs = rest.filter((v): v is string[] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string"));
  // A pair of texts beside the line is its condition and what to do then.
  return Object.assign({ n: first, say: lines.join("\n") }, ...records, ...pairs.map(([when, then]) => ({ if: when, then })));
}

/** `[("name", "…"), …]`: pairs under identifiers are a record; `[("Question?", "Answer."), …]` question/answer pairs. */
function pairs(list: unknown[]): unknown {
  const isPair = (v: unknown): v is [string, string] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "string");
  // `[qa("…", "…"), objection("…", "…")]`: pairs among records are question/answer records like them.
  if (list.some(isPair) && list.some(isRecord) && list.every((v) => isPair(v) || isRecord(v))) return list.map((v) => (isPair(v) ? { q: v[0], a: v[1] } : v));
  // `[list [list "Q?" "A."] [list …]]`: a list holding only a list, and lists of one record each, are that list of records.
  if (list.length === 1 && Array.isArray(list[0]) && list[0].length > 1 && list[0].every((v) => Array.isArray(v) || isRecord(v))) return pairs(list[0]);
  if (list.length > 1 && list.every((v) => Array.isArray(v) && v.length === 1 && isRecord(v[0]))) return list.map((v) => (v as unknown[])[0]);
  if (list.length < 1 || !list.every(isPair)) return list;
  const rows = list as [string, string][];
  // `{"Contact", "…"}, {"Standing order", "…"}` (a C++ map's initialiser): short labels, none a sentence, key a record.
  if (rows.every(([k]) => /^[\p{L}_][\p{L}\p{N}_.-]{0,40}$/u.test(k) || (/^[\p{L}_][\p{L}\p{N}_ .'-]{0,30}$/u.test(k) && k.split(" ").length <= 3 && !/[.?!]$/u.test(k)))) return Object.fromEntries(rows);
  return rows.map(([q, a]) => ({ q, a }));
}

/** `Map("Question?" -> "Answer.", …)`: a record keyed by sentences is a list of question/answer pairs. */
function sentenceKeyed(record: Tree): unknown {
  const entries = Object.entries(record);
  if (entries.length === 0 || !entries.every(([k, v]) => typeof v === "string" && /\s/u.test(k.trim()) && /[?？.。!！]$/u.test(k.trim()))) return record;
  return entries.map(([q, a]) => ({ q, a }));
}

/** Words a command may put before its key/value pairs (`dict create`, `list`). */
const MAX_COMMAND_WORDS = 2;

/**
 * `[dict create name "…" n 1 say "…"]`: a body that is only names each followed by a text or a number, with no
 * separator (Tcl dicts, shell-like commands), after at most two command words: that record and the index of its
 * closing bracket; null when the body is anything else.
 */
function spacedPairs(ts: Token[], at: number): { record: Tree; end: number } | null {
  for (let skip = 0; skip <= MAX_COMMAND_WORDS; skip++) {
    if (skip > 0 && ts[at + skip - 1]?.kind !== "word") return null;
    const record: Tree = {};
    let j = at + skip;
    let pairs = 0;
    while (ts[j]?.kind === "word" && (ts[j + 1]?.kind === "string" || (ts[j + 1]?.kind === "word" && /^-?\d/u.test(ts[j + 1]?.text ?? "")))) {
      const v = ts[j + 1] as Token;
      record[(ts[j] as Token).text] = v.kind === "string" ? v.value ?? "" : Number(v.text);
      pairs++;
      j += 2;
    }
    if (pairs >= 2 && ts[j]?.kind === "close") return { record, end: j };
  }
  return null;
}

/** A bracketed body, element by element (commas, semicolons): keyed entries make a record, values alone a list. */
function body(c: Cursor, open: string, depth: number): unknown {
  const keyed: [string, unknown][] = [];
  const values: unknown[] = [];
  let element: unknown[] = [];
  const refs: Ref[] = [];
  let empties = 0;
  // `listOf("Q" to "A",)`, `f(x, )`: a call's argument list, whose one value is still a list of one.
  let listed = false;
  const flush = (): void => {
    empties += element.filter((v) => v === null).length;
    if (element.length === 1 && element[0] instanceof Ref && open === "(") refs.push(element[0]);
    const kept = element.filter((v) => v !== null && !(v instanceof Ref));
    // `{ name = caller, company }`: a bare name in a record is the entry of that name.
    if (element.length === 1 && element[0] instanceof Ref && open === "{") keyed.push([element[0].name, element[0]]);
    else if (kept.length === 1) values.push(kept[0]);
    // `new { … } new { … }` (Pkl, HOCON, Nix): records one after another with no separator are items of their own.
    else if (kept.length > 1 && kept.every(isRecord)) values.push(...kept);
    else if (kept.length > 1) values.push(positional(kept, typeof kept[0] === "number" && element[element.indexOf(kept[0]) + 1] === null));
    element = [];
  };
  const spaced = spacedPairs(c.ts, c.i);
  if (spaced !== null) {
    c.i = spaced.end + 1;
    return spaced.record;
  }
  while (c.i < c.ts.length && depth < 200) {
    const t = c.ts[c.i] as Token;
    if (t.kind === "close") { c.i++; break; }
    if (t.kind === "comma") { c.i++; listed = true; flush(); continue; }
    const next = c.ts[c.i + 1];
    // `["key"] = …` (Lua, Pkl), `key = …`, `key: …`, `"a" -> "b"`, and `key { … }` (HOCON, Pkl, HCL blocks).
    if (t.kind === "open" && t.text === "[" && isKey(next) && c.ts[c.i + 2]?.kind === "close" && c.ts[c.i + 3]?.kind === "sep") {
      c.i += 4;
      keyed.push([keyText(next as Token), value(c, depth)]);
      continue;
    }
    const typed = annotated(c.ts, c.i);
    if (typed > 0) {
      c.i = typed;
      keyed.push([keyText(t), value(c, depth)]);
      continue;
    }
    if (isKey(t) && (next?.kind === "sep" || (t.kind === "word" && !NOT_KEYS.has(t.text) && next?.kind === "open" && next.text === "{"))) {
      c.i += next.kind === "sep" ? 2 : 1;
      keyed.push([keyText(t), value(c, depth)]);
      continue;
    }
    // `"Q" to "A"` (Kotlin's pair): the word between two values makes them a pair, an item of a list.
    if (t.kind === "word" && t.text === "to" && element.length === 1 && typeof element[0] === "string") {
      c.i++;
      listed = true;
      continue;
    }
    element.push(value(c, depth));
  }
  flush();
  // `filter(s -> s.live, STEPS)`, `steps.filter((s) -> s.active)`: a call whose only data is one bound name is that
  // name's value (the records it drops are marked off and dropped later); the lambda's `s -> s.x` is no entry.
  const lambdas = keyed.filter(([k, v]) => v instanceof Ref && v.name.startsWith(`${k}.`));
  if (open === "(" && values.length === 0 && refs.length === 1 && keyed.length === lambdas.length) return refs[0];
  keyed.splice(0, keyed.length, ...keyed.filter((e) => !lambdas.includes(e)));
  if (keyed.length > 0) {
    const record = flagged(Object.fromEntries(keyed) as Tree);
    // Values beside keys (`Step(4, "…", active = false)`): the record's text.
    const texts = values.filter((v) => typeof v === "string");
    if (texts.length > 0 && record.say === undefined) record.say = texts.join("\n");
    const number = values.find((v) => typeof v === "number");
    if (texts.length > 0 && number !== undefined && record.n === undefined) record.n = number;
    return sentenceKeyed(record);
  }
  // `step(5, None)`, `Step 5 Nothing`: a number beside an empty line is a numbered step with nothing to say.
  if (open === "(" && values.length === 1 && typeof values[0] === "number" && empties > 0) return { n: values[0], say: "" };
  // `(x)` is x.
  if (open === "(" && values.length === 1 && !listed) return values[0];
  if (open !== "(") return pairs(values);
  // `mapOf("name" to "…", …)`: a call's pairs are read as a bracket's are.
  const made = positional(values);
  return Array.isArray(made) ? pairs(made) : made;
}

/**
 * `steps : List Step = [`, `val faq: List[(String, String)] = …`: a key, a type, then `=`; the index after the `=`, or
 * -1. The type holds no string and no new line that starts with anything but the `=`.
 */
function annotated(ts: Token[], at: number): number {
  const key = ts[at];
  if (!isKey(key) || ts[at + 1]?.text !== ":" || ["open", "string"].includes(ts[at + 2]?.kind ?? "") && ts[at + 2]?.text !== "[") return -1;
  let depth = 0;
  for (let i = at + 2; i < Math.min(ts.length, at + 24); i++) {
    const t = ts[i] as Token;
    if (t.kind === "sep" && t.text === "=" && depth === 0) return i + 1;
    if (t.kind === "string" || (t.lead && i > at + 2) || (t.kind === "sep" && depth === 0 && t.text !== "->")) return -1;
    if (t.kind === "open") depth++;
    if (t.kind === "close" && --depth < 0) return -1;
  }
  return -1;
}

/**
 * A name given its value with no `=` (`@caller "…"`, `set caller "…"`, `def opening, do: "…"`, `def steps do [ … ]`):
 * the index of the value after the name, or -1. The value is a string or a bracket on the name's own line.
 */
function definedAt(ts: Token[], at: number): number {
  const t = ts[at];
  if (t?.kind !== "word" || NOT_KEYS.has(t.text) || DECLARES.has(t.text) || t.text in WORDS) return -1;
  const next = ts[at + 1];
  if (next?.kind === "string" && !next.lead && ts[at + 2]?.kind !== "sep") return at + 1;
  // `set customer [dict create …]`, `lappend steps [ … ]`: a command's name and a bracketed value on its line.
  if (next?.kind === "open" && next.text === "[" && !next.lead && ts[at - 1]?.kind === "word" && ts[at - 1]?.lead === true) return at + 1;
  if (next?.kind === "comma" && ts[at + 2]?.text === "do" && ts[at + 3]?.kind === "sep") return at + 4;
  if (next?.kind === "word" && next.text === "do" && !next.lead && ["open", "string"].includes(ts[at + 2]?.kind ?? "")) return at + 2;
  return -1;
}

/** After a name, `As` and a type on the name's line, then `=` or `From {`: the index of the value, or -1. */
function basicTypedAt(ts: Token[], at: number): number {
  if (ts[at]?.text !== "As" || ts[at]?.lead === true) return -1;
  let depth = 0;
  for (let j = at + 1; j < Math.min(ts.length, at + 16); j++) {
    const t = ts[j] as Token;
    if (t.lead && !(t.kind === "string" && ts[j - 1]?.text === "=")) return -1;
    if (depth === 0 && t.kind === "sep" && t.text === "=") return j + 1;
    if (depth === 0 && t.text === "From" && ts[j + 1]?.text === "{") return j + 1;
    if (t.kind === "string") return -1;
    if (t.kind === "open") depth++;
    if (t.kind === "close") depth--;
  }
  return -1;
}

/** After a name, array brackets (`[]`, `[2]`, Fortran's `(6)`) then `=`: the index after the `=`, or -1. */
function sizedAt(ts: Token[], at: number): number {
  let j = at;
  // `steps(6) = [ … ]` (Fortran) sizes it the same way.
  while ((ts[j]?.text === "[" || (ts[j]?.text === "(" && j === at)) && (ts[j + 1]?.kind === "close" || (ts[j + 2]?.kind === "close" && /^\d+$/u.test(ts[j + 1]?.text ?? "")))) j += ts[j + 1]?.kind === "close" ? 2 : 3;
  return j > at && ts[j]?.kind === "sep" && ts[j]?.text === "=" ? j + 1 : -1;
}

/** A name given records in turn (`lappend steps [dict create …]` line after line) holds the list of them. */
function bindAgain(out: Tree, name: string, v: unknown): void {
  const before = out[name];
  const empty = before === undefined || (isRecord(before) && Object.keys(before).length === 0) || (Array.isArray(before) && before.length === 0);
  if (empty || !isRecord(v)) out[name] = v;
  else if (Array.isArray(before) && before.every(isRecord)) before.push(v);
  else if (isRecord(before)) out[name] = [before, v];
  else out[name] = v;
}

/** Top level: `name = value` bindings (after `let`, `val`, `def`…, type annotations skipped) and bare literals, merged. */
function topLevel(ts: Token[], shapes: Shapes): { bound: Tree; result: string[] } {
  const c: Cursor = { ts, i: 0, shapes };
  const out: Tree = {};
  // The keys of the record the file evaluates to (`let … in { … }`), in its order; empty when it has none.
  let result: string[] = [];
  while (c.i < ts.length) {
    const t = ts[c.i] as Token;
    const next = ts[c.i + 1];
    if (next?.kind === "sep" && next.text === "::") { c.i += 2; continue; }
    // `class Step { n: Int; say: String? }`: a type declared, whose block holds no line of text, is no data.
    if (t.kind === "word" && (DECLARES.has(t.text) || t.text === "object") && next?.kind === "word") {
      const open = wordChainEnd(ts, c.i + 1);
      const start = open > c.i + 1 ? open : c.i + 2;
      if (ts[start]?.kind === "open" && ts[start]?.text === "{") {
        c.i = start + 1;
        const declared = body(c, "{", 1);
        if (leafStrings(declared) === 0) {
          // `proc name {args} { … }`: the block right after the declared one is its code, no data when it holds no text.
          const after = c.i;
          if (ts[after]?.kind === "open" && ts[after]?.text === "{" && !ts[after]?.lead) {
            c.i = after + 1;
            if (leafStrings(body(c, "{", 1)) > 0) c.i = after;
          }
          continue;
        }
        // A class or object holding texts wraps the file's bindings: its members are read as the top level.
        c.i = start + 1;
        continue;
      }
    }
    // `Name As String = "…"`, `Steps As New List(Of Step) From { … }` (Visual Basic): the type sits between name and value.
    const typedAs = isKey(t) ? basicTypedAt(ts, c.i + 1) : -1;
    if (typedAs > 0) {
      c.i = typedAs;
      const v = value(c, 0);
      if (v !== null && !(v instanceof Ref)) out[keyText(t)] = v;
      continue;
    }
    // `STEPS[] = { … }`, `CUSTOMER[][2] = { … }` (C arrays): the brackets after the name size it, the value follows.
    const sized = isKey(t) ? sizedAt(ts, c.i + 1) : -1;
    if (sized > 0) {
      c.i = sized;
      const v = value(c, 0);
      if (v !== null && !(v instanceof Ref)) out[keyText(t)] = v;
      continue;
    }
    const typed = annotated(ts, c.i);
    const said = typed > 0 ? -1 : definedAt(ts, c.i);
    if (typed > 0) {
      c.i = typed;
      const v = value(c, 0);
      if (v !== null && !(v instanceof Ref)) out[keyText(t)] = v;
    } else if (said > 0) {
      c.i = said;
      const v = value(c, 0);
      if (v !== null && !(v instanceof Ref)) bindAgain(out, keyText(t), v);
    } else if (isKey(t) && next?.kind === "sep") {
      c.i += 2;
      const v = value(c, 0);
      if (v !== null && !(v instanceof Ref)) out[keyText(t)] = v;
    } else if (isKey(t) && !NOT_KEYS.has(t.text) && next?.kind === "open" && next.text === "{") {
      c.i += 1;
      out[keyText(t)] = value(c, 0);
    } else if (t.kind === "open") {
      c.i++;
      const v = body(c, t.text, 1);
      // `in { customer, steps }`: a punned name keeps the value bound before it.
      if (typeof v === "object" && v !== null && !Array.isArray(v)) {
        for (const [k, x] of Object.entries(v)) if (!(x instanceof Ref && k in out)) out[k] = x;
        if (t.text === "{" && Object.keys(v).length >= 2) result = Object.keys(v);
      }
    } else c.i++;
  }
  return { bound: out, result };
}

/** Names replaced by what the file binds them to; a name bound to nothing is dropped. */
function resolve(v: unknown, bound: Tree, seen = 0): unknown {
  if (v instanceof Ref) return seen < 8 && v.name in bound && !(bound[v.name] instanceof Ref) ? resolve(bound[v.name], bound, seen + 1) : null;
  if (v instanceof Concat) {
    // A name bound to no text (a parameter, a field of the callee) leaves its place empty.
    const parts = v.parts.map((p) => (p instanceof Ref || p instanceof Concat ? resolve(p, bound, seen + 1) : p));
    return parts.some((p) => typeof p === "string") ? parts.map((p) => (typeof p === "string" || typeof p === "number" ? String(p) : "")).join("") : null;
  }
  if (Array.isArray(v)) return v.map((x) => resolve(x, bound, seen));
  // A record's entry naming nothing the file binds (a type, `None Text`) is no entry, nor is a type's empty record.
  if (typeof v === "object" && v !== null) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x, bound, seen)] as const)
      .filter(([k, x]) => !(x === null && ((v as Tree)[k] instanceof Ref || (v as Tree)[k] instanceof Concat)) && !(typeof x === "object" && x !== null && Object.keys(x).length === 0)));
  }
  return v;
}

/** Names the top level's values refer to (inside another binding, not as themselves). */
function referenced(top: Tree): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, own: string): void => {
    if (v instanceof Ref) { if (v.name !== own) out.add(v.name); return; }
    if (typeof v === "object" && v !== null) for (const x of Object.values(v)) walk(x, own);
  };
  for (const [k, v] of Object.entries(top)) walk(v, k);
  return out;
}

/** How many other bindings a record takes in by name (`caller = CALLER`) makes it the file's result. */
const GATHERED = 3;

/** The number of a record's entries that are names of the file's other bindings. */
function gathers(v: unknown, top: Tree): number {
  if (!isRecord(v)) return 0;
  return Object.values(v).filter((x) => x instanceof Ref && x.name in top && top[x.name] !== v).length;
}

const leafStrings = (v: unknown): number =>
  v instanceof Ref ? 0 : typeof v === "string" ? (v.length > 0 ? 1 : 0) : Array.isArray(v) ? v.reduce((n: number, x) => n + leafStrings(x), 0)
    : typeof v === "object" && v !== null ? Object.values(v).reduce((n: number, x) => n + leafStrings(x), 0) : 0;

/** `kSteps`, `kCaller`: the `k` a C++/Go/Objective-C constant's name starts with is no word of it. */
function unprefixed(top: Tree): Tree {
  const keys = Object.keys(top);
  if (keys.filter((k) => /^k[A-Z]/u.test(k)).length < 2) return top;
  return Object.fromEntries(Object.entries(top).map(([k, v]) => [/^k[A-Z]/u.test(k) && !(k.slice(1) in top) ? k.slice(1) : k, v]));
}

export const LOOSE_MAX_CHARS = 256 * 1024;

/** Brackets that balance around several strings, most lines data (see `isCodeText`): tried when no stricter reader fits. */
export function isLooseLiteral(text: string): boolean {
  if (text.length > LOOSE_MAX_CHARS) return false;
  const { masked, strings } = lexCode(text);
  const opens = (masked.match(/[{[(]/gu) ?? []).length;
  const closes = (masked.match(/[}\])]/gu) ?? []).length;
  return strings.length >= 5 && opens >= 3 && Math.abs(opens - closes) <= 1;
}

export function looseLiteralTree(text: string): Tree | null {
  const { masked, strings } = lexCode(fortranAsData(withoutBasicComments(withoutDeadCode(text))));
  const shapes = recordShapes(masked, strings);
  // `std::string(…)`, `ns::NAME`: a namespace path before a name is no part of it (Haskell's `x :: T` is spaced).
  const prepared = typedInitialisers(withoutIndentedStatements(withoutStatementBodies(withoutWrappers(withStringMacros(masked, strings)))).replace(/\b[\p{L}_][\p{L}\p{N}_]*::(?=[\p{L}_])/gu, ""), shapes);
  const { bound: named, result } = topLevel(tokens(prepared, strings), shapes);
  const top = unprefixed(named);
  const filled = fillPlaceholders(resolve(top, { ...named, ...top }) as Tree, masked, strings);
  // The record the file evaluates to is the document, in its own order; without one, every binding is, less the
  // helpers another binding takes in (`customer = client`), read once where they are used.
  const tree = result.length > 0 ? Object.fromEntries(result.filter((k) => k in filled).map((k) => [k, filled[k]])) : filled;
  // `SCRIPT = (; caller = CALLER, steps = filter(…, STEPS), faq = FAQ, …)`: a binding gathering several others by name
  // is the record the file hands on, the document itself.
  const gathering = result.length > 0 ? undefined : Object.keys(top).find((k) => gathers(top[k], top) >= GATHERED && isRecord(filled[k]));
  if (gathering !== undefined) return leafStrings(filled[gathering]) >= 5 ? filled[gathering] as Tree : null;
  if (result.length === 0) for (const name of referenced(top)) if (typeof tree[name] === "object") delete tree[name];
  return leafStrings(tree) >= 5 ? tree : null;
}
