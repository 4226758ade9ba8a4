// A section the reader cannot name by its heading ("**Site sheet**", "## 取件单", "### 订单记录") that is a record of
// fields about the person called: read by what it holds, it is the customer profile.

import { YOU_ARE } from "./section-bodies.js";
import { personSide } from "./section-names.js";
import { SPEAKER_LABEL } from "./section-cues.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** "- Label: value" / "Label：value" (a bullet or none); the label short, the value present. */
const FIELD = /^\s*(?:[-*+•]\s+)?(?:\*\*|__)?([^:：“”"「」*_]{1,16}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*\S/u;

/** Labels that say how the person called is addressed or reached: a field of the one being called, not of the caller. */
const ADDRESS_LABELS: ReadonlySet<string> = new Set(["称呼", "联系人", "联络人", "对方", "contact", "contact name", "addressed as", "salutation"]);

/** At least this many fields, and at least this share of the written lines, make a record. */
const MIN_FIELDS = 2;
const MIN_SHARE = 0.75;

function labelOf(text: string): string | null {
  return FIELD.exec(text)?.[1]?.trim() ?? null;
}

/** The section is fields, one of which names or addresses the customer ("Customer: …", "学生：…", "称呼：…"). */
function isCustomerRecord(s: RawSection): boolean {
  if (s.kind !== null || s.title === "" || personSide(s.title) === "caller") return false;
  const written = s.body.filter((l) => l.text.trim() !== "");
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

/** The caller's sections with an unnamed record of the customer read as the customer profile (when none is named). */
export function customerRecords(sections: RawSection[], decisions: Decision[]): RawSection[] {
  if (sections.some((s) => s.kind === "customerProfile")) return sections;
  const record = sections.find((s) => isCustomerRecord(s) && identityElsewhere(sections, s));
  if (record === undefined) return sections;
  decisions.push({ field: "caller.customerProfile", lines: [record.line], evidence: `'${record.title}' is a record of fields naming the person called, and the caller's identity is given elsewhere` });
  return sections.map((s) => (s === record ? { ...s, kind: "customerProfile", intro: false } : s));
}
