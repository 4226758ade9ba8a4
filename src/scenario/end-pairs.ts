// End conditions written as labelled pairs, one item each ("- 条件: … / 结束语: …" in YAML or a list, "- When: … /
// Say: “…”"): each condition keeps its own closing line, and a section of nothing but such items is the end of the call.

import type { SourceLine } from "./lines.js";
import { clean, itemFullText, listItems } from "./lists.js";
import { arrowPair } from "./closing-pairs.js";
import { stripEmphasis } from "./lines.js";
import { sampleLines } from "./quotes.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** The label vocabulary of a condition and of the line said for it (a pairing table's header words, and more). */
export const CONDITION_LABEL = /条件|情况|情形|场景|触发|condition|situation|when|if\b|case|trigger/i;
export const CLOSING_LABEL = /结束语|话术|收尾|告别|回复|closing|goodbye|sign-?off|what to say|\bsay\b|\bline\b|reply|response/i;

const FIELD = /^([^:：“”"「」]{1,24}?)\s*[:：]\s*(.+)$/u;

export interface EndPairs {
  endConditions: string[];
  closingLines: string[];
}

/** Every item a pair of a condition field and a closing-line field; null when any item is not (or there are none). */
export function labelledEndPairs(body: readonly SourceLine[]): EndPairs | null {
  const items = listItems(body);
  if (items.length === 0) return null;
  const out: EndPairs = { endConditions: [], closingLines: [] };
  for (const item of items) {
    const fields = [item.text, ...item.children.map((c) => clean(c.text))].map((t) => FIELD.exec(t)).filter((m) => m !== null);
    const condition = fields.find((m) => CONDITION_LABEL.test(m[1] ?? "") && !CLOSING_LABEL.test(m[1] ?? ""));
    const closing = fields.find((m) => m !== condition && CLOSING_LABEL.test(m[1] ?? ""));
    if (condition === undefined || closing === undefined) return null;
    out.endConditions.push((condition[2] ?? "").trim().replace(/[；;，,、。]+$/u, ""));
    out.closingLines.push(...sampleLines(closing[2] ?? ""));
  }
  return out;
}

/** A title that is a condition: "IF THEY SAY NO", "If she agrees", "若客户拒绝", "When they decline". */
const CONDITION_TITLE = /^(?:if|when|should|in case)\b|^(?:若|如果|假如|要是|万一|当)/iu;

/**
 * "IF THEY SAY NO" over nothing but a quoted line, after the script: what is said when that happens, so the title is
 * an end condition and the line its closing (read as "- title: “…”").
 */
function conditionSection(s: RawSection, scripted: boolean): RawSection | null {
  if (!scripted || s.kind !== null || s.intro || !CONDITION_TITLE.test(s.title.trim())) return null;
  const written = s.body.filter((l) => l.text.trim() !== "");
  if (written.length === 0 || !written.every((l) => /^\s*(?:[-*+]\s+)?[“"「『]/u.test(l.text) && sampleLines(l.text).length > 0)) return null;
  return { ...s, kind: "endAndClosing", body: [{ no: s.line, text: `- ${s.title.trim()}: ${written.map((l) => l.text.trim().replace(/^[-*+]\s+/, "")).join(" ")}` }] };
}

/** "(B) Someone else answers → “…”": two items or more, every one a condition with an arrow to a quoted line. */
function arrowEndings(body: readonly SourceLine[]): boolean {
  const items = listItems(body);
  return items.length >= 2 && items.every((item) => arrowPair(stripEmphasis(itemFullText(item)).trim()) !== null);
}

/** Sections the reader does not know whose every item pairs a condition with its closing line: the end of the call. */
export function endPairSections(sections: readonly RawSection[], decisions: Decision[]): RawSection[] {
  let scripted = false;
  return sections.map((s) => {
    if (s.kind === "steps") scripted = true;
    const condition = conditionSection(s, scripted);
    if (condition !== null) {
      decisions.push({ field: "caller.endConditions", lines: [s.line], evidence: `'${s.title}' names a condition and holds only the line said for it, after the script` });
      return condition;
    }
    if (s.kind === null && !s.intro && scripted && arrowEndings(s.body)) {
      decisions.push({ field: "caller.endConditions", lines: [s.line], evidence: `every item of '${s.title}' leads from a condition by an arrow to the line said, after the script` });
      return { ...s, kind: "endAndClosing" };
    }
    if (s.kind !== null || s.intro || labelledEndPairs(s.body) === null) return s;
    decisions.push({ field: "caller.endConditions", lines: [s.line], evidence: `every item of '${s.title}' pairs a condition with the line said for it` });
    return { ...s, kind: "endAndClosing" };
  });
}
