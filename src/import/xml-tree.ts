// Any XML (a prompt pack, an app's export) → the tree its elements spell: attributes and child elements as fields
// (a name repeated is a list), an element holding text with inline markup (SSML <break>, <emphasis>) as that text.

import { nestCompoundKeys } from "./compound-keys.js";

type Tree = Record<string, unknown>;
interface Element { name: string; attrs: Tree; children: (Element | string)[] }

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/giu, (m, e: string) => e.startsWith("#") ? String.fromCodePoint(parseInt(e.slice(e[1] === "x" ? 2 : 1), e[1] === "x" ? 16 : 10)) : ENTITIES[e] ?? m);

/** An XML document (a declaration or one root element), not an HTML page. */
export function isXml(text: string): boolean {
  const t = text.replace(/^\uFEFF/u, "").trimStart();
  return (t.startsWith("<?xml") || /^<[A-Za-z][\w:.-]*[\s>]/u.test(t)) && !/<html\b|<!DOCTYPE html/iu.test(t.slice(0, 500)) && /<\/[A-Za-z][\w:.-]*>\s*$/u.test(t.trimEnd());
}

function attrValue(v: string): unknown {
  return v === "true" ? true : v === "false" ? false : unescapeXml(v);
}

function parse(text: string): Element | null {
  const body = text.replace(/<!--[\s\S]*?-->/gu, "").replace(/<\?[\s\S]*?\?>/gu, "").replace(/<!DOCTYPE[^>]*>/giu, "")
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, (_m, inner: string) => inner.replace(/</gu, "&lt;"));
  const root: Element = { name: "", attrs: {}, children: [] };
  const stack: Element[] = [root];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gu)) {
    const top = stack[stack.length - 1] as Element;
    if (m[5] !== undefined) { top.children.push(unescapeXml(m[5])); continue; }
    if (m[1] === "/") { if (stack.length > 1) stack.pop(); continue; }
    const attrs: Tree = {};
    for (const a of (m[3] ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) attrs[(a[1] ?? "").replace(/^.*:/u, "")] = attrValue(a[2] ?? a[3] ?? "");
    const el: Element = { name: (m[2] ?? "").replace(/^.*:/u, ""), attrs, children: [] };
    top.children.push(el);
    if (m[4] !== "/") stack.push(el);
  }
  return root.children.find((c): c is Element => typeof c !== "string") ?? null;
}

const textOf = (el: Element): string => el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");

/** A resource entry: a name attribute (beside others like xml:space or type) and a `value` child holding text only. */
function namedValue(el: Element): [string, string] | null {
  const name = el.attrs.name ?? el.attrs.key;
  if (typeof name !== "string" || name === "") return null;
  const parts = el.children.filter((c): c is Element => typeof c !== "string");
  const value = parts.find((p) => p.name === "value");
  if (value === undefined || !value.children.every((x) => typeof x === "string") || parts.some((p) => !["value", "comment"].includes(p.name))) return null;
  return [name, textOf(value).trim()];
}

function convert(el: Element): unknown {
  const elements = el.children.filter((c): c is Element => typeof c !== "string");
  const ownText = el.children.filter((c): c is string => typeof c === "string").join("").trim();
  // Text with inline markup, or text alone: the element is that text (its attributes beside it).
  if (ownText !== "" || elements.length === 0) {
    const said = textOf(el).replace(/\s+/gu, (s) => (s.includes("\n") ? "\n" : " ")).trim();
    return Object.keys(el.attrs).length === 0 ? said : { ...el.attrs, text: said };
  }
  let out: Tree = { ...el.attrs };
  const counts = new Map<string, number>();
  for (const c of elements) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  for (const c of elements) {
    // <field name="…">text</field>: a named field, written as the record it spells.
    const named = Object.keys(c.attrs).length === 1 ? /^(?:name|key|label|field)$/u.exec(Object.keys(c.attrs)[0] ?? "") : null;
    if (named !== null && c.children.every((x) => typeof x === "string")) { out[String(c.attrs[named[0]])] = textOf(c).trim(); continue; }
    // <data name="…"><value>text</value><comment>…</comment></data> (.resx, settings): the named value, its notes aside.
    const valued = namedValue(c);
    if (valued !== null) { out[valued[0]] = valued[1]; continue; }
    const value = convert(c);
    if ((counts.get(c.name) ?? 0) > 1) out[c.name] = [...((out[c.name] as unknown[] | undefined) ?? []), value];
    else out[c.name] = value;
  }
  // Named resource entries (`Step2_Say`, `Customer_Name`) spell the nesting in their names.
  if (elements.some((c) => namedValue(c) !== null)) out = nestCompoundKeys(out);
  return out;
}

export function xmlTree(text: string): Tree | null {
  const root = parse(text);
  if (root === null) return null;
  const tree = convert(root);
  return typeof tree === "object" && tree !== null && !Array.isArray(tree) ? tree as Tree : null;
}
