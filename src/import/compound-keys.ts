// Flat keys that spell a structure (`Step2_Say`, `Step2_If`, `Customer_Name`, `Faq1_Question`, `Objection1`): a
// resource file or a settings export has no nesting, so its names carry it. Split into prefix, number and field,
// and nested, once two or more keys share a prefix; a prefix's own value (`Objection1`) is kept under its name.

import { listsFromNumberKeys } from "./dotted-keys.js";

type Tree = Record<string, unknown>;

/** Prefix (letters), an optional number, an optional `_Field`; a key with neither number nor field is left whole. */
const COMPOUND = /^(\p{L}+?)(\d+)?(?:_([\p{L}\p{N}]+))?$/u;

/** A condition's field written first (`IF_STEP2`, `Then_Step2`): the same parts as `STEP2_IF`. */
const LEADING_FIELD = /^(if|when|then|else)_(\p{L}+?)(\d+)$/iu;

/** A prefix a program shortens, as written out (`OBJ1_Q`: an objection and its reply). */
const SPELLED: Readonly<Record<string, string>> = { obj: "objection", objs: "objection" };

function parts(key: string): [string, string | undefined, string | undefined] | null {
  const lead = LEADING_FIELD.exec(key);
  if (lead !== null) return [lead[2] as string, lead[3], lead[1]];
  const m = COMPOUND.exec(key);
  if (m === null || (m[2] === undefined && m[3] === undefined)) return null;
  const prefix = m[1] as string;
  return [SPELLED[prefix.toLowerCase()] ?? prefix, m[2], m[3]];
}

export function nestCompoundKeys(tree: Tree): Tree {
  const split = new Map(Object.keys(tree).map((k) => [k, parts(k)] as const));
  const counts = new Map<string, number>();
  for (const p of split.values()) if (p !== null) counts.set(p[0], (counts.get(p[0]) ?? 0) + 1);
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    const p = split.get(key);
    if (p === null || p === undefined || (counts.get(p[0]) ?? 0) < 2 || typeof value !== "string") { out[key] = value; continue; }
    const [prefix, n, field] = p;
    let at = (out[prefix] ?? {}) as Tree;
    out[prefix] = at;
    if (n !== undefined) {
      at[n] = (at[n] ?? {}) as Tree;
      at = at[n] as Tree;
    }
    at[field ?? prefix.toLowerCase()] = value;
  }
  return listsFromNumberKeys(out) as Tree;
}
