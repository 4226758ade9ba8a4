// A fenced YAML or JSON configuration inside a Markdown document ("```yaml\nopening: …\nsteps: …"): its known keys
// become the sections they name, written as Markdown lines at the line of their key.

import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import type { SourceLine } from "./lines.js";
import { classifyHeading, personSide, sideOf } from "./section-names.js";

// The YAML parser is loaded on first use: most documents have none, and start-up should not pay for it.
const require = createRequire(import.meta.url);
const parseYaml = (text: string): unknown => (require("yaml") as typeof Yaml).parse(text);

/** Keys of a configuration and the section each one fills, lowercase without separators. */
const KEY_SECTIONS: Readonly<Record<string, string>> = {
  name: "name", agentname: "name", assistantname: "name", botname: "name",
  organization: "organization", organisation: "organization", company: "organization", org: "organization", brand: "organization",
  role: "role", persona: "role", identity: "role", systemprompt: "role", prompt: "role",
  task: "task", goal: "task", objective: "task",
  opening: "opening", openingline: "opening", greeting: "opening", firstmessage: "opening", beginmessage: "opening",
  steps: "steps", stages: "steps", flow: "steps", script: "steps", callflow: "steps",
  faq: "faq", kb: "faq", knowledgebase: "faq", qa: "faq", questions: "faq",
  objections: "objections",
  closing: "closing", closinglines: "closing", goodbye: "closing", endcallphrases: "closing",
  endconditions: "end", endwhen: "end", hangupwhen: "end",
};

/** Headings the reader already knows for each section (English names are in every language's synonym table). */
const HEADINGS: Readonly<Record<string, string>> = {
  role: "## Role", task: "## Task", opening: "## Opening line", steps: "## Steps", faq: "## FAQ", objections: "## Objection handling", closing: "## Closing lines", end: "## End conditions",
};

/** A configuration is a page or two; a longer fence is code or data, read as text (and the YAML parser is not linear). */
const MAX_CONFIG_LINES = 400;

export interface FencedConfig {
  lines: SourceLine[];
  keys: string[];
}

/** The fence's lines as sections, or null when it is not a configuration with at least one known key. */
export function fencedScenarioLines(inner: readonly SourceLine[], lang: string): FencedConfig | null {
  if (!/^(?:ya?ml|json|jsonc)?$/.test(lang) || inner.length === 0 || inner.length > MAX_CONFIG_LINES) return null;
  // Only a fence that opens like a mapping ("key: …", "{") is worth handing to the YAML parser.
  const first = inner.find((l) => l.text.trim() !== "" && !l.text.trim().startsWith("#"))?.text.trim() ?? "";
  if (!/^(?:\{|[\p{L}\p{N}_"' -]{1,40}:)/u.test(first)) return null;
  let data: unknown;
  try {
    data = parseYaml(inner.map((l) => l.text).join("\n"));
  } catch {
    return null;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const record = oneLanguageKeys(data) as Record<string, unknown>;
  // "caller: {…}, callee: { role, concerns… }": two sides, each with its parts, are read side by side.
  if (Object.entries(record).some(([key, value]) => isRecord(value) && personSide(key) === "callee" && Object.keys(value).some((k) => classifyHeading(keyTitle(k), true).kind !== null))) return sidedOutline(inner, record);
  // "agent: { name, company, role }": the caller's own record holds its identity keys, read as if written at the top.
  const sided = Object.entries(record).flatMap(([key, value]) => (isRecord(value) && personSide(key) === "caller" ? Object.entries(value) : [[key, value] as const]));
  const entries = sided.filter(([key]) => KEY_SECTIONS[normal(key)] !== undefined);
  // "name, boat, berth, fee": a record where most keys name no part of a scenario is data (a profile), not a config.
  if (entries.length === 0 || entries.length * 2 < Object.keys(data).length) return sidedOutline(inner, record);
  const lineOfKey = (key: string): number => inner.find((l) => l.text.includes(key))?.no ?? inner[0]?.no ?? 1;
  const role: SourceLine[] = [];
  const sections: SourceLine[] = [];
  // "customer: { 姓名: …, 车型: … }", "member: { name: … }": the record of the person called is the customer profile.
  for (const [key, value] of Object.entries(record)) {
    if (!isRecord(value) || personSide(key) !== "callee") continue;
    sections.push({ no: lineOfKey(key), text: "## Customer profile" }, ...Object.entries(value).map(([k, v]) => ({ no: lineOfKey(key), text: `- ${k}: ${text(v)}` })));
  }
  for (const [key, value] of entries) {
    const section = KEY_SECTIONS[normal(key)] ?? "";
    const no = lineOfKey(key);
    const at = (text: string): SourceLine => ({ no, text });
    if (section === "name") role.unshift(at(`Name: ${text(value)}`));
    else if (section === "organization") role.push(at(`Organization: ${text(value)}`));
    else if (section === "role") role.push(at(text(value)));
    else {
      sections.push(at(HEADINGS[section] ?? `## ${key}`));
      sections.push(...itemsOf(section, value).map(at));
    }
  }
  const head = role.length > 0 ? [{ no: role[0]?.no ?? 1, text: HEADINGS.role ?? "## Role" }, ...role] : [];
  return { lines: closed([...head, ...sections], inner), keys: entries.map(([key]) => key) };
}

/**
 * The configuration's lines, then an empty heading at the closing fence: the text after the fence ("Notes for the
 * office:") is the document's, not more of the configuration's last section.
 */
function closed(lines: readonly SourceLine[], inner: readonly SourceLine[]): SourceLine[] {
  const end = (inner[inner.length - 1]?.no ?? 0) + 1;
  return [...lines, { no: end, text: "## " }].map((line) => ({ ...line, config: true }));
}

/** "say话术", "name姓名", "话术say": a key written in two languages at once; its Latin half is the one the tables know. */
const TWO_LANGUAGE_KEY = /^(?:([A-Za-z][A-Za-z _-]{0,30})\p{Script=Han}{1,8}|\p{Script=Han}{1,8}([A-Za-z][A-Za-z _-]{0,30}))$/u;

/** The parsed configuration with every two-language key read by its Latin half (values and order unchanged). */
function oneLanguageKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oneLanguageKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => {
    const m = TWO_LANGUAGE_KEY.exec(key);
    return [m === null ? key : (m[1] ?? m[2] ?? key).trim(), oneLanguageKeys(inner)];
  }));
}

function normal(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, "");
}

function text(value: unknown): string {
  // A block scalar ("|") holding one quoted line: the line, without the quotes the writer kept inside it.
  if (typeof value === "string") return value.trim().replace(/^"([^"]*)"$/, "$1");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

function quoted(value: string): string {
  return `“${value.replace(/[“”]/g, "")}”`;
}

/** A value read as the lines of its section. */
function itemsOf(section: string, value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (section === "opening") return list.map((v) => quoted(text(v))).filter((v) => v !== "“”");
  if (section === "task") return list.map(text).filter((v) => v !== "");
  if (section === "steps") return list.flatMap((v, i) => [`${i + 1}. ${stepText(v)}`, ...stepBranches(v).map((b) => `   - ${b}`)]);
  if (section === "faq" || section === "objections") return list.flatMap(pairLines);
  // "- when: … / say: …": a record stays its labelled fields, so a condition keeps the line said for it.
  if (section === "closing") return list.flatMap((v) => (isRecord(v) ? itemLines(v, "") : [`- ${quoted(text(v))}`]));
  return list.flatMap((v) => (isRecord(v) ? itemLines(v, "") : [`- ${text(v)}`])).filter((v) => v !== "- ");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function field(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const [key, value] of Object.entries(record)) if (names.includes(normal(key))) return value;
  return undefined;
}

function stepText(value: unknown): string {
  if (typeof value !== "object" || value === null) return quoted(text(value));
  const record = value as Record<string, unknown>;
  const shaped = titleAndLine(record);
  const title = text(field(record, ["title", "name", "stage", "step"])) || text(field(record, ["id", "key"])) || (shaped?.title ?? "");
  const said = field(record, ["lines", "line", "say", "script", "samples", "examples"]) ?? shaped?.line;
  const lines = (Array.isArray(said) ? said : said === undefined ? [] : [said]).map(text).filter((v) => v !== "");
  return `${title}：${lines.map(quoted).join("")}`;
}

/** A step's "branch:" / "if:" fields: the conditions written under it, each a branch line. */
function stepBranches(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  const said = field(value as Record<string, unknown>, ["branch", "branches", "if", "conditions", "condition", "onobjection"]);
  return (Array.isArray(said) ? said : said === undefined ? [] : [said]).map(text).filter((v) => v !== "");
}

function pairLines(value: unknown): string[] {
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  const q = text(field(record, ["q", "question", "objection", "customer", "if"]));
  const a = text(field(record, ["a", "answer", "response", "reply", "say"]));
  if (q === "" || a === "") return [];
  return [`Q: ${q}`, `A: ${a}`];
}

/**
 * A whole scenario written as YAML under side keys ("拨打方:" / "接听方:", "caller:" / "callee:") in any language: the
 * keys become Markdown headings (a side, then its sections) and the values their lines, so the ordinary reader and
 * its heading names read it. Only a fence whose top-level keys name a side is read this way.
 */
const HEADING_DEPTH = 3;

function sidedOutline(inner: readonly SourceLine[], data: Record<string, unknown>): FencedConfig | null {
  const keys = Object.keys(data);
  if (!keys.some((key) => sideOf(key) !== null)) return partsOutline(inner, data);
  const lineOfKey = (key: string): number => inner.find((l) => l.text.includes(`${key}:`))?.no ?? inner[0]?.no ?? 1;
  const out: SourceLine[] = [];
  const walk = (record: Record<string, unknown>, depth: number): void => {
    // "姓名: …", "机构: …" right under a side: plain fields naming no part are that person's identity, one role block.
    const own = depth === 2 ? Object.entries(record).filter(([key, value]) => ownField(key, value)) : [];
    if (own.length > 0) out.push({ no: lineOfKey(own[0]?.[0] ?? ""), text: `${"#".repeat(depth + 1)} Role` }, ...own.map(([key, value]) => ({ no: lineOfKey(key), text: `${keyTitle(key)}: ${text(value)}` })));
    for (const [key, value] of Object.entries(record)) {
      if (own.some(([k]) => k === key)) continue;
      const no = lineOfKey(key);
      // Sides and their sections are headings (#, ##); anything deeper is a bullet of its section.
      if (depth < HEADING_DEPTH && value !== null && typeof value === "object" && !Array.isArray(value)) {
        out.push({ no, text: `${"#".repeat(depth + 1)} ${keyTitle(key)}` });
        walk(value as Record<string, unknown>, depth + 1);
      } else if (depth < HEADING_DEPTH) {
        out.push({ no, text: `${"#".repeat(depth + 1)} ${keyTitle(key)}` });
        out.push(...valueLines(value, "").map((text) => ({ no, text })));
      } else {
        // "do_say:" under "style:": a deeper key labels its items in words too ("do say：…").
        out.push(...valueLines(value, "").map((text, i) => ({ no, text: i === 0 ? `- ${keyTitle(key)}：${text.replace(/^- /, "")}` : `  ${text}` })));
      }
    }
  };
  walk(data, 1);
  return { lines: closed(out, inner), keys };
}

/** A scalar field of a side that names no part of it (or names its role): a fact of who that person is. */
function ownField(key: string, value: unknown): boolean {
  if (isRecord(value) || Array.isArray(value) || text(value) === "") return false;
  const kind = classifyHeading(keyTitle(key), true).kind;
  return kind === null || kind === "role";
}

/** A YAML value as Markdown lines: text as paragraphs, a list as bullets, a record's fields as "key：value" bullets. */
function valueLines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => itemLines(item, indent));
  if (value !== null && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
      const nested = valueLines(v, `${indent}  `);
      return typeof v === "object" && v !== null ? [`${indent}- ${key}：`, ...nested] : [`${indent}- ${key}：${text(v)}`];
    });
  }
  const lines = text(value).split(/\n+/).filter((line) => line.trim() !== "");
  // A block of several lines is one key's value: as items, a "性格：…" line inside it cannot open a section of its own.
  return lines.map((line) => (lines.length > 1 ? `${indent}- ${line.trim()}` : `${indent}${line}`));
}

/** "end_conditions" → "end conditions": a key names its section in snake or kebab case. */
function keyTitle(key: string): string {
  return /^[A-Za-z]/.test(key) ? key.replace(/[_-]+/g, " ") : key;
}

/**
 * "{ 标题: 确认身份, 话术: "请问…？" }" in any language: a record of two texts, one a short label and the other a line
 * said (quoted, or a sentence), is a title and its line whatever its keys are called.
 */
function titleAndLine(record: Record<string, unknown>): { title: string; line: string } | null {
  const values = Object.values(record);
  if (values.length !== 2 || !values.every((v) => typeof v === "string")) return null;
  const [a, b] = values as [string, string];
  const said = (v: string): boolean => /^\s*["“「]/u.test(v) || /[。？！?!.]["”」]?\s*$/u.test(v);
  const label = (v: string): boolean => v.length <= 24 && !said(v);
  if (label(a) && said(b)) return { title: a.trim(), line: b };
  return null;
}

function itemLines(item: unknown, indent: string): string[] {
  // "{ title: …, say: … }": a step, its title then its line, as a script writes it.
  if (isRecord(item) && ((field(item, ["say", "line", "lines", "script"]) !== undefined && field(item, ["title", "name", "stage", "step"]) !== undefined) || titleAndLine(item) !== null)) return [`${indent}- ${stepText(item)}`];
  if (item !== null && typeof item === "object" && !Array.isArray(item)) {
    const fields = Object.entries(item as Record<string, unknown>).map(([key, v]) => `${key}：${text(v)}`);
    return fields.map((field, i) => `${indent}${i === 0 ? "- " : "  "}${field}`);
  }
  return [`${indent}- ${text(item)}`];
}

/** Keys naming parts the way headings do make a configuration of those parts (a persona's "concerns:", "behaviour:"). */
const MIN_PART_KEYS = 2;

/**
 * "name: … / situation: … / concerns: [...] / hang_up_when: [...]": keys named like the reader's headings become those
 * headings, their values the lines; the plain fields before them (name, age, job) are the person's role.
 */
function partsOutline(inner: readonly SourceLine[], data: Record<string, unknown>): FencedConfig | null {
  const named = Object.keys(data).filter((key) => classifyHeading(keyTitle(key), true).kind !== null);
  if (named.length < MIN_PART_KEYS) return null;
  const lineOfKey = (key: string): number => inner.find((l) => l.text.includes(`${key}:`))?.no ?? inner[0]?.no ?? 1;
  const fields: SourceLine[] = [];
  const parts: SourceLine[] = [];
  for (const [key, value] of Object.entries(data)) {
    const no = lineOfKey(key);
    if (named.includes(key)) parts.push({ no, text: `## ${keyTitle(key)}` }, ...valueLines(value, "").map((text) => ({ no, text })));
    else if (!isRecord(value) && !Array.isArray(value)) fields.push({ no, text: `${keyTitle(key)}: ${text(value)}` });
  }
  const head = fields.length > 0 ? [{ no: fields[0]?.no ?? 1, text: HEADINGS.role ?? "## Role" }, ...fields] : [];
  return { lines: closed([...head, ...parts], inner), keys: Object.keys(data) };
}

