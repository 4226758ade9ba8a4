// A section the reader cannot name by its heading ("**Site sheet**", "## 取件单", "### 订单记录") that is a record of
// fields about the person called: read by what it holds, it is the customer profile.

import { answersWorries } from "./answered-worries.js";
import { indentOf } from "./lines.js";
import { YOU_ARE } from "./section-bodies.js";
import { personSide } from "./section-names.js";
import { SPEAKER_LABEL } from "./section-cues.js";
import type { RawSection } from "./sections.js";
import { speakerPairs } from "./speaker-pairs.js";
import type { Decision } from "./trace.js";

/** "- Label: value" / "Label：value" (a bullet or none); the label short, the value present. */
const FIELD = /^\s*(?:[-*+•·]\s+|\(?[a-zA-Z0-9]{1,2}[.)）]\s+|（[a-zA-Z0-9]{1,2}）\s*)?(?:\*\*|__)?([^:：“”"「」*_]{1,16}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*\S/u;

/** Labels that say how the person called is addressed or reached: a field of the one being called, not of the caller. */
// A person's name field too ("姓名："): with the caller named elsewhere, the record is of someone else.
const ADDRESS_LABELS: ReadonlySet<string> = new Set(["称呼", "联系人", "联络人", "对方", "对接人", "contact", "contact name", "addressed as", "salutation", "姓名", "名字", "name", "full name"]);

/** At least this many fields, and at least this share of the written lines, make a record. */
const MIN_FIELDS = 2;
const MIN_SHARE = 0.75;

function labelOf(text: string): string | null {
  return FIELD.exec(text)?.[1]?.trim() ?? null;
}

/** The section is fields, one of which names or addresses the customer ("Customer: …", "学生：…", "称呼：…"). */
function isCustomerRecord(s: RawSection): boolean {
  if (s.kind !== null || s.title === "" || personSide(s.title) === "caller") return false;
  // A field's value wrapped onto indented lines is still one field.
  const written = s.body.filter((l) => l.text.trim() !== "" && (indentOf(l.text) < 2 || labelOf(l.text) !== null));
  const labels = written.map((l) => labelOf(l.text)).filter((l): l is string => l !== null);
  if (labels.length < MIN_FIELDS || labels.length < written.length * MIN_SHARE) return false;
  // "**AI:** … / **User:** Yes": two speakers' lines are an example exchange, not fields.
  if (labels.some((label) => SPEAKER_LABEL.test(label) && personSide(label) !== "callee")) return false;
  return labels.some((label) => personSide(label) === "callee" || ADDRESS_LABELS.has(label.toLowerCase()));
}

/** Who the caller is, said elsewhere: a role section, a part named for the caller ("**坐席**：…"), or a "you are…" sentence. */
function identityElsewhere(sections: readonly RawSection[], s: RawSection): boolean {
  return sections.some((o) => o !== s && (o.kind === "role" || (o.title !== "" && personSide(o.title) === "caller" && o.body.some((l) => l.text.trim() !== "")) || o.body.some((l) => YOU_ARE.test(l.text))));
}

/** A reply the caller gives, written after what the customer says ("应对：“…”", "Response: …"). */
const REPLY_MARK = /(?:^|[\s”"」。.!！?？])(?:\*\*|__)?(?:应对|回应|回复|回答|建议回答|参考回答|你说|response|reply|rebuttal|answer|you say)(?:\*\*|__)?\s*[:：]/iu;

/**
 * "对方的顾虑" / "What worries them" on the caller's side, each worry with the reply to give: objection handling,
 * not what the caller knows of the customer (the heading names the customer's concerns, the body answers them).
 */
function answeredConcerns(s: RawSection): boolean {
  if (s.kind !== "customerProfile") return false;
  const written = s.body.filter((l) => l.text.trim() !== "");
  // '顾客说“…” → 你回“…”': a speaker pair holds its reply whatever marks it.
  const paired = new Set(speakerPairs(written).flatMap((p) => p.lines));
  const replies = written.filter((l) => REPLY_MARK.test(l.text) || paired.has(l)).length;
  // '客户说"…" → "…"' on each line: every worry written with the reply to give.
  return (replies > 0 && replies * 3 >= written.length) || answersWorries(written);
}

/** The rows of a table of template values taken out of their section as the customer profile, or null when none. */
function valuesRecord(sections: readonly RawSection[]): { sections: RawSection[]; line: number } | null {
  const at = sections.findIndex((s) => s.body.filter((l) => l.values === true).length >= MIN_FIELDS);
  const host = sections[at];
  if (host === undefined) return null;
  const rows = host.body.filter((l) => l.values === true);
  const line = rows[0]?.no ?? host.line;
  const record: RawSection = { kind: "customerProfile", title: host.title, line, level: host.level + 1, body: rows, intro: false };
  const rest = { ...host, body: host.body.filter((l) => l.values !== true) };
  return { sections: [...sections.slice(0, at), rest, record, ...sections.slice(at + 1)], line };
}

/** The caller's sections with an unnamed record of the customer read as the customer profile (when none is named). */
export function customerRecords(given: RawSection[], decisions: Decision[]): RawSection[] {
  const sections = given.map((s) => {
    if (!answeredConcerns(s)) return s;
    decisions.push({ field: "caller.knowledgeBase", lines: [s.line], evidence: `'${s.title}' answers what the customer says: objection handling, not the profile` });
    return { ...s, kind: "knowledgeBase" as const };
  });
  if (sections.some((s) => s.kind === "customerProfile")) return sections;
  const values = valuesRecord(sections);
  if (values !== null) {
    decisions.push({ field: "caller.customerProfile", lines: [values.line], evidence: "a table of template values (each row a placeholder and its value) is the record the call is placed with" });
    return values.sections;
  }
  const record = sections.find((s) => isCustomerRecord(s) && identityElsewhere(sections, s));
  if (record === undefined) return sections;
  decisions.push({ field: "caller.customerProfile", lines: [record.line], evidence: `'${record.title}' is a record of fields naming the person called, and the caller's identity is given elsewhere` });
  return sections.map((s) => (s === record ? { ...s, kind: "customerProfile", intro: false } : s));
}
