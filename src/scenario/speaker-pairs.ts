// Objection handling written as speaker-labelled pairs: what the customer says under a label of theirs ("Parent:",
// "They say:", "家属：", "Pushback:") and, on the same line after an arrow or on the next line, the reply under a
// label that tells the caller what to answer ("You:", "Reply:", "回应：", "你："). Labels are data, per side.

import { isBlank, stripEmphasis, stripLabelMark, stripListMarker, type SourceLine } from "./lines.js";
import { quotedSpans, unquote } from "./quotes.js";

/** Labels of the reply the document tells its caller to give; "say"/"说" after them is dropped before lookup. */
const REPLY_LABELS: ReadonlySet<string> = new Set([
  "you", "us", "we", "reply", "response", "rebuttal", "answer", "your reply", "your answer", "you reply", "you answer", "you respond",
  "你", "你回", "你答", "你回答", "你回应", "我们", "我方", "回应", "应对", "回复", "答复", "回答", "参考回应", "建议回应",
]);
/** Labels of a transcript's speakers and of notes: never the customer's words of a pair. */
const NOT_CUSTOMER_LABELS: ReadonlySet<string> = new Set([
  "ai", "agent", "assistant", "bot", "rep", "caller", "q", "question", "a", "note", "tip", "rule", "example", "faq",
  "坐席", "客服", "机器人", "助手", "销售", "问", "问题", "答", "注意", "提示", "规则", "备注", "说明", "示例",
]);
/** Labels that name the customer's words as an objection even when they are not quoted. */
const OBJECTION_LABELS: ReadonlySet<string> = new Set(["objection", "pushback", "push-back", "异议", "客户异议", "推脱", "拒绝"]);

/** "- ◇ **Parent**: “…”", ">> They: …", "O1: …": a label of a few words before a colon (or ▸), and what follows. */
// "顾客说“…”", "你回“…”": a label ending in a speech verb needs no colon before its quote.
const LABELLED = /^([^:：“”"「」▸→]{1,24}?)\s*(?:[:：]|▸|\s(?=[“"「])|(?<=说|回|答)(?=[“"「]))\s*(\S.*)$/u;
/** "客户：“…” → 回应：“…”": two labelled parts joined by an arrow on one line. */
const ARROW = /\s*(?:→|->|=>|⇒|——>)\s*/u;

interface Labelled { label: string; text: string }

/** The line's label (lower-cased, without "say"/"说" and an item number) and its text, or null. */
function labelled(raw: string): Labelled | null {
  const plain = stripEmphasis(stripLabelMark(stripListMarker(raw.replace(/^\s*(?:>{1,2}|<{1,2})\s*/u, "")))).replace(/^[^\p{L}\p{N}“"「]+/u, "").trim();
  const m = LABELLED.exec(plain);
  if (m === null) return null;
  const label = (m[1] ?? "").trim().toLowerCase().replace(/\s*\d{1,2}$/u, "").replace(/\s+(?:says?|replies|reply)$|说$/u, "").trim();
  return label === "" ? null : { label, text: (m[2] ?? "").trim() };
}

function isReply(l: Labelled | null): boolean {
  return l !== null && REPLY_LABELS.has(l.label);
}

/** The customer's words of a pair: a short label of theirs before quoted words (or a label naming an objection). */
function isCustomerWords(l: Labelled | null): l is Labelled {
  if (l === null || REPLY_LABELS.has(l.label) || NOT_CUSTOMER_LABELS.has(l.label)) return false;
  if (OBJECTION_LABELS.has(l.label)) return true;
  const words = l.label.split(/\s+/u).length;
  return words <= 3 && !/[.。!！?？]/u.test(l.label) && /^[“"「]/u.test(l.text) && quotedSpans(l.text).length > 0;
}

export interface SpeakerPair { question: string; answer: string; lines: SourceLine[] }

/** One line holding both: "客户：“…” → 你：“…”". */
function oneLinePair(line: SourceLine): SpeakerPair | null {
  const parts = line.text.split(ARROW);
  if (parts.length !== 2) return null;
  const said = labelled(parts[0] ?? "");
  const reply = labelled(parts[1] ?? "");
  if (!isCustomerWords(said) || reply === null || !isReply(reply)) return null;
  return { question: unquote(said.text), answer: unquote(reply.text), lines: [line] };
}

/**
 * The speaker pairs of a block, each the customer's words then the reply. A run of labelled lines counts only when it
 * opens with the customer's words and alternates customer, reply: a sample call (the caller speaks first) is no pair.
 */
export function speakerPairs(body: readonly SourceLine[]): SpeakerPair[] {
  const out: SpeakerPair[] = [];
  const written = body.filter((l) => !isBlank(l.text));
  let i = 0;
  while (i < written.length) {
    const line = written[i] as SourceLine;
    const one = oneLinePair(line);
    if (one !== null) { out.push(one); i++; continue; }
    const said = labelled(line.text);
    // The caller's words with no customer's before them: a sample call, every labelled line of it left alone.
    if (isReply(said)) {
      while (i < written.length && labelled((written[i] as SourceLine).text) !== null) i++;
      continue;
    }
    const next = written[i + 1];
    const reply = next === undefined ? null : labelled(next.text);
    if (isCustomerWords(said) && next !== undefined && isReply(reply)) {
      out.push({ question: unquote(said.text), answer: unquote((reply as Labelled).text), lines: [line, next] });
      i += 2;
      continue;
    }
    i++;
  }
  return out;
}

/** The line at `at` opens a speaker pair with the next written line (or holds one): the customer's words, not a label. */
export function opensSpeakerPair(lines: readonly SourceLine[], at: number): boolean {
  const line = lines[at];
  if (line === undefined) return false;
  let k = at + 1;
  while (k < lines.length && isBlank((lines[k] as SourceLine).text)) k++;
  const pairs = speakerPairs(k < lines.length ? [line, lines[k] as SourceLine] : [line]);
  return pairs.some((p) => p.lines[0] === line);
}
