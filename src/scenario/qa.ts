// The knowledge-base section → question/answer pairs: "Q：… A：…" (same or next line), "问：… 答：…", or a table.

import { arrowEntries } from "./arrow-entries.js";
import { inlineQaRun } from "./inline-qa-run.js";
import type { KbEntry } from "../schema/scenario.js";
import { isBlank, isListItem, stripEmphasis, stripLabelMark, stripListMarker, type SourceLine } from "./lines.js";
import { CONDITIONAL_QUESTION, emphasisedLead, objectionPair } from "./unheaded-qa.js";
import { unquote } from "./quotes.js";
import { speakerPairs } from "./speaker-pairs.js";

/** In the knowledge base, "客户：“…”" / "Customer: “…”" over "回应：…" is what the customer says, then the reply. */
const CUSTOMER_WORDS_MARK = String.raw`客户说?|对方说?|customer(?: says)?|they say`;
/** "Pushback:", "客户顾虑：": a label of what the customer holds against the call, an objection's mark. */
const PUSHBACK_WORDS = String.raw`push-?\s?back|顾虑|客户顾虑|拒绝理由`;
const Q_MARK = new RegExp(String.raw`^(?:Q\s*\d*|问题?\s*\d*|客户问|客户提问|提问|question\s*\d*|异议\s*\d*|客户异议|objection\s*\d*|${PUSHBACK_WORDS}|${CUSTOMER_WORDS_MARK})\s*[:：.．]\s*`, "i");
const A_MARK = /^(?:A\s*\d*|答案?|回答|参考回答|应答|建议回答|回应|应对|answer|response|rebuttal|reply)\s*[:：.．]\s*/i;
/** "Objection: … / Response: …", "异议：… / 回应：…": the marker says the entry is objection handling. */
const OBJECTION_MARK = new RegExp(String.raw`^(?:异议|客户异议|objection|(?:${PUSHBACK_WORDS})\s*[:：]|(?:${CUSTOMER_WORDS_MARK})\s*[:：])`, "i");
/** "Q: … A: …", "Objection: … Response: …" on one line: the answer's mark inside the line. */
const A_INLINE = /(?:^|\s|[？?。.!！；;”"])\s*(?:A\s*\d*|答案?|回答|参考回答|回应|应对|answer|response|rebuttal|reply)\s*[:：]\s*/i;

/** "Objections", "异议处理": a section named for objections holds objections, asked as questions or not. */
const OBJECTION_TITLE = /objection|push-?\s?back|异议|顾虑|worries|concerns/iu;

/** The knowledge-base sections → entries, each section's entries marked as objections when its name says so. */
export function readKnowledgeSections(sections: readonly { title: string; body: readonly SourceLine[] }[]): KbEntry[] {
  return sections.flatMap((s) => readKnowledgeBase(s.body, OBJECTION_TITLE.test(s.title)));
}

/** `objections`: the section is named for objections, so a quoted '"…?" → "…"' pair is one though it asks. */
export function readKnowledgeBase(written: readonly SourceLine[], objections = false): KbEntry[] {
  const body = written.flatMap(runOnPairs);
  const table = tableEntries(body);
  if (table.length === 0) return readLines(body, objections);
  // A table beside "Q: … A: …" lines: both are entries, the lines' in their place before or after the table.
  const rows = body.filter((l) => l.text.trim().startsWith("|"));
  const first = rows[0]?.no ?? 0;
  const others = body.filter((l) => !l.text.trim().startsWith("|"));
  const before = readLines(others.filter((l) => l.no < first));
  const after = readLines(others.filter((l) => l.no > first));
  return [...before, ...table, ...after];
}

/** "问A？答B。问C？答D。" on one line: each pair on lines of its own, "Q: …" over "A: …", what follows after them. */
function runOnPairs(line: SourceLine): SourceLine[] {
  const run = /^\s*\|/u.test(line.text) ? null : inlineQaRun(line.text);
  if (run === null || run.before.replace(/[:：]\s*$/u, "").length > 40) return [line];
  const pairs = run.pairs.flatMap((p) => [{ no: line.no, text: `Q: ${p.question}` }, { no: line.no, text: `A: ${p.answer}` }]);
  return run.after === "" ? pairs : [...pairs, { no: line.no, text: run.after }];
}

function readLines(all: readonly SourceLine[], namedForObjections = false): KbEntry[] {
  // 'They: "…"' over 'You: "…"': labelled pairs are objection handling, the lines left read as before.
  const labelled = speakerPairs(all);
  const taken = new Set(labelled.flatMap((p) => p.lines));
  const body = all.filter((l) => !taken.has(l));
  const spoken = labelled.map((p) => ({ question: p.question, answer: p.answer, kind: "objection" as const, at: p.lines[0]?.no ?? 0 }));
  return [...spoken, ...readLinesUnpaired(body, namedForObjections)].sort((a, b) => a.at - b.at).map(({ at: _, ...entry }) => entry);
}

function readLinesUnpaired(body: readonly SourceLine[], namedForObjections: boolean): (KbEntry & { at: number })[] {
  if (body.every((l) => isBlank(l.text))) return [];
  // '**"太贵了"** → "…"', '- 客户说"我没钱" → "…"', '- "It's too expensive" → "…"': what the customer objects, then the
  // scripted response. A quoted question with an arrow stays a plain question and answer.
  const pairs = body.map((line) => ({ line, pair: arrowPair(line.text, namedForObjections) }));
  const objections = pairs.flatMap(({ line, pair }) => (pair === null ? [] : [{ ...pair, at: line.no }]));
  const rest = pairs.filter(({ pair }) => pair === null).map(({ line }) => line);
  if (objections.length === 0) return readPlain(body);
  return [...objections, ...(rest.some((l) => !isBlank(l.text)) ? readPlain(rest) : [])];
}

function readPlain(body: readonly SourceLine[]): (KbEntry & { at: number })[] {
  const marked = markedEntries(body);
  const questions = marked.length > 0 ? marked : questionLineEntries(body);
  // "- 要带什么 → 不用带": items asking with no question mark, the arrow parting question and answer.
  const arrows = marked.length > 0 ? [] : arrowEntries(body);
  const asked = arrows.length > questions.length ? finish(arrows) : questions;
  const entries = asked.length > 0 ? asked : definitionEntries(body);
  // Position after every arrow pair keeps the document's order close enough: plain entries follow in their own order.
  return entries.map((entry, i) => ({ ...entry, at: (body[0]?.no ?? 0) + i / 1000 }));
}

/**
 * "- 客户嫌远：“…”", "- Says it is far: "…"": in a section named for objections, a list item's short unquoted
 * situation before a colon, then the quoted reply, is one objection and its answer.
 */
const SITUATION_REPLY = /^([^“”"「」:：]{5,60})[:：]\s*([“"「].*)$/u;

function situationReply(text: string): [string, string] | null {
  if (!isListItem(text)) return null;
  const bare = plain(text);
  if (Q_MARK.test(bare) || A_MARK.test(bare)) return null;
  const m = SITUATION_REPLY.exec(bare);
  return m === null ? null : [m[1] ?? "", m[2] ?? ""];
}

function arrowPair(text: string, objections: boolean): (KbEntry & { at: number }) | null {
  const m = objectionPair(text) ?? (objections ? situationReply(text) : null);
  if (m === null) return null;
  const question = m[0].trim();
  const answer = unquote(m[1].trim());
  if (question === "" || answer === "") return null;
  return /[？?]$/.test(question) && !objections ? { question, answer, at: 0 } : { question, answer, kind: "objection", at: 0 };
}

function plain(text: string): string {
  return stripLabelMark(stripEmphasis(stripListMarker(text.replace(/^\s*#{1,6}\s*/, "")))).trim();
}

interface Draft { question: string; answer: string; objection?: boolean }


/** "**1. 上门服务收费吗？**": the number of a bold question line is not part of the question. */
const QUESTION_NUMBER = /^(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|第\s*\d{1,2}\s*[问题个][:：.、]?)\s*/u;

function finish(drafts: Draft[]): KbEntry[] {
  return drafts
    .map((d) => ({ question: unquote(d.question.trim().replace(QUESTION_NUMBER, "")), answer: unquote(d.answer.trim()), ...(d.objection === true ? { kind: "objection" as const } : {}) }))
    .filter((d) => d.question !== "" && d.answer !== "");
}

function markedEntries(body: readonly SourceLine[]): KbEntry[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let inAnswer = false;
  // An unmarked line that reads as a question ("1. 能退吗？") waits for the "答：" line after it.
  let pendingQuestion: string | null = null;
  for (const line of body) {
    if (isBlank(line.text)) continue;
    const text = plain(line.text);
    const q = Q_MARK.exec(text);
    if (q !== null) {
      const rest = text.slice(q[0].length);
      const inline = A_INLINE.exec(rest);
      const objection = OBJECTION_MARK.test(text);
      // 'Pushback: "…" -> "…"': an arrow parts the saying from its reply when no answer mark does.
      const arrowed = inline === null && objection ? objectionPair(rest) : null;
      current = arrowed !== null
        ? { question: arrowed[0], answer: arrowed[1], objection }
        : inline === null
          ? { question: rest, answer: "", objection }
          : { question: rest.slice(0, inline.index + (/^[？?。.!！；;”"]/.test(inline[0]) ? 1 : 0)), answer: rest.slice(inline.index + inline[0].length), objection };
      inAnswer = inline !== null || arrowed !== null;
      pendingQuestion = null;
      drafts.push(current);
      continue;
    }
    const a = A_MARK.exec(text);
    if (a !== null) {
      if (pendingQuestion !== null || current === null || current.answer !== "") {
        if (pendingQuestion === null) continue;
        current = { question: pendingQuestion, answer: "" };
        drafts.push(current);
        pendingQuestion = null;
      }
      current.answer = join(current.answer, text.slice(a[0].length));
      inAnswer = true;
      continue;
    }
    if (/[？?]$/.test(text) && (current === null || current.answer !== "")) {
      pendingQuestion = text;
      continue;
    }
    if (current === null) continue;
    // "Answers to common questions:" after an answered entry leads into the next group; it is no more of the answer.
    if (current.answer !== "" && LEAD_IN_LINE.test(text)) {
      current = null;
      inAnswer = false;
      continue;
    }
    if (inAnswer || current.answer !== "") current.answer = join(current.answer, text);
    else { current.answer = text; inAnswer = true; }
  }
  return finish(drafts);
}

/** A short unquoted line ending in a colon: a label over what follows. */
const LEAD_IN_LINE = /^[^“”"「」]{1,80}[:：]$/u;

/** Without markers: a line ending in a question mark is a question, the lines after it its answer. */
function questionLineEntries(body: readonly SourceLine[]): KbEntry[] {
  const drafts: Draft[] = [];
  for (const line of body) {
    if (isBlank(line.text)) continue;
    const text = plain(line.text);
    const last = drafts[drafts.length - 1];
    // "If she asks whether there is a fee: “There is none.”", "如果客户问能不能退：可以，7天内。"
    const conditional = CONDITIONAL_QUESTION.exec(text);
    if (conditional !== null) {
      drafts.push({ question: conditional[1] ?? conditional[3] ?? "", answer: conditional[2] ?? conditional[4] ?? "" });
      continue;
    }
    // "- *Parking.* Behind the hall.": a list item's emphasised lead is what is asked, question mark or not.
    const lead = isListItem(line.text) ? emphasisedLead(stripListMarker(line.text)) : null;
    if (lead !== null && lead.rest !== "") {
      drafts.push({ question: lead.lead, answer: lead.rest });
      continue;
    }
    const qm = /^([“"「]?.*?[？?][”"」]?)\s*(.*)$/.exec(text);
    if (qm !== null && (last === undefined || last.answer !== "" || (qm[2] ?? "") !== "")) {
      // '"Is there a fee?" → "No."', 'Why? — Because…': the arrow or dash between them is not the answer.
      // "·能开发票吗？——可以": a dot set close before the question is its bullet; a double dash parts them too.
      drafts.push({ question: (qm[1] ?? "").replace(/^[·•▪◦]\s*/u, ""), answer: (qm[2] ?? "").replace(/^(?:→|->|=>|—{1,2}|–|-|:|：)\s*/u, "") });
    } else if (last !== undefined) {
      last.answer = join(last.answer, text);
    }
  }
  return finish(drafts);
}

/** "应急开锁：电池没电时…", "Parking: free behind the hall.": a term and what the caller says about it. */
const DEFINITION = /^([^:：“”"「」『』?？]{1,30}?)\s*[:：]\s*(\S.*)$/u;

/** A knowledge base written as a definition list, no question marked: each term is what is asked, its text the answer. */
function definitionEntries(body: readonly SourceLine[]): KbEntry[] {
  const lines = body.filter((line) => !isBlank(line.text)).map((line) => DEFINITION.exec(plain(line.text)));
  if (lines.length < 2 || lines.some((m) => m === null)) return [];
  return finish(lines.map((m) => ({ question: m?.[1] ?? "", answer: m?.[2] ?? "" })));
}

function join(a: string, b: string): string {
  if (a === "") return b;
  if (b === "") return a;
  return /[\u3000-\u9fff\uff00-\uffef]$/.test(a) ? `${a}${b}` : `${a} ${b}`;
}

function cells(text: string): string[] {
  // A break inside a cell is one answer's text wrapped, not two answers.
  return text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => stripEmphasis(c.replace(/\s*<br\s*\/?>\s*/gi, " ")).trim());
}

/** The column of what the customer objects, named so or as their words ("They say", "客户说", "家长说"). */
const OBJECTION_COLUMN = /异议|顾虑|拒绝理由|推托|^(?![你我])\p{Script=Han}{1,3}说$|objection|pushback|push-back|concern|\b(?:they|customer|client) says?\b/iu;

function tableEntries(body: readonly SourceLine[]): KbEntry[] {
  const rows = body.filter((l) => l.text.trim().startsWith("|")).map((l) => cells(l.text));
  if (rows.length < 2) return [];
  const isSeparator = (row: string[]): boolean => row.every((c) => /^:?-{2,}:?$/.test(c) || c === "");
  const header = rows[0] ?? [];
  const hasHeader = rows[1] !== undefined && isSeparator(rows[1]);
  let qCol = header.findIndex((c) => (/问题|问|question|^q$/i.test(c) || OBJECTION_COLUMN.test(c)) && !/答|answer/i.test(c));
  let aCol = header.findIndex((c) => /答|回复|回应|应对|话术|你说|你回|answer|response|you (?:say|reply)|^a$/i.test(c));
  // "| Objection | Response |": each row is what the customer objects and the scripted response.
  const objection = hasHeader && qCol >= 0 && OBJECTION_COLUMN.test(header[qCol] ?? "");
  if (!hasHeader || qCol < 0 || aCol < 0) {
    const skip = header.length > 2 && /^(?:#|no\.?|序号|编号)$/i.test(header[0] ?? "") ? 1 : 0;
    qCol = skip;
    aCol = skip + 1;
  }
  const data = rows.slice(hasHeader ? 2 : 0).filter((r) => !isSeparator(r));
  const entries = finish(data.map((r) => ({ question: r[qCol] ?? "", answer: r[aCol] ?? "" })));
  return objection ? entries.map((e) => ({ ...e, kind: "objection" as const })) : entries;
}
