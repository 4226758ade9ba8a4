// BibTeX (.bib): `@type{key, field = value, …}` entries → { key: { field: value } }. A value is `{braced}` (inner
// braces, BibTeX's case guards, dropped), `"quoted"`, a number or an `@string` macro name, joined by `#`; macros are filled in. `@comment`
// and `@preamble` entries and lines outside entries (JabRef's `%` header) are left out: a retired entry moved into a
// `@comment` is not in the data.

type Tree = Record<string, unknown>;

/** BibTeX's free-text field is the entry's text; the other field names are kept. */
const FIELD_MEANING: Record<string, string> = { note: "text" };

const ENTRY = /^[ \t]*@[A-Za-z]+[ \t]*[{(]/gmu;

export function isBibtex(text: string): boolean {
  return (text.match(ENTRY)?.length ?? 0) >= 2 && /^[ \t]*@(?:misc|article|book|string|online|inproceedings|manual|techreport|unpublished)[ \t]*[{(]/imu.test(text) && /[{,]\s*[A-Za-z][\w-]*\s*=\s*[{"\w]/u.test(text);
}

/** The end of the balanced group opened at `start` (the index of its `{`), or -1. */
function closeOf(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Fields of one entry body (after its key), values concatenated and macros filled in. */
function fieldsOf(body: string, macros: Map<string, string>): Tree {
  const out: Tree = {};
  let i = 0;
  while (i < body.length) {
    const name = /\s*,?\s*([A-Za-z][\w-]*)\s*=\s*/uy;
    name.lastIndex = i;
    const m = name.exec(body);
    if (m === null) break;
    i = name.lastIndex;
    const parts: string[] = [];
    for (;;) {
      while (/\s/u.test(body[i] ?? "")) i++;
      const c = body[i];
      if (c === "{") {
        const end = closeOf(body, i);
        if (end < 0) return out;
        parts.push(body.slice(i + 1, end));
        i = end + 1;
      } else if (c === '"') {
        const end = body.indexOf('"', i + 1);
        if (end < 0) return out;
        parts.push(body.slice(i + 1, end));
        i = end + 1;
      } else {
        const word = /[\w:.-]+/uy;
        word.lastIndex = i;
        const w = word.exec(body);
        if (w === null) break;
        parts.push(macros.get(w[0].toLowerCase()) ?? w[0]);
        i = word.lastIndex;
      }
      while (/\s/u.test(body[i] ?? "")) i++;
      if (body[i] !== "#") break;
      i++;
    }
    const field = (m[1] ?? "").toLowerCase();
    out[FIELD_MEANING[field] ?? field] = parts.join("").replace(/[{}]/gu, "").replace(/\s*\n\s*/gu, " ").trim();
  }
  return out;
}

export function bibtexTree(text: string): Tree | null {
  const macros = new Map<string, string>();
  const tree: Tree = {};
  let done = 0;
  for (const m of text.matchAll(ENTRY)) {
    // An entry inside another (a retired one moved into @comment) goes with the one around it.
    if ((m.index ?? 0) < done) continue;
    const at = text.indexOf("{", m.index ?? 0);
    const end = closeOf(text, at);
    if (end < 0) continue;
    done = end;
    const type = /@([A-Za-z]+)/u.exec(m[0])?.[1]?.toLowerCase() ?? "";
    const inside = text.slice(at + 1, end);
    if (type === "comment" || type === "preamble") continue;
    if (type === "string") {
      for (const [k, v] of Object.entries(fieldsOf(inside, macros))) macros.set(k, String(v));
      continue;
    }
    const comma = inside.indexOf(",");
    if (comma < 0) continue;
    const fields = fieldsOf(inside.slice(comma + 1), macros);
    // Entries a writer sorted by their first keyword ("step", "faq") are the items of one part, in file order.
    const kind = /^[^,;]+/u.exec(String(fields["keywords"] ?? ""))?.[0]?.trim() ?? "";
    const key = inside.slice(0, comma).trim();
    if (kind === "") { tree[key] = fields; continue; }
    delete fields["keywords"];
    const group = tree[kind];
    if (Array.isArray(group)) group.push(fields);
    else tree[kind] = [fields];
  }
  return Object.keys(tree).length === 0 ? null : tree;
}
