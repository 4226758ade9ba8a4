// Values of a team's own JSON shaped before they are outlined: a part kept apart as retired (`_retired_parts`,
// `archivedSteps`) left out, a list of named values (`[{ "key": "brand", "value": "…" }]`) read as the record it
// stands for, and a long text holding Markdown headings nested under the key that holds it.
import { keyWords } from "./key-words.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A key's word saying what it holds is out of use. */
const RETIRED_WORD = /^(?:deprecated|retired|archived|archive|obsolete|removed|deleted|disabled|停用|作废|废弃|已删除|下线|弃用)$/u;

/** A key naming a part kept only as retired (`_retired_parts`, `archivedSteps`, `已停用`): its record or list is no part. */
export function isRetiredKey(key: string): boolean {
  return keyWords(key).some((w) => RETIRED_WORD.test(w));
}

/** Keys naming a value's name and its value in a list of named values. */
const NAME_KEY = /^(?:key|name|var|variable|field|label|id|变量|变量名|名称|字段)$/iu;
const VALUE_KEY = /^(?:value|default|default_?value|val|content|值|默认值|内容)$/iu;
/** Keys beside them that only explain (a note on how the value is used). */
const ASIDE_KEY = /^(?:note|notes|remark|remarks|description|desc|comment|hint|type|备注|说明)$/iu;

/** `[{ key, value, note? }, …]` as `{ key: value }`, or null when the list is not all such records. */
export function namedValues(list: readonly unknown[]): Json | null {
  if (list.length < 2) return null;
  const out: Json = {};
  for (const item of list) {
    if (!isObject(item)) return null;
    const entries = Object.entries(item);
    const name = entries.find(([k, v]) => NAME_KEY.test(k) && typeof v === "string" && v.trim() !== "");
    const value = entries.find(([k, v]) => VALUE_KEY.test(k) && (typeof v === "string" || typeof v === "number"));
    if (name === undefined || value === undefined) return null;
    if (entries.some(([k]) => k !== name[0] && k !== value[0] && !ASIDE_KEY.test(k))) return null;
    out[String(name[1])] = value[1];
  }
  return out;
}

/** The record with retired parts left out and lists of named values read as records. */
export function shapedRecord(record: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if ((isObject(value) || Array.isArray(value)) && isRetiredKey(key)) continue;
    out[key] = Array.isArray(value) ? namedValues(value) ?? value : value;
  }
  return out;
}

/** A Markdown heading line and its marks. */
const HEADING = /^(#{1,6})([ \t]+\S.*)$/u;

/**
 * A text written under a heading of `depth` marks: its own headings shifted below that one, so the parts it holds stay
 * inside it and what the outline writes after it is no part of its last heading.
 */
export function nestedText(text: string, depth: number): string {
  const lines = text.split("\n");
  const levels = lines.map((l) => HEADING.exec(l)?.[1]?.length ?? 0).filter((n) => n > 0);
  if (levels.length === 0) return text;
  const shift = Math.max(0, depth + 1 - Math.min(...levels));
  if (shift === 0) return text;
  return lines.map((l) => {
    const m = HEADING.exec(l);
    return m === null ? l : `${"#".repeat(Math.min(6, (m[1] as string).length + shift))}${m[2] as string}`;
  }).join("\n");
}
