// Parts a document writes as plain prose paragraphs: "She may ask whether … Tell her …" (a knowledge base) and, after
// the script, "When …, say: “…” If …, say: “…”" (the endings, each condition with its closing line).

import { inlineQaRun } from "./inline-qa-run.js";
import { isListItem, type SourceLine } from "./lines.js";
import { proseParts } from "./prose.js";
import { sentencesOf } from "./prose-sentences.js";
import type { RawSection } from "./sections.js";
import type { Decision } from "./trace.js";

/** "She may ask whether …", "They might also ask …", "客户可能会问…": a question the person may put. */
const ASKED = /^(?:(?:she|he|they|the (?:customer|client|caller)|customers?|clients?)\s+(?:may|might|will|could|often|sometimes)\s+(?:also\s+)?ask\s+(?:you\s+)?(?:about\s+)?|(?:客户|对方|他|她)?(?:也)?(?:可能会|可能|也许会|常会|会)问(?:到)?)(.+)$/iu;
/** "Tell her …", "Answer that …", "告诉她…": the answer to give. */
const TOLD = /^(?:(?:tell|answer|reply to|explain to)\s+(?:her|him|them|the (?:customer|client))?\s*(?:that\s+)?|(?:answer|reply)\s*(?:that\s+)?|(?:告诉|跟|回答)(?:他|她|对方|客户)?(?:说)?)(.+)$/iu;
/** "When the visit is booked, say:", "If she declines, close with:", "如果约好了，就说：": the condition, then its line. */
const ENDING_LEAD = /^(?:((?:when|if|once|should)\s+.+?),?\s+(?:say|close with|end with|finish with)|((?:如果|若|要是|当).+?)[，,]?(?:就|则)?说|(.+?)[，,]?就说)\s*[:：]?$/iu;

/** The caller's sections with prose knowledge and prose endings carved out of the sections the reader does not know. */
export function findProseBlocks(sections: readonly RawSection[], decisions: Decision[]): RawSection[] {
  const out: RawSection[] = [];
  // After the script: below the first line of a steps section (which may have been carved out of this very text).
  const scriptAt = Math.min(...sections.filter((s) => s.kind === "steps").map((s) => s.line));
  const hasKb = sections.some((s) => s.kind === "knowledgeBase");
  const hasEnd = sections.some((s) => s.kind === "endAndClosing" || s.kind === "endConditions" || s.kind === "closingLines");
  for (const s of sections) {
    if (s.kind !== null) {
      out.push(s);
      continue;
    }
    const kb: SourceLine[] = [];
    const ends: SourceLine[] = [];
    const rest: SourceLine[] = [];
    for (const line of s.body) {
      const inline = hasKb || isListItem(line.text) ? null : inlineQa(line);
      if (inline !== null) {
        kb.push(...inline.pairs);
        if (inline.before.trim() !== "") rest.push({ no: line.no, text: inline.before });
        continue;
      }
      // "问水压多少正常？答…。问…？答…。不要推销…": bare marks, text after the run kept as it was.
      const run = hasKb || isListItem(line.text) ? null : inlineQaRun(line.text);
      if (run !== null) {
        kb.push(...run.pairs.flatMap((p) => [{ no: line.no, text: `Q: ${p.question}` }, { no: line.no, text: `A: ${p.answer}` }]));
        const kept = `${run.before.replace(INLINE_LEAD, "")} ${run.after}`.trim();
        if (kept !== "") rest.push({ no: line.no, text: kept });
        continue;
      }
      const asked = hasKb || isListItem(line.text) ? null : askedPairs(line) ?? ifAskedPairs(line, rest);
      const ending = hasEnd || !(line.no > scriptAt) || isListItem(line.text) ? null : endingPairs(line);
      if (asked !== null) kb.push(...asked);
      else if (ending !== null) ends.push(...ending);
      else rest.push(line);
    }
    if (kb.length === 0 && ends.length === 0) {
      out.push(s);
      continue;
    }
    out.push({ ...s, body: rest });
    if (kb.length > 0) {
      decisions.push({ field: "caller.knowledgeBase", lines: [kb[0]?.no ?? s.line], evidence: "a paragraph of questions the person may ask, each with what to tell them" });
      out.push({ kind: "knowledgeBase", title: "", line: kb[0]?.no ?? s.line, level: s.level, body: kb, intro: false, number: null });
    }
    if (ends.length > 0) {
      decisions.push({ field: "caller.endConditions", lines: [ends[0]?.no ?? s.line], evidence: "a paragraph after the script pairing each condition with the line to say" });
      out.push({ kind: "endAndClosing", title: "", line: ends[0]?.no ?? s.line, level: s.level, body: ends, intro: false, number: null });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** "…不要催促。常见问题：问：A？答：B。问：C？答：D。": 问/答 pairs run on at the end of a paragraph. */
const INLINE_PAIR = /(?:问|Q)\s*[:：]\s*([^:：]{2,200}?)\s*(?:答|A)\s*[:：]\s*([^:：]{2,400}?)(?=\s*(?:问|Q)\s*[:：]|$)/gu;
/** The label that may lead the pairs in ("常见问题：", "FAQ:"), cut off with them. */
const INLINE_LEAD = /(?:常见问题|常见问答|问答|FAQ|Q&A)\s*[:：]\s*$/iu;

function inlineQa(line: SourceLine): { before: string; pairs: SourceLine[] } | null {
  const start = line.text.search(/(?:^|[。.!！?？:：\s])(?:问|Q)\s*[:：]/u);
  if (start < 0 || !/(?:答|A)\s*[:：]/u.test(line.text.slice(start))) return null;
  const at = start === 0 && /^(?:问|Q)/u.test(line.text) ? 0 : start + 1;
  const tail = line.text.slice(at);
  const pairs: SourceLine[] = [];
  let covered = 0;
  for (const m of tail.matchAll(INLINE_PAIR)) {
    if (m.index !== covered && tail.slice(covered, m.index).trim() !== "") return null;
    pairs.push({ no: line.no, text: `Q: ${(m[1] ?? "").trim()}` }, { no: line.no, text: `A: ${(m[2] ?? "").trim()}` });
    covered = m.index + m[0].length;
  }
  if (pairs.length === 0 || tail.slice(covered).trim() !== "") return null;
  return { before: line.text.slice(0, at).replace(INLINE_LEAD, "").trim(), pairs };
}

/** "She may ask X. Tell her Y. She may also ask Z. Tell her W." → Q/A lines; null unless every sentence pairs up. */
function askedPairs(line: SourceLine): SourceLine[] | null {
  if (!/ask|问/iu.test(line.text)) return null;
  const sentences = proseParts(line.text).filter((p) => !p.quoted).map((p) => p.text.trim());
  if (sentences.length < 2 || sentences.length % 2 === 1 || proseParts(line.text).some((p) => p.quoted)) return null;
  const out: SourceLine[] = [];
  for (let i = 0; i < sentences.length; i += 2) {
    const q = ASKED.exec(sentences[i] ?? "");
    const a = TOLD.exec(sentences[i + 1] ?? "");
    if (q === null || a === null) return null;
    out.push({ no: line.no, text: `Q: ${q[1] ?? ""}` }, { no: line.no, text: `A: ${a[1] ?? ""}` });
  }
  return out;
}

/** "If he asks about cost, explain that …", "如果客户问X，就告诉他…": a question the person may put, answered in the same sentence. */
const IF_ASKED = [
  /^(?:if|should|when)\s+(?:he|she|they|the (?:customer|client))\s+asks?\s+(?:you\s+)?(?:about\s+)?([^,]{2,120}),\s*(?:(?:then\s+)?(?:explain|tell (?:him|her|them)|say|answer|reply)\s+(?:that\s+)?)?([^,\s].{1,300})$/iu,
  /^(?:如果|若|要是)(?:客户|对方|他|她)(?:问|询问|问到)([^，,]{2,60})[，,]\s*(?:就|则)?(?:告诉|回答|解释|说)?(?:他|她|对方|客户)?(?:说)?[:：]?([^，,].{1,200})$/u,
];

/**
 * Sentences of a paragraph that each pair a question the person may ask with its answer become Q/A lines; the other
 * sentences are kept in `rest` as one line. Null when no sentence pairs up.
 */
function ifAskedPairs(line: SourceLine, rest: SourceLine[]): SourceLine[] | null {
  if (!/ask|问/iu.test(line.text) || proseParts(line.text).some((p) => p.quoted)) return null;
  const pairs: SourceLine[] = [];
  const other: string[] = [];
  for (const sentence of sentencesOf(line.text)) {
    const plain = sentence.replace(/[.。;；]$/u, "").trim();
    const m = IF_ASKED.map((re) => re.exec(plain)).find((x) => x !== null);
    if (m === undefined) other.push(sentence);
    else pairs.push({ no: line.no, text: `Q: ${(m[1] ?? "").trim()}` }, { no: line.no, text: `A: ${(m[2] ?? "").trim()}` });
  }
  if (pairs.length === 0) return null;
  if (other.length > 0) rest.push({ no: line.no, text: other.join(" ") });
  return pairs;
}

/** "When X, say: “…” If Y, say: “…”" → "- X: “…”" items; null unless the paragraph is nothing but such pairs. */
function endingPairs(line: SourceLine): SourceLine[] | null {
  const parts = proseParts(line.text);
  if (parts.length < 2 || parts.length % 2 === 1) return null;
  const out: SourceLine[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const lead = parts[i];
    const said = parts[i + 1];
    const m = lead === undefined || lead.quoted || said === undefined || !said.quoted ? null : ENDING_LEAD.exec(lead.text.trim());
    const condition = (m?.[1] ?? m?.[2] ?? m?.[3] ?? "").trim();
    if (m === null || condition === "" || said === undefined) return null;
    out.push({ no: line.no, text: `- ${condition}: “${said.text}”` });
  }
  return out;
}
