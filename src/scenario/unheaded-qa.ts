// A knowledge base the document never heads as one: a "| Question | Answer |" table or a lead-in line followed by
// Q:/A: items, found inside a section the reader does not know, and turned into a knowledge-base section.

import { indentOf, isBlank, isListItem, stripEmphasis, stripListMarker, type SourceLine } from "./lines.js";
import { quotedSpans } from "./quotes.js";
import type { RawSection } from "./sections.js";
import { speakerPairs } from "./speaker-pairs.js";
import type { Decision } from "./trace.js";

/** A table whose header names a question column and an answer column ("| They say | You say |" too). */
const QA_TABLE_HEADER = /^\s*\|\s*(?:\*\*)?\s*(?:常见问题|客户问题|问题|提问|客户异议|异议|客户说|对方说|questions?|customer questions?|objections?|(?:they|the customer|customer|client) says?|q)\s*(?:\*\*)?\s*\|\s*(?:\*\*)?\s*(?:答案|回答|答复|参考回答|回应|应对|你说|我们说|answers?|responses?|replies|reply|you say|a)\s*(?:\*\*)?\s*\|\s*$/i;
const Q_LINE = /^(?:Q\s*\d{0,2}|问题?\s*\d{0,2}|question\s*\d{0,2}|异议|客户异议|objection)\s*[:：]\s*\S/i;
const A_LINE = /^(?:A\s*\d{0,2}|答案?|回答|回应|应对|answer|response|rebuttal)\s*[:：]\s*\S/i;
const A_AFTER_Q = /[？?。.!！]\s*(?:A\s*\d{0,2}|答案?|回答|answer)\s*[:：]\s*\S/i;
/** "💡 **Good to know**": a bold label alone on its line leads into what follows as a colon does. */
const BOLD_ALONE = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?:\*\*|__)[^*_]{1,60}(?:\*\*|__)$/u;
/** At least this many questions make a block a knowledge base rather than one aside. */
const MIN_QUESTIONS = 2;

interface Carved { lines: SourceLine[]; taken: Set<SourceLine>; evidence: string; label?: string }

/**
 * The caller's sections with a knowledge-base section carved from each section the reader does not know: what a block
 * holds (a question-and-answer table, Q:/A: items) says it is a knowledge base when its name does not, whether or not
 * another section is headed as one.
 */
export function findUnheadedKnowledge(sections: readonly RawSection[], decisions: Decision[]): RawSection[] {
  return sections.flatMap((section) => (section.kind === null ? carve(section, decisions) : [section])).sort((a, b) => a.line - b.line);
}

function carve(section: RawSection, decisions: Decision[]): RawSection[] {
  // The heading of a section the reader does not know ("## Good to know") labels Q:/A: items right under it.
  const label = !section.intro && section.title !== "" ? { no: section.line, text: `${section.title}:` } : null;
  const carved = qaTable(section.body) ?? qaList(label === null ? section.body : [label, ...section.body]) ?? askedItems(section.body) ?? askedParagraphs(section.body) ?? pairItems(section.body) ?? pairRun(section.body) ?? labelledPairs(section) ?? askedAfterLabel(section.title === "" ? section.body : [{ no: section.line, text: `${section.title}:` }, ...section.body]);
  if (carved === null) return [section];
  decisions.push({ field: "caller.knowledgeBase", lines: [carved.lines[0]?.no ?? section.line], evidence: carved.evidence });
  const rest = section.body.filter((l) => !carved.taken.has(l));
  const kb: RawSection = { kind: "knowledgeBase", title: carved.label ?? section.title, line: carved.lines[0]?.no ?? section.line, level: section.level, body: carved.lines, intro: false, number: null };
  // A section that held only the table or the list is the knowledge base itself, under its own title.
  if (rest.every((l) => isBlank(l.text))) return [{ ...kb, line: section.line }];
  // What is left may hold another block of its own (Q:/A: items after the table).
  return [...carve({ ...section, body: rest }, decisions), kb];
}

/** "| Question | Answer |" and the rows under it. */
function qaTable(body: readonly SourceLine[]): Carved | null {
  const at = body.findIndex((l) => QA_TABLE_HEADER.test(l.text));
  if (at < 0) return null;
  let end = at + 1;
  while (end < body.length && (body[end] as SourceLine).text.trim().startsWith("|")) end++;
  const lines = body.slice(at, end);
  if (lines.length < 3) return null;
  return { lines, taken: new Set(lines), evidence: `a question-and-answer table of ${lines.length - 2} row(s)` };
}

/** "What to say when they ask:" then items marked Q: and A: (an answer may sit on the item's next, indented line). */
function qaList(body: readonly SourceLine[]): Carved | null {
  for (let i = 0; i < body.length; i++) {
    const label = (body[i] as SourceLine).text.trim();
    if (!(/[:：]$/.test(label) || BOLD_ALONE.test(label)) || label.length > 80 || quotedSpans(label).length > 0 || isListItem(label)) continue;
    const items: SourceLine[] = [];
    for (let k = i + 1; k < body.length; k++) {
      const line = body[k] as SourceLine;
      const text = stripListMarker(line.text);
      if (isBlank(line.text)) {
        if (items.length > 0 && !Q_LINE.test(stripListMarker((body[k + 1] as SourceLine | undefined)?.text ?? ""))) break;
        continue;
      }
      if (!Q_LINE.test(text) && !A_LINE.test(text)) break;
      items.push(line);
    }
    const questions = items.filter((l) => Q_LINE.test(stripListMarker(l.text))).length;
    // "- Q: … A: …": an answer on the question's own line counts too.
    const answers = items.filter((l) => A_LINE.test(stripListMarker(l.text)) || A_AFTER_Q.test(l.text)).length;
    if (questions >= MIN_QUESTIONS && answers >= MIN_QUESTIONS) {
      return { lines: items, taken: new Set([body[i] as SourceLine, ...items]), evidence: `'${label}' followed by ${questions} Q:/A: pairs`, label: label.replace(/[:：]$/, "") };
    }
  }
  return null;
}

/**
 * "- Do you deliver? — Yes, within ten miles.", "- 能寄回吗？ → 可以", "- Is lunch provided? Only on the long
 * course.": a question and its answer on one item.
 */
const ASKED_ITEM = /^[^?？]{3,200}[?？]\s*(?:(?:—|–|-|→|->|=>|:|：)\s*)?\S/u;

/** "If they ask whether …: …", "如果客户问到…，就说…": a question told as a condition, then its answer. */
export const CONDITIONAL_QUESTION =
  /^(?:if|when)\s+(?:she|he|they|the (?:customer|client|caller|callee|person)|asked)\s+(?:asks?|wants to know|questions?)?\s*(.+?)\s*[:：]\s*(.+)$|^(?:如果|若|当)(?:客户|用户|对方)?(?:问到|询问|提问|问)(.+?)[，,:：]\s*(?:就说|可以说|回答|答)?[:：]?\s*(.+)$/iu;

/** "- *Can I pay later?* Yes, …", "- **运费谁出？** 我们出": an emphasised lead, then what the caller says about it. */
export const EMPHASISED_LEAD = /^(?:\*\*([^*]{2,200})\*\*|\*([^*]{2,200})\*|__([^_]{2,200})__)\s*(?:[—–→:：-]\s*)?(\S.*)$/u;

/** The lead and the text after it of an emphasised-lead item, or null. */
export function emphasisedLead(text: string): { lead: string; rest: string } | null {
  const m = EMPHASISED_LEAD.exec(text.trim());
  return m === null ? null : { lead: (m[1] ?? m[2] ?? m[3] ?? "").trim(), rest: (m[4] ?? "").trim() };
}

/**
 * A run of list items, each a question answered on its own line (or an emphasised lead and its text, most of them
 * questions: "- *Will it rain?* No. / - *Parking.* Behind the hall."): a knowledge base by what it holds.
 */
function askedItems(body: readonly SourceLine[]): Carved | null {
  const written = body.filter((l) => !isBlank(l.text));
  // An answer wrapped onto indented lines stays with its item.
  const items = written.filter((l, i) => i === 0 || isListItem(l.text) || indentOf(l.text) < 2);
  // "**Can I pay later?** — Yes, …" as paragraphs of their own, each a question and its answer: a list all the same.
  const paragraphs = items.length === written.length && items.every((l) => !isListItem(l.text) && /[?？]/u.test(emphasisedLead(l.text)?.lead ?? "") && (emphasisedLead(l.text)?.rest ?? "") !== "");
  if (items.length < MIN_QUESTIONS || !(paragraphs || items.every((l) => isListItem(l.text)))) return null;
  if (paragraphs) return { lines: written, taken: new Set(written), evidence: `${items.length} paragraphs, each an emphasised question with its answer` };
  const asking = items.filter((l) => ASKED_ITEM.test(stripListMarker(l.text)) || CONDITIONAL_QUESTION.test(stripEmphasis(stripListMarker(l.text))) || /[?？]/u.test(emphasisedLead(stripListMarker(l.text))?.lead ?? ""));
  if (asking.length < MIN_QUESTIONS || !items.every((l) => asking.includes(l) || emphasisedLead(stripListMarker(l.text)) !== null)) return null;
  return { lines: written, taken: new Set(written), evidence: `${items.length} list items, each a question (or a marked term) with its answer` };
}

/** A line that is nothing but an emphasised question: "**Can I pay later?**", "*能开发票吗？*". */
const EMPHASISED_QUESTION = /^(?:\*\*[^*]{2,200}[?？]\*\*|\*[^*]{2,200}[?？]\*|__[^_]{2,200}[?？]__)$/u;
/** Plain question paragraphs (no emphasis marks them as the questions) make a FAQ from this many. */
const MIN_ASKED_PARAGRAPHS = 3;

/**
 * Paragraphs each headed by a question on its own line, the answer on the lines under it ("**Can I pay later?**" or
 * "How much is it?" over "Yes, within thirty days."): a knowledge base by its layout. Emphasised questions are the
 * writer's mark, so two suffice; plain ones need three.
 */
function askedParagraphs(body: readonly SourceLine[]): Carved | null {
  const paragraphs: SourceLine[][] = [];
  let open: SourceLine[] = [];
  for (const line of [...body, { no: -1, text: "" }]) {
    if (!isBlank(line.text)) open.push(line);
    else if (open.length > 0) {
      paragraphs.push(open);
      open = [];
    }
  }
  const asked = (p: readonly SourceLine[]): boolean => {
    const [head, next] = [p[0]?.text ?? "", p[1]?.text ?? ""];
    return p.length >= 2 && !isListItem(head) && !isListItem(next) && /[?？]\s*$/u.test(stripEmphasis(head).trim()) && !/[?？]\s*$/u.test(next.trim());
  };
  if (!paragraphs.every(asked)) return null;
  const emphasised = paragraphs.every((p) => EMPHASISED_QUESTION.test((p[0] as SourceLine).text.trim()));
  if (paragraphs.length < (emphasised ? MIN_QUESTIONS : MIN_ASKED_PARAGRAPHS)) return null;
  const lines = paragraphs.flat();
  return { lines, taken: new Set(lines), evidence: `${paragraphs.length} paragraphs, each ${emphasised ? "an emphasised question" : "a question on its own line"} over its answer` };
}

/** "What owners bring up:" inside a section, then a run of asked-and-answered items: that run is a knowledge base. */
function askedAfterLabel(body: readonly SourceLine[]): Carved | null {
  for (let i = 0; i < body.length; i++) {
    const label = (body[i] as SourceLine).text.trim();
    if (!/[:：]$/.test(label) || label.length > 80 || quotedSpans(label).length > 0 || isListItem(label)) continue;
    let end = i + 1;
    while (end < body.length && (isListItem((body[end] as SourceLine).text) || (isBlank((body[end] as SourceLine).text) && isListItem(body[end + 1]?.text ?? "")))) end++;
    const carved = askedItems(body.slice(i + 1, end));
    if (carved !== null) return { ...carved, taken: new Set([body[i] as SourceLine, ...carved.taken]), label: label.replace(/[:：]$/, "") };
  }
  return null;
}

/** '- "It's too dear" → "…"', '客户说"没空" → "…"': the customer's words, an arrow, the scripted reply. */
// Whoever speaks is named by a short word before 说 ("会员说", "家长说"); the reply may say who answers ("你说“…”").
const ARROW_PAIR = /^(?:(?:(?:if|when)\s+(?:the\s+)?)?(?:客户|用户|对方|顾客|\p{Script=Han}{1,3}(?=说)|customer|client|they|he|she)\s*(?:说|says?|:|：)?\s*[:：]?\s*)?[“"「]([^”"」]{1,200})[”"」]\s*(?:→|->|=>|⇒|——>)\s*(?:(?:你|我们?)就?(?:说|回答|回)\s*[:：]?\s*|(?:you )?(?:say|reply)\s*:?\s*)?(.+)$/iu;
/** 'When he says "…" you say: "…"', '如果客户说“…”，就说：“…”': the same pair told as a sentence. */
const SAID_PAIR = /^(?:(?:when|if)\s+(?:he|she|they|the (?:customer|client))\s+says?\s*,?\s*[“"]([^”"]{1,200})[”"]\s*[.,]?\s*(?:then\s+)?(?:you\s+)?(?:say|reply|answer|respond)s?\s*[:：,]?\s*(\S.*)|(?:如果|若|当)?(?:客户|对方|他|她)说\s*[:：，,]?\s*[“「]([^”」]{1,200})[”」]\s*[，,。]?\s*(?:你)?(?:就)?(?:说|回答|回应|答)\s*[:：]?\s*(\S.*))$/iu;

/** '"I'm not interested." — "No problem…"': two quotations joined by a dash or colon, the second the reply. */
const QUOTED_PAIR = /^[“"「]([^”"」]{1,200})[”"」]\s*(?:—|–|--|-|:|：)\s*([“"「][^”"」]{1,400}[”"」].*)$/u;

/** 'If they say it is far → "…"', '如果客户说路远 → “…”': the objection told as a condition, an arrow, the quoted reply. */
const IF_SAYS_PAIR = /^(?:if|when)\s+(?:they|he|she|the (?:customer|client|caller))\s*(?:say|says|said|are|is|'re|’re|seem|seems|sound|sounds)\b\s*([^→“”"]{2,120}?)\s*(?:→|->|=>|⇒)\s*([“"].+)$|^(?:如果|若|要是)?(?:客户|对方|他|她)(?:说|觉得|嫌|担心|表示)([^→“”"「」]{1,60}?)\s*(?:→|->|=>|⇒)\s*([“「"].+)$/iu;

/** 'If the patient says "It's too dear": "…"': whoever speaks in one word, their quoted words, a colon, the quoted reply. */
const SAYS_COLON_PAIR = /^(?:if|when)\s+(?:the\s+)?[a-z]{2,12}\s+says?\s*,?\s*[“"]([^”"]{1,200})[”"]\s*[:：]\s*([“"].+)$/iu;

/** An objection and its reply written as a pair, or null: [the customer's words, the reply]. */
export function objectionPair(text: string): [string, string] | null {
  const plain = stripEmphasis(stripListMarker(text)).trim();
  const told = IF_SAYS_PAIR.exec(plain);
  if (told !== null) return [(told[1] ?? told[3] ?? "").trim(), told[2] ?? told[4] ?? ""];
  const arrow = ARROW_PAIR.exec(plain) ?? QUOTED_PAIR.exec(plain);
  if (arrow !== null) return [arrow[1] ?? "", arrow[2] ?? ""];
  const said = SAID_PAIR.exec(plain);
  if (said !== null) return [said[1] ?? said[3] ?? "", said[2] ?? said[4] ?? ""];
  const colon = SAYS_COLON_PAIR.exec(plain);
  return colon === null ? null : [colon[1] ?? "", colon[2] ?? ""];
}

/**
 * A pair's reply wrapped onto the lines right under it (no blank line, no new item, no pair of its own) joined onto
 * the pair's line, with the lines it took; other lines stay as they are.
 */
function unwrappedPairs(body: readonly SourceLine[]): { line: SourceLine; from: SourceLine[] }[] {
  const out: { line: SourceLine; from: SourceLine[] }[] = [];
  for (const line of body) {
    const last = out[out.length - 1];
    const wraps = last !== undefined && !isBlank(last.line.text) && !isBlank(line.text) && !isListItem(line.text) && objectionPair(line.text) === null && objectionPair(last.line.text) !== null;
    if (wraps) out[out.length - 1] = { line: { no: last.line.no, text: `${last.line.text.trimEnd()} ${line.text.trim()}` }, from: [...last.from, line] };
    else out.push({ line, from: [line] });
  }
  return out;
}

/** A block of objection pairs under a label the reader does not know ("## When they hesitate"): a knowledge base. */
function pairItems(body: readonly SourceLine[]): Carved | null {
  const items = unwrappedPairs(body).filter((u) => !isBlank(u.line.text));
  if (items.length >= 1 && items.every((u) => objectionPair(u.line.text) !== null) && items.some((u) => u.from.length > 1 || items.length >= MIN_QUESTIONS)) {
    return { lines: items.map((u) => u.line), taken: new Set(items.flatMap((u) => u.from)), evidence: `${items.length} objection-and-reply pairs` };
  }
  return pairsAfterLabel(body);
}

/** Two or more objection pairs on consecutive lines inside other text ("If they say … → “…”" twice in a prompt). */
function pairRun(body: readonly SourceLine[]): Carved | null {
  let run: SourceLine[] = [];
  for (const line of [...body, { no: -1, text: "" }]) {
    if (!isBlank(line.text) && objectionPair(line.text) !== null) {
      run.push(line);
      continue;
    }
    if (run.length >= MIN_QUESTIONS) return { lines: run, taken: new Set(run), evidence: `${run.length} objection-and-reply pairs in a row` };
    run = [];
  }
  return null;
}

/** "Common pushback:" and the pairs right under it: the lead-in says what follows, so one pair is enough. */
function pairsAfterLabel(body: readonly SourceLine[]): Carved | null {
  for (let i = 0; i < body.length; i++) {
    const label = (body[i] as SourceLine).text.trim();
    if (!/[:：]$/.test(label) || label.length > 80 || quotedSpans(label).length > 0 || isListItem(label)) continue;
    let end = i + 1;
    while (end < body.length && objectionPair((body[end] as SourceLine).text) !== null) end++;
    const items = body.slice(i + 1, end);
    if (items.length > 0) return { lines: items, taken: new Set([body[i] as SourceLine, ...items]), evidence: `'${label}' followed by ${items.length} objection-and-reply pair(s)`, label: label.replace(/[:：]$/, "") };
  }
  return null;
}


/** A sample call's heading: its labelled lines are a conversation to imitate, never objection pairs. */
const SAMPLE_TITLE = /example|sample|transcript|dialogue|示例|样例|范例|对话/iu;

/** 'Parent: "…"' over 'You: "…"', '学员：“…” → 回应：“…”': the customer's words and the reply, each labelled. */
function labelledPairs(section: RawSection): Carved | null {
  if (SAMPLE_TITLE.test(section.title)) return null;
  const pairs = speakerPairs(section.body);
  if (pairs.length === 0) return null;
  const lines = pairs.flatMap((p) => p.lines);
  return { lines, taken: new Set(lines), evidence: `${pairs.length} pair(s) of the customer's words and the reply, each under a speaker label` };
}
