// A record of the person called pasted inside another section ("Customer notes:" over "* Name: …" in a prompt, an
// "> [!info] Account" callout in the role section, "CLIENT CARD" over "» Name: …"): carved out as the customer
// profile when no section of the document is one.

import { isPersonLabel } from "./callee-name-fields.js";
import { isBlank, stripEmphasis, type SourceLine } from "./lines.js";
import { SPEAKER_LABEL } from "./section-cues.js";
import { personSide } from "./section-names.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** A field line: marks before it ("> - ", "» ", "* ", "☐ "), a short label (an abbreviation's stop kept: "Ref no."), a colon or equals sign, a value. */
const FIELD = /^[^\p{L}\p{N}]*?(\p{L}[\p{L}\p{N} '’/&-]{0,24}?\.?)\s*[:：=]\s*(\S.*)$/u;
/** "Customer notes:", "CLIENT CARD", "> [!info] Account": a short line leading into the fields. */
const LEAD_IN = /^\s*(?:>\s*)*(?:\[![\w-]+\][-+]?\s*)?[^:：“”"「」]{1,40}[:：]?\s*$/u;
/** Labels of the caller's own fields: a run holding one is the caller's card, not the customer's. */
const CALLER_FIELD = /agent|caller|your|company|organi[sz]ation|坐席|客服|公司|机构|你的/iu;
/** At least this many fields make a record. */
const MIN_FIELDS = 3;

function field(text: string): { label: string; value: string } | null {
  const m = FIELD.exec(stripEmphasis(text).replace(/^\s*(?:>\s*)+/u, ""));
  return m === null ? null : { label: (m[1] ?? "").trim(), value: (m[2] ?? "").trim() };
}



interface Run { from: number; to: number; lead: SourceLine | null }

/**
 * The run of field lines in the body that names the person called, with the line leading into it: the first whose
 * label is the customer's own word ("Customer", "客户"), else the first naming any person ("Owner", "Contact").
 */
function recordRun(body: readonly SourceLine[]): (Run & { customer: boolean }) | null {
  const runs = recordRuns(body);
  return runs.find((r) => r.customer) ?? runs[0] ?? null;
}

function recordRuns(body: readonly SourceLine[]): (Run & { customer: boolean })[] {
  const out: (Run & { customer: boolean })[] = [];
  for (let i = 0; i < body.length; i++) {
    if (field((body[i] as SourceLine).text) === null) continue;
    let end = i;
    while (end < body.length && field((body[end] as SourceLine).text) !== null) end++;
    const fields = body.slice(i, end).map((l) => field(l.text) as { label: string; value: string });
    const named = fields.some((f) => isPersonLabel(f.label));
    // "**AI:** “…”" over "**用户:** “…”": a conversation's lines, said words, not fields.
    // One quoted value among fields ("Notes: “Failed its test in May.”") is a quoted note, not a conversation.
    // Two speakers' labels make a conversation; "Customer: Ann Lee" alone among fields is a field.
    const speakers = new Set(fields.filter((f) => SPEAKER_LABEL.test(f.label)).map((f) => f.label.toLowerCase()));
    const spoken = speakers.size >= 2 || 2 * fields.filter((f) => /^[“"「『]/u.test(f.value)).length > fields.length;
    if (fields.length >= MIN_FIELDS && named && !spoken && !fields.some((f) => CALLER_FIELD.test(f.label))) {
      const before = body[i - 1];
      const lead = before !== undefined && !isBlank(before.text) && LEAD_IN.test(before.text) && personSide(before.text) !== "caller" ? before : null;
      // "Customer: …", "客户：…": the party's own word, not a trade's ("Owner" also heads a document's metadata).
      out.push({ from: i, to: end, lead, customer: fields.some((f) => personSide(f.label) === "callee" && SPEAKER_LABEL.test(f.label)) });
    }
    i = end;
  }
  return out;
}

/** The caller's sections, the first embedded record carved out as the customer profile when there is none. */
export function embeddedRecords(sections: RawSection[], decisions: Decision[], customerWordOnly = false): RawSection[] {
  if (sections.some((s) => s.kind === "customerProfile")) return sections;
  // In the caller's own role section only a record led in by a line of its own is the customer's.
  const found = sections.map((section) => (section.kind === null || section.kind === "role" ? recordRun(section.body) : null))
    .map((run, at) => (run !== null && (sections[at]?.kind !== "role" || run.lead !== null) && (!customerWordOnly || run.customer) ? run : null));
  // A record labelled by the customer's own word ("Customer: …") outranks an earlier one naming only a person ("Owner: …").
  const chosen = found.findIndex((run) => run?.customer === true);
  for (const [at, section] of sections.entries()) {
    const run = found[at] ?? null;
    if (run === null || (chosen >= 0 && at !== chosen)) continue;
    const lines = section.body.slice(run.from, run.to);
    const taken = new Set<SourceLine>([...lines, ...(run.lead === null ? [] : [run.lead])]);
    const first = lines[0] as SourceLine;
    const profile: RawSection = { kind: "customerProfile", title: run.lead?.text.trim() ?? "", line: first.no, level: section.level, intro: false, number: null,
      // Marks before a field ("> - ", "» ", "☐ ") go; the field stays as written.
      body: lines.map((l) => ({ no: l.no, text: `- ${stripEmphasis(l.text).replace(/^[^\p{L}\p{N}]+/u, "")}` })) };
    decisions.push({ field: "caller.customerProfile", lines: [first.no], evidence: `${lines.length} fields inside '${section.title}', one naming the person called: a record of the customer` });
    const rest: RawSection = { ...section, body: section.body.filter((l) => !taken.has(l)) };
    return [...sections.slice(0, at), rest, profile, ...sections.slice(at + 1)];
  }
  return sections;
}

/**
 * A record of the person called in the text before the caller's side ("Preconditions — job ticket" over a Field/Value
 * table in a runbook): carved out as the caller's customer profile when the caller's side has none.
 */
export function prefaceRecord(preface: RawSection[], caller: RawSection[], decisions: Decision[]): { preface: RawSection[]; caller: RawSection[] } {
  if (caller.some((s) => s.kind === "customerProfile") || preface.some((s) => s.kind === "customerProfile")) return { preface, caller };
  // Outside the caller's side only a record labelled by the customer's own word is the customer's (a config's
  // "id / name / lang" block names no one).
  const carved = embeddedRecords(preface, decisions, true);
  const profile = carved.find((s) => s.kind === "customerProfile");
  if (profile === undefined) return { preface, caller };
  return { preface: carved.filter((s) => s !== profile), caller: [...caller, profile] };
}

/** Every written line of the body is a field of one record naming the person called. */
function wholeRecord(body: readonly SourceLine[]): boolean {
  const runs = recordRuns(body);
  const written = body.filter((l) => !isBlank(l.text)).length;
  return runs.length === 1 && (runs[0]?.to ?? 0) - (runs[0]?.from ?? 0) === written;
}

/**
 * A record of the person called filed under the callee's word ("本批客户", "Customer on file": a sheet of fields) while
 * a later part is the callee's persona: the record is what the caller holds, its customer profile.
 */
export function calleeRecord(callee: RawSection[], caller: RawSection[], decisions: Decision[]): { callee: RawSection[]; caller: RawSection[] } {
  if (caller.some((s) => s.kind === "customerProfile")) return { callee, caller };
  const at = callee.findIndex((s, i) => s.kind === null && wholeRecord(s.body) && callee.slice(i + 1).some((later) => later.intro || later.kind !== null));
  const record = callee[at];
  if (record === undefined) return { callee, caller };
  decisions.push({ field: "caller.customerProfile", lines: [record.line], evidence: `'${record.title}' is a record of fields naming the person called, filed before the persona on the callee's side: the caller's record of the customer` });
  const profile: RawSection = { ...record, kind: "customerProfile", intro: false, body: record.body.filter((l) => !isBlank(l.text)).map((l) => ({ no: l.no, text: `- ${stripEmphasis(l.text).replace(/^[^\p{L}\p{N}]+/u, "")}` })) };
  return { callee: callee.filter((s) => s !== record), caller: [...caller, profile] };
}
