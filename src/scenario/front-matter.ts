// YAML front matter ("---" on the first line, "key: value" lines, "---" or "..."): the document's metadata, never a
// section. Its lines are blanked for the outline; a key naming the agent or its organisation is identity evidence.

import type { SourceLine } from "./lines.js";

export interface FrontMatter {
  /** Line numbers of the opening and closing fences. */
  from: number;
  to: number;
  fields: { key: string; value: string; line: number }[];
}

/** Front matter longer than this is no metadata block. */
const MAX_LINES = 60;
const FIELD = /^([\p{L}_][\p{L}\p{N}_ .-]{0,40}?)\s*:\s*(.*)$/u;
/** Lines a YAML metadata block may hold besides "key: value": list items, indented values, comments, blanks. */
const OTHER_YAML = /^(?:\s*$|\s*#|\s+\S|-\s)/;

/** Keys of the metadata that name the calling agent or the organisation it calls for (lower case, "_" or " " alike). */
export const FRONT_MATTER_IDENTITY: Record<"name" | "organization", readonly string[]> = {
  name: ["agent", "agent name", "agent_name", "agentname", "caller", "caller name", "caller_name", "rep", "representative", "assistant name", "坐席", "坐席姓名", "外呼坐席", "客服", "客服姓名"],
  organization: ["organization", "organisation", "org", "company", "company name", "company_name", "business", "brand", "公司", "公司名称", "机构", "品牌", "单位"],
};

export function frontMatter(lines: readonly SourceLine[]): FrontMatter | null {
  const first = lines[0];
  if (first === undefined || first.text.trim() !== "---") return null;
  const fields: FrontMatter["fields"] = [];
  for (let at = 1; at < Math.min(lines.length, MAX_LINES + 1); at++) {
    const line = lines[at] as SourceLine;
    const text = line.text;
    if (text.trim() === "---" || text.trim() === "...") return fields.length > 0 ? { from: first.no, to: line.no, fields } : null;
    const m = /^\S/.test(text) ? FIELD.exec(text) : null;
    if (m !== null) fields.push({ key: (m[1] ?? "").trim(), value: unquote((m[2] ?? "").trim()), line: line.no });
    else if (!OTHER_YAML.test(text)) return null;
  }
  return null;
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m === null ? value : (m[2] ?? "");
}

/** The value of a metadata key naming the agent's name or organisation, with its line. */
export function frontMatterIdentity(front: FrontMatter | null, field: "name" | "organization"): { value: string; line: number } | null {
  if (front === null) return null;
  const keys = FRONT_MATTER_IDENTITY[field];
  const hit = front.fields.find((f) => keys.includes(f.key.toLowerCase().replace(/[_-]/g, " ")) || keys.includes(f.key.toLowerCase()));
  return hit === undefined || hit.value === "" ? null : { value: hit.value, line: hit.line };
}
