// A whole document written as INI or TOML ("[agent]" / "[[steps]]" / "key = value", "#" or ";" comments): its tables
// become Markdown headings and its keys the lines the ordinary reader reads, each at the line of its key. Tables of
// one name repeated ("[[steps]]", "[步骤1]" "[步骤2]") are the items of one section.

import type { SourceLine } from "./lines.js";
import { classifyHeading, type SectionKind } from "./section-names.js";

const SPOKEN_KINDS: ReadonlySet<SectionKind> = new Set(["opening", "closingLines", "endAndClosing"]);

const HEADER = /^\s*\[(\[?)\s*([^[\]]{1,60}?)\s*\]\]?\s*$/u;
const KEY_VALUE = /^\s*([^=\s"'[\]#;][^=]{0,40}?)\s*=\s*(.*)$/u;
const COMMENT = /^\s*(?:#|;)/;
/** "[步骤1]", "[step_2]", "[stage 3]": a table numbered after its name is one item of the section that name gives. */
const NUMBERED = /^(.*?\D)[\s_-]*(\d{1,2})$/u;

/** Item fields and what each becomes: the title, the line said, a branch, a question or an answer. */
export const ITEM_FIELDS: readonly (readonly [RegExp, "title" | "line" | "branch" | "question" | "answer"])[] = [
  [/^(?:title|name|stage|step|标题|名称|环节|阶段)$/i, "title"],
  [/^(?:line|lines|say|script|text|话术|台词|说法)$/i, "line"],
  [/^(?:branch|branches|if|when|condition|分支|条件|如果|何时)$/i, "branch"],
  [/^(?:q|question|ask|问|问题|objection|异议)$/i, "question"],
  [/^(?:a|answer|reply|response|答|回答|回应)$/i, "answer"],
];

/** True when every written line is a comment, a table header or a `key = value`, with two tables or more. */
export function isIniOrToml(lines: readonly SourceLine[]): boolean {
  let headers = 0;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "" || COMMENT.test(text)) continue;
    if (HEADER.test(text)) headers++;
    else if (!KEY_VALUE.test(text)) return false;
  }
  return headers >= 2;
}

/** "\"…\"" / "'…'" → the text inside; an array of strings → its items joined. */
function valueOf(raw: string): string {
  const text = raw.trim().replace(/\s+[#;][^"'“”]*$/u, "");
  const quoted = /^(["'])(.*)\1$/u.exec(text);
  if (quoted !== null) return (quoted[2] ?? "").replace(/\\"/g, '"');
  const list = /^\[(.*)\]$/u.exec(text);
  if (list !== null) return (list[1] ?? "").split(/["'],\s*["']/u).map((v) => v.replace(/^["']|["']$/g, "")).join("; ");
  return text;
}

function spoken(text: string): string {
  return /^[“"「『]/u.test(text) ? text : `“${text}”`;
}

interface Table { name: string; line: number; array: boolean; fields: [string, string, number][] }

function tablesOf(lines: readonly SourceLine[]): Table[] {
  const tables: Table[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text === "" || COMMENT.test(text)) continue;
    const header = HEADER.exec(text);
    if (header !== null) {
      tables.push({ name: header[2] ?? "", line: line.no, array: header[1] === "[", fields: [] });
      continue;
    }
    const kv = KEY_VALUE.exec(text);
    if (kv === null) continue;
    if (tables.length === 0) tables.push({ name: "", line: line.no, array: false, fields: [] });
    tables[tables.length - 1]?.fields.push([(kv[1] ?? "").trim(), valueOf(kv[2] ?? ""), line.no]);
  }
  return tables;
}

/** The item a repeated table stands for, as a list item of its section ("1. 标题：“话术”", "Q: … / A: …"). */
function itemLines(table: Table, index: number): SourceLine[] {
  const role = (key: string): string | undefined => ITEM_FIELDS.find(([pattern]) => pattern.test(key.replace(/\d+$/u, "")))?.[1];
  const at = (no: number, text: string): SourceLine => ({ no, text, config: true });
  const title = table.fields.find(([key]) => role(key) === "title");
  const said = table.fields.filter(([key]) => role(key) === "line");
  const out: SourceLine[] = [];
  if (title !== undefined || said.length > 0) {
    out.push(at(title?.[2] ?? table.line, `${index}. ${title?.[1] ?? ""}${title !== undefined && said.length > 0 ? "：" : ""}${said.map(([, v]) => spoken(v)).join("")}`));
  }
  for (const [key, value, no] of table.fields) {
    const kind = role(key);
    if (kind === "question") out.push(at(no, `Q: ${value}`));
    else if (kind === "answer") out.push(at(no, `A: ${value}`));
    else if (kind === "branch") out.push(at(no, `   - ${value}`));
    else if (kind === undefined) out.push(at(no, `   - ${key}：${value}`));
  }
  return out;
}

/** "Title | \"said\"": a value that pairs a title with the line said under it, written as the step reader reads it. */
const TITLED_LINE = /^([^|"“”]{1,80}?)\s*\|\s*([“"].*)$/u;

function pairedValue(value: string): string {
  const m = TITLED_LINE.exec(value);
  return m === null ? value : `${m[1] ?? ""}：${m[2] ?? ""}`;
}

/**
 * "end1.when = …" / "end1.say = …": keys sharing a dotted prefix are one item; a condition with its line said
 * becomes "condition：“line”" (an ending pair), other groups stay field by field.
 */
function groupedFields(fields: readonly [string, string, number][]): [string, string, number][] {
  const role = (key: string): string | undefined => ITEM_FIELDS.find(([pattern]) => pattern.test(key))?.[1];
  const out: [string, string, number][] = [];
  const used = new Set<number>();
  fields.forEach(([key, , no], i) => {
    if (used.has(i)) return;
    const dot = /^(.{1,40})\.([^.]{1,30})$/u.exec(key);
    const group = dot === null ? [] : fields.map((f, j) => [f, j] as const).filter(([f]) => f[0].startsWith(`${dot[1] ?? ""}.`));
    const cond = group.find(([f]) => role(f[0].slice((dot?.[1] ?? "").length + 1)) === "branch");
    const said = group.find(([f]) => role(f[0].slice((dot?.[1] ?? "").length + 1)) === "line");
    if (cond === undefined || said === undefined || group.length !== 2) {
      out.push(fields[i] as [string, string, number]);
      return;
    }
    for (const [, j] of group) used.add(j);
    out.push([cond[0][1], spoken(said[0][1]), no]);
  });
  return out;
}

/** A plain table's keys: "key：value" items; a key whose value is a quoted line keeps it quoted (a labelled line). */
function fieldLines(table: Table): SourceLine[] {
  const qa = table.fields.some(([key]) => /^(?:q|问|问题|question)\d*$/iu.test(key));
  // "[closing]" / "[opening]": every value is a line said ("booked = \"…\"" is said when the call is booked).
  const said = SPOKEN_KINDS.has(classifyHeading(title(table.name), false).kind ?? "role");
  return groupedFields(table.fields).map(([key, raw, no]) => {
    const value = pairedValue(raw);
    const bare = key.replace(/\d+$/u, "");
    if (qa && /^(?:q|问|问题|question)$/iu.test(bare)) return { no, text: `Q: ${value}`, config: true };
    if (qa && /^(?:a|答|回答|answer)$/iu.test(bare)) return { no, text: `A: ${value}`, config: true };
    return { no, text: `- ${key}：${said ? spoken(value) : value}`, config: true };
  });
}

/** "call_flow" → "call flow". */
function title(name: string): string {
  return name.replace(/[_-]+/g, " ").trim();
}

/** The document as Markdown lines: a heading per table (one per run of repeated tables), its keys under it. */
export function iniTomlLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let run: { base: string; count: number } | null = null;
  for (const table of tablesOf(lines)) {
    const numbered = NUMBERED.exec(table.name);
    const base = table.array ? table.name : numbered !== null ? (numbered[1] ?? "").trim() : null;
    if (base !== null) {
      if (run === null || run.base !== base) {
        run = { base, count: 0 };
        out.push({ no: table.line, text: `## ${title(base)}`, config: true });
      }
      run.count++;
      out.push(...itemLines(table, run.count));
      continue;
    }
    run = null;
    // "[caller.profile]": a dotted name is a table inside the one its prefix names, one heading level deeper.
    const parts = table.name.split(".").filter((p) => p.trim() !== "");
    const depth = Math.min(2 + Math.max(parts.length - 1, 0), 4);
    if (table.name !== "") out.push({ no: table.line, text: `${"#".repeat(depth)} ${title(parts[parts.length - 1] ?? table.name)}`, config: true });
    out.push(...fieldLines(table));
  }
  return out;
}
