// Assignments into an indexed name (`step[2] = …`, `faq["q"] = …`, `s.steps{1} = …`, `s.branch(1).when = …`: AWK
// arrays, Lua/PHP tables, MATLAB cells and struct arrays) spelled as a dotted key before the code tree is built, so
// each value lands under its name and index instead of as a loose item of the bracket the index opened.

import type { CodeString } from "./code-lexer.js";

/** One index after a name: `[2]`, `["key"]` (masked as `[__S<n>__]`), `{1}`, `{1, 2}`, `(3)`, or a `.field`. */
const PART = /\.([A-Za-z_]\w*)|\[\s*(\d+|__S\d+__)\s*\]|\{\s*(\d+)\s*(?:,\s*(\d+)\s*)?\}|\(\s*(\d+)\s*\)/uy;
/** A statement's start: a name right after the line's indentation (or a `;`). */
const LEAD = /(^|;)([ \t]*)([A-Za-z_][\w]*)/gmu;
/** The assignment after the target: `=` that is no comparison. */
const ASSIGN = /\s*=(?!=)/uy;

/** How a rewritten target is marked in the masked code (`__Ifaq.1.q__`), so only these keys keep their dotted path. */
export const INDEXED_OPEN = "__I";
export const INDEXED_KEY = /^__I([\w.]+)__\s*=\s*$/u;

/** The masked code with each indexed assignment target rewritten as `name.index.field`; other code as it was. */
export function dottedIndexes(masked: string, strings: readonly CodeString[]): string {
  let out = "";
  let end = 0;
  for (const m of masked.matchAll(LEAD)) {
    const start = (m.index ?? 0) + (m[1] ?? "").length + (m[2] ?? "").length;
    const parts: string[] = [m[3] as string];
    let indexed = false;
    let at = start + (m[3] as string).length;
    for (;;) {
      PART.lastIndex = at;
      const p = PART.exec(masked);
      if (p === null) break;
      const key = p[1] ?? indexKey(p[2], strings) ?? p[3] ?? p[5];
      if (key === undefined || key === null) break;
      // Dots before the first index name a struct the code writes into (`s.` of `s.steps{1}`): the index's name leads.
      if (p[1] === undefined) indexed = true;
      if (p[1] !== undefined && !indexed && parts[0] === m[3] && parts.length === 1 && at === start + (m[3] as string).length) parts.length = 0;
      parts.push(key);
      if (p[4] !== undefined) parts.push(p[4]);
      at = PART.lastIndex;
    }
    ASSIGN.lastIndex = at;
    // A struct written field by field (`s.customer.name = …`): its fields nest as a record's, the struct's own name
    // dropped; a name with one field (`self.name = …`) is read as before, by its last name.
    const nested = !indexed && parts.length >= 2 && masked.slice(start, at).split(".").length >= 3;
    if (!(indexed || nested) || !ASSIGN.test(masked)) continue;
    out += masked.slice(end, start) + `${INDEXED_OPEN}${parts.join(".")}__`;
    end = at;
  }
  return out + masked.slice(end);
}

/** A bracketed index's key: a number, or a string of word characters (`["name"]`); null for any other string. */
function indexKey(raw: string | undefined, strings: readonly CodeString[]): string | null | undefined {
  if (raw === undefined) return undefined;
  const mark = /^__S(\d+)__$/u.exec(raw);
  if (mark === null) return raw;
  const value = strings[Number(mark[1])]?.value ?? "";
  return /^[A-Za-z_]\w*$/u.test(value) ? value : null;
}
