// Data containers written as text (Apple plist, SQL dump, gettext PO, protobuf text / HCL, JSON Lines) → the tree of keys and values they
// hold, so the human-written text inside reaches the same outline reader as a team's own JSON (json-outline.ts).

import { batchTree, isBatchVariables } from "./batch-vars.js";
import { bibtexTree, isBibtex } from "./bibtex-tree.js";
import { blockConfigTree, isBlockConfig } from "./block-config.js";
import { withCommentData } from "./comment-data.js";
import { dottedTree, isDottedProperties } from "./dotted-keys.js";
import { isLiteralData, literalTree } from "./literal-tree.js";
import { codeTree, isCodeText, isLispText } from "./code-tree.js";
import { isLooseLiteral, looseLiteralTree } from "./loose-literal.js";
import { isNodeDocument, nodeDocumentTree } from "./node-document.js";
import { isSectionConfig, sectionConfigTree } from "./section-config.js";
import { isXml, xmlTree } from "./xml-tree.js";
import { typedRowsTree } from "./typed-rows.js";

type Tree = Record<string, unknown>;

/**
 * One container: how its text shows it, and the tree it holds (null: not that container after all). `dataOnly`: every
 * line is a key, a value or a comment, so a document reading sees only `key = value` lines and a tie goes to the tree.
 */
interface Container { name: string; detect: (text: string) => boolean; tree: (text: string) => Tree | null; dataOnly?: true; /** a code reading: the bracketed-data reading after it is tried too */ code?: true }

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(#x?[0-9a-f]+|\w+);/giu, (m, e: string) => e.startsWith("#") ? String.fromCodePoint(parseInt(e.slice(e[1] === "x" ? 2 : 1), e[1] === "x" ? 16 : 10)) : ENTITIES[e] ?? m);

/** Apple property list: <key>/<value> siblings in <dict>, <array> of values. */
function plistTree(text: string): Tree | null {
  const body = text.replace(/<!--[\s\S]*?-->/gu, "");
  const tokens = [...body.matchAll(/<(\/?)(dict|array|key|string|date|integer|real|data|true|false)(\/?)>(?:([^<]*)<\/\2>)?/gu)];
  let i = 0;
  const value = (): unknown => {
    const t = tokens[i++];
    if (t === undefined) return null;
    const [, close, tag, selfClosed, inner] = t;
    if (close === "/") return null;
    if (tag === "true" || tag === "false") return tag === "true";
    if (tag === "dict") {
      const out: Tree = {};
      if (selfClosed === "/") return out;
      while (i < tokens.length && !(tokens[i]?.[1] === "/" && tokens[i]?.[2] === "dict")) {
        const k = tokens[i++];
        if (k?.[2] !== "key") continue;
        out[unescapeXml(k[4] ?? "")] = value();
      }
      i++;
      return out;
    }
    if (tag === "array") {
      const out: unknown[] = [];
      if (selfClosed === "/") return out;
      while (i < tokens.length && !(tokens[i]?.[1] === "/" && tokens[i]?.[2] === "array")) out.push(value());
      i++;
      return out;
    }
    if (tag === "integer" || tag === "real") return Number(inner);
    return unescapeXml(inner ?? "");
  };
  const root = value();
  return typeof root === "object" && root !== null && !Array.isArray(root) ? root as Tree : null;
}

/** A SQL literal list "(3,'it''s',NULL)": its values, strings unescaped, NULL as null. */
function sqlValues(text: string): unknown[][] {
  const rows: unknown[][] = [];
  let row: unknown[] | null = null;
  const re = /'((?:[^'\\]|''|\\.)*)'|(NULL)\b|(-?\d+(?:\.\d+)?)|([(),])/giu;
  for (const m of text.matchAll(re)) {
    if (m[4] === "(") row = [];
    else if (m[4] === ")") { if (row !== null) rows.push(row); row = null; }
    else if (row === null || m[4] === ",") continue;
    else if (m[1] !== undefined) row.push(m[1].replace(/''/gu, "'").replace(/\\n/gu, "\n").replace(/\\(.)/gu, "$1"));
    else if (m[2] !== undefined) row.push(null);
    else if (m[3] !== undefined) row.push(Number(m[3]));
  }
  return rows;
}

/** Columns that only join rows to another table ("agent_id", "id"): no content. */
const JOIN_COLUMN = /^(?:id|\w+_id)$/iu;

/** SQL dump: each table's rows as records of its CREATE TABLE columns; a 0/1 flag column as a boolean. */
function sqlTree(text: string): Tree | null {
  const out: Tree = {};
  const columns = new Map<string, string[]>();
  for (const m of text.matchAll(/CREATE TABLE\s+[`"]?(\w+)[`"]?\s*\(([\s\S]*?)\);/giu)) {
    columns.set(m[1] ?? "", [...(m[2] ?? "").matchAll(/(?:^|,)\s*[`"]?(\w+)[`"]?\s+\w/gu)].map((c) => c[1] ?? "").filter((c) => !/^(?:PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX)$/iu.test(c)));
  }
  for (const m of text.matchAll(/INSERT INTO\s+[`"]?(\w+)[`"]?\s*(?:\(([^)]*)\))?\s*VALUES\s*([\s\S]*?\));\s*$/gimu)) {
    const table = m[1] ?? "";
    const names = m[2] !== undefined ? m[2].split(",").map((c) => c.replace(/[`"\s]/gu, "")) : columns.get(table) ?? [];
    const rows = sqlValues(m[3] ?? "").map((values) => {
      const record: Tree = {};
      values.forEach((v, i) => {
        const name = names[i] ?? `column${i + 1}`;
        if (v === null || JOIN_COLUMN.test(name)) return;
        record[name] = /^(?:active|enabled|disabled|is_\w+)$/iu.test(name) && (v === 0 || v === 1) ? v === 1 : v;
      });
      return record;
    });
    const list = (out[table] as unknown[] | undefined) ?? [];
    out[table] = [...list, ...rows];
  }
  // A table of one row is one record (one value when it has one column); a field/value table is the record it spells.
  for (const [table, rows] of Object.entries(out)) {
    const list = rows as Tree[];
    const keys = [...new Set(list.flatMap((r) => Object.keys(r)))];
    if (keys.length === 2 && list.every((r) => typeof Object.values(r)[0] === "string" && Object.keys(r).length === 2) && list.length > 1 && /^(?:field|key|name|attribute)$/iu.test(keys[0] ?? "")) {
      out[table] = Object.fromEntries(list.map((r) => [String(r[keys[0] ?? ""]), r[keys[1] ?? ""]]));
    } else if (keys.includes("kind") && list.length > 1 && list.every((r) => typeof r.kind === "string" && /^\w{1,20}$/u.test(r.kind))) {
      // An enum column ("faq" / "objection") sorts the rows into the parts it names.
      const byKind: Tree = {};
      for (const r of list) {
        const { kind, ...rest } = r;
        byKind[String(kind)] = [...((byKind[String(kind)] as unknown[] | undefined) ?? []), rest];
      }
      out[table] = byKind;
    } else if (list.length === 1 && keys.length === 1) out[table] = list[0]?.[keys[0] ?? ""];
    else if (list.length === 1) out[table] = list[0];
  }
  return Object.keys(out).length === 0 ? null : out;
}

/** gettext catalogue: the header's fields, then each msgctxt's entries (an identifier msgid names its text). */
function poTree(text: string): Tree | null {
  const out: Tree = {};
  const entries = text.split(/\r?\n\s*\r?\n/u);
  for (const entry of entries) {
    const live = entry.split(/\r?\n/u).filter((l) => !l.startsWith("#"));
    const parts: Record<string, string> = {};
    let current = "";
    for (const line of live) {
      const m = /^(msgctxt|msgid|msgstr)\s+"(.*)"\s*$/u.exec(line) ?? /^()"(.*)"\s*$/u.exec(line);
      if (m === null) continue;
      if (m[1] !== "") current = m[1] ?? "";
      parts[current] = (parts[current] ?? "") + (m[2] ?? "").replace(/\\n/gu, "\n").replace(/\\(.)/gu, "$1");
    }
    if (parts.msgid === undefined) continue;
    const said = (parts.msgstr ?? "").trim();
    if (parts.msgid === "") {
      for (const line of said.split("\n")) {
        const field = /^X-([\w-]+):\s*(.+)$/u.exec(line);
        if (field !== null) out[field[1] ?? ""] = field[2];
      }
      continue;
    }
    const group = parts.msgctxt ?? "messages";
    const list = (out[group] as unknown[] | undefined) ?? [];
    // An identifier names the text ("STEP_1_GREET"); a sentence in msgid is the first half of a pair (a question, a condition).
    list.push(/\s/u.test(parts.msgid) ? { q: parts.msgid, a: said } : { id: parts.msgid, text: said });
    out[group] = list;
  }
  // A context naming a member of another ("step2.if"): its condition/action pair is that member's branch.
  for (const [group, list] of Object.entries(out)) {
    const member = /^(.+?)[_-]?(\d+)\.(\w+)$/u.exec(group);
    const owner = member === null ? undefined : out[member[1] ?? ""];
    const target = Array.isArray(owner) ? owner[Number(member?.[2]) - 1] as Tree | undefined : undefined;
    if (target === undefined || !Array.isArray(list)) continue;
    target[member?.[3] === "if" ? "branch" : member?.[3] ?? "branch"] = (list as Tree[]).map((r) => (r.q === undefined ? r : { if: r.q, then: r.a }))[0];
    delete out[group];
  }
  for (const [group, list] of Object.entries(out)) {
    if (!Array.isArray(list)) continue;
    const records = list as Tree[];
    // Single-value groups (a persona, a closing) read as their text; named one-line fields as a record.
    if (records.length === 1 && records[0]?.text !== undefined) out[group] = records[0].text;
    else if (records.every((r) => r.id !== undefined && Object.keys(r).length === 2 && typeof r.text === "string" && !(r.text as string).includes("\n") && (r.text as string).length <= 60)) {
      out[group] = Object.fromEntries(records.map((r) => [String(r.id), r.text]));
    }
  }
  return Object.keys(out).length === 0 ? null : out;
}

/** JSON Lines: one record a line, read as a message list. */
function jsonLinesTree(text: string): Tree | null {
  const records: unknown[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === "") continue;
    try { records.push(JSON.parse(line)); } catch { return null; }
  }
  return byRecordType(records) ?? { messages: records };
}

/** A record's type key ("type": "step", "kind": "faq"). */
const RECORD_TYPE_KEY = ["type", "kind", "record"] as const;

/**
 * Lines that each say what they are (`{"type":"step",…}`, `{"type":"kb",…}`): grouped by that type, a type on one line
 * a record of its own, a type on several a list, so an export of typed lines reads as the document it was cut from.
 */
function byRecordType(records: readonly unknown[]): Tree | null {
  const key = RECORD_TYPE_KEY.find((k) => records.every((r) => typeof r === "object" && r !== null && !Array.isArray(r) && typeof (r as Tree)[k] === "string"));
  if (key === undefined) return null;
  const groups = new Map<string, Tree[]>();
  for (const r of records as Tree[]) {
    const { [key]: type, ...rest } = r;
    groups.set(String(type), [...(groups.get(String(type)) ?? []), rest]);
  }
  // Messages of a transcript ("type": "user"/"assistant") keep their own reading.
  if (groups.size < 3) return null;
  return Object.fromEntries([...groups].map(([type, list]) => [type, list.length === 1 ? list[0] : list]));
}

const LOOSE_NAME = "bracketed data of any language (its records and lists)";

/** In order; the first a text shows is the one it is read as. */
export const CONTAINERS: readonly Container[] = [
  { name: "Apple property list", detect: (t) => /<plist\b/u.test(t) && /<dict>/u.test(t), tree: plistTree },
  { name: "XML document", detect: isXml, tree: xmlTree },
  { name: "SQL dump", detect: (t) => /^\s*INSERT INTO\b/imu.test(t) && /^\s*CREATE TABLE\b/imu.test(t), tree: sqlTree },
  { name: "gettext catalogue", detect: (t) => (t.match(/^msgid\s+"/gmu)?.length ?? 0) >= 3 && /^msgstr\s+"/mu.test(t), tree: poTree },
  { name: "BibTeX entries (macros filled in; @comment left out)", detect: isBibtex, tree: bibtexTree },
  { name: "node document (KDL, SDLang)", detect: isNodeDocument, tree: nodeDocumentTree },
  { name: "block configuration (protobuf text, HCL)", detect: isBlockConfig, tree: blockConfigTree },
  { name: "JSON Lines", detect: (t) => { const l = t.split(/\r?\n/u).filter((x) => x.trim() !== ""); return l.length >= 3 && l.every((x) => /^\s*\{.*\}\s*$/u.test(x)); }, tree: jsonLinesTree },
  { name: "table of typed rows (a kind column, a yes/no column)", detect: (t) => typedRowsTree(t) !== null, tree: typedRowsTree, dataOnly: true },
  { name: "sectioned configuration (INI, TOML)", detect: isSectionConfig, tree: sectionConfigTree, dataOnly: true },
  { name: "batch script's variables", detect: isBatchVariables, tree: batchTree, dataOnly: true },
  { name: "properties file", detect: isDottedProperties, tree: dottedTree },
  // Lisp before the data literal: its `'(…)` quotes and `;` comments are no literal's.
  { name: "Lisp source (its definitions)", detect: (t) => isLispText(t) && isCodeText(t), tree: codeTree, dataOnly: true, code: true },
  { name: "data literal (JSON5, a code constant, EDN)", detect: isLiteralData, tree: literalTree, code: true },
  { name: "source code (its named strings and records)", detect: isCodeText, tree: codeTree, dataOnly: true, code: true },
  { name: LOOSE_NAME, detect: (t) => isLooseLiteral(t) && isCodeText(t), tree: looseLiteralTree, dataOnly: true },
];

export interface FoundContainer { name: string; tree: Tree; dataOnly: boolean }

/** The tree a container text holds and the container's name, or null when the text is no container this knows. */
export function containerTree(text: string): FoundContainer | null {
  return containerTrees(text)[0] ?? null;
}

/** Every reading of the text as a container, in the order above (a code file is often also bracketed data). */
export function containerTrees(text: string): FoundContainer[] {
  const out: FoundContainer[] = [];
  for (const c of CONTAINERS) {
    if (!c.detect(text)) continue;
    const tree = c.tree(text);
    // A dataset pasted in the file's comments is part of what the file holds.
    if (tree !== null) out.push({ name: c.name, tree: withCommentData(tree, text), dataOnly: c.dataOnly === true });
    // Only code has a second reading: the bracketed data after it.
    if (tree !== null && c.code !== true) break;
  }
  // The readings are weighed by the parts they find and a tie goes to the first: of a code reading and its bracketed
  // data, the one holding more texts in lists goes first (a script is a list; constructor calls' lines the code
  // reading cannot see).
  const loose = out.findIndex((f) => f.name === LOOSE_NAME);
  if (loose > 0 && listedTexts(out[loose]?.tree) > Math.max(...out.slice(0, loose).map((f) => listedTexts(f.tree)))) out.unshift(...out.splice(loose, 1));
  return out;
}

/** The number of non-empty texts inside lists of a tree. */
function listedTexts(v: unknown, listed = false): number {
  if (typeof v === "string") return listed && v.trim() !== "" ? 1 : 0;
  if (typeof v === "object" && v !== null) return Object.values(v).reduce((n: number, x) => n + listedTexts(x, listed || Array.isArray(v)), 0);
  return 0;
}
