// One line under a script step, sorted: a line to say, an instruction to the caller, a branch ("若…则…", "If … then …"),
// or the customer's part of an example exchange (dropped). Cue words are data, per language, in one table.

import { stripBullet, stripEmphasis } from "./lines.js";
import { conditionBranch } from "./condition-labels.js";
import { quotedSpans, sampleLines } from "./quotes.js";
import { namesOnlySide, personSide } from "./section-names.js";

export type ContentKind = "line" | "instruction" | "branch" | "none";

export interface Content {
  kind: ContentKind;
  texts: string[];
  /** The line was an example exchange (the customer's words, then the caller's). */
  exchange?: boolean;
  /** The line was named as the line to say by a label ("话术：…", "【话术】…", "Say: …"). */
  labelled?: boolean;
}

/**
 * Branch cues: a condition, then what to do ("若…则…", "如果…就…", "If …, then …", "If …: …"). Bounded: no nested
 * quantifiers. An inch mark after a figure ("taller than 6'1\"") is no quote.
 */
const BRANCH = /^(?:若|如果|假如|要是|当|如)[^“”"「」]{1,80}?(?:则|就|那么|，请|,|：)|^(?:if|when|in case)\b(?:[^“”"]|(?<=\d'?)"){1,120}?(?:\bthen\b|,|:)/iu;

/**
 * "客户说“X” → “Y”", "示范：客户说“X”→“Y”", "【示例】客户说“X” → “Y”", "Customer: “X” → “Y”": an example exchange; the
 * caller's part is after the arrow.
 */
const EXCHANGE = /^(?:[^“”"「」]{0,12}[:：]\s*|[【[][^】\]“”"「」]{1,8}[】\]]\s*)?(?:客户|用户|对方|顾客|customer|client|user|they)\s*(?:说|问|says?|asks?|:|：)?\s*[:：]?\s*[“"「][^”"」]{1,200}[”"」]\s*(?:→|->|=>|⇒|——>|：|:)\s*(.+)$/iu;

/** "话术：" / "Say:" on a line of its own introduces the lines below it. */
export const LABEL_ONLY = /^(?:参考)?(?:话术|台词|示例|说法|范例|script|say|lines|sample lines|example lines|examples?|what to say)\s*[:：]$/iu;

/** "【话术】您好，…", "[Say] Hello, …": a bracketed label before the words on the same line. */
const BRACKET_LABEL = /^[【[]([^】\]]{1,16})[】\]]\s*[:：]?\s*(\S.*)$/u;

/** Text up to the first quote that ends on a colon: a label over the quoted line. */
const LABELS_QUOTE = /^[^“”"「」]{1,120}[:：]\s*[“"「]/u;

/**
 * "如果…，就告诉她：“…”", "若…，则说：“…”", "If …, then say: “…”": a consequence word before the quote says the quote is
 * what to do under the condition (a branch), where a bare "若客户问能否分期：“…”" only labels the caller's line.
 */
const CONSEQUENCE = /^[^“”"「」]{1,120}?(?:[则就]|那么|然后|\bthen\b|[，,]\s*(?:请)?(?:说|告诉|回答|回复|答复|解释)|\b(?:say|tell (?:him|her|them)|reply|answer|explain)\s*[:：,])[^“”"「」]{0,30}[“"「]/iu;

/**
 * "然后用“约好”结束语", "close with the 'Booked' line": a short quoted span with the sentence going on after it names a
 * term (a closing, a button), it is not the line to say. At most this many characters (CJK) or words (others).
 */
const TERM_MAX_CHARS = 6;
const TERM_MAX_WORDS = 2;
/** What follows a quote when the quote ends its sentence: closing marks and punctuation only. */
const SENTENCE_END = /^[”"」』＂\s。.!！?？,，;；:：)）]*$/u;

/** A phrase quoted mid-sentence that ends no sentence of its own ("把“12月28日前”复述一遍") names what to say, up to this long. */
const PHRASE_MAX_CHARS = 12;
const PHRASE_MAX_WORDS = 4;
const ENDS_SENTENCE = /[。.!！?？…]$/u;

function namesTerm(plain: string, spans: readonly string[]): boolean {
  return spans.every((span) => {
    const han = /[\u3400-\u9fff]/u.test(span);
    const phrase = !ENDS_SENTENCE.test(span.trim()) && (han ? span.length <= PHRASE_MAX_CHARS : span.split(/\s+/u).length <= PHRASE_MAX_WORDS);
    const short = phrase || (han ? span.length <= TERM_MAX_CHARS : span.split(/\s+/u).length <= TERM_MAX_WORDS);
    const at = plain.indexOf(span);
    return short && at >= 0 && !SENTENCE_END.test(plain.slice(at + span.length));
  });
}

/** A line wholly inside one pair of round brackets. */
const ASIDE = /^[（(][^（()）]{1,200}[）)]$/u;

const SUB_STEP = /^\s*\d{1,2}\.\d{1,2}\.?\s+/;

/**
 * "> Should the date not suit, ring us." / "`Cheers, bye.`": a line the writer set apart as a block quote or as code is
 * said as written, a condition in it too; a labelled one ("> Note: …") is not.
 */
const SET_APART = /^\s*(?:[-*+]\s+)?(?:>\s*)+(\S.*)$|^\s*(?:[-*+]\s+)?`([^`]+)`\s*$/u;

/** "Agent: …" under a step: a label naming the caller's side and nothing else says the words after it are the caller's. */
const SPEAKER_LABEL = /^([^:：“”"「」\s]{1,12})[:：]\s*(?=\S)/u;

function withoutCallerLabel(text: string): string {
  const m = SPEAKER_LABEL.exec(text);
  const label = m?.[1];
  return m !== null && label !== undefined && personSide(label) === "caller" && namesOnlySide(label) ? text.slice(m[0].length) : text;
}

/**
 * "↳ 如果…：「…」", "↪ If they ask for a later day: “…”": a hooked arrow hangs the line off the step above as a turn the
 * call may take, so a condition after it makes a branch even where the condition only labels the quote.
 */
const HOOK = /^\s*(?:[-*+•]\s*)?[↳↪⤷⮑└┗╰]\s*/u;

/**
 * A bullet indented under a step that says its line on its own head ("2. Ask: “…”" over "  - If they say no: “…”") hangs
 * off the step as a hooked line does; under a step whose line is in its body the bullets are the body's own list.
 */
const SUB_BULLET = /^(?: {2,}|\t+|\u3000+)[-*+•]\s+/u;

export function hungUnderHead(raw: string, headSays: boolean): string {
  const sub = headSays ? SUB_BULLET.exec(raw) : null;
  // Only a bullet opening on a condition ("If …:", "如果…："); a situation label ("busy → …") is read as it was.
  if (sub === null || !BRANCH.test(stripEmphasis(raw.slice(sub[0].length)).trim())) return raw;
  return `↳ ${raw.slice(sub[0].length)}`;
}

/**
 * After the step has said its line, "若客户问能否分期：“…”" on a line of its own is a turn the call may take (a branch);
 * before any line it only labels the step's own line.
 */
export function classifyContent(raw: string, afterLine = false): Content {
  const hook = HOOK.exec(raw);
  const hung = hook === null ? "" : stripEmphasis(raw.slice(hook[0].length)).trim();
  if (hung !== "" && BRANCH.test(hung)) return { kind: "branch", texts: [hung] };
  const apart = SET_APART.exec(raw);
  const inner = (apart?.[1] ?? apart?.[2] ?? "").trim();
  if (inner !== "" && quotedSpans(inner).length === 0 && !/^[^:：“”"「」]{1,24}[:：]/u.test(inner)) return { kind: "line", texts: [stripEmphasis(inner)] };
  // "2.3 如果…就…", "1.2 Say: “…”": a sub-step's number is not part of what it says.
  const labelled = stripEmphasis(stripBullet(raw.replace(/^\s*#{1,6}\s*/, "").replace(SUB_STEP, ""))).trim();
  const plain = withoutCallerLabel(labelled);
  if (plain === "") return { kind: "none", texts: [] };
  // "（retired in May: callers heard “upsell”）": a remark wholly in brackets quoting a word is the writer's aside, not
  // a line to say (a bracketed condition, "(if he says yes)", is still read as one below).
  if (ASIDE.test(plain) && quotedSpans(plain).length > 0 && !BRANCH.test(plain.slice(1).trim())) return { kind: "instruction", texts: [plain] };
  const spans = quotedSpans(plain);
  // Only a line with a quote can be an exchange: most lines skip the pattern.
  const exchange = spans.length > 0 ? EXCHANGE.exec(plain) : null;
  if (exchange !== null) return { kind: "line", texts: sampleLines(exchange[1] ?? ""), exchange: true };
  // "say: …", "话术：…" unquoted (a config key written out): the label names the words after it as the line said.
  const said = spans.length === 0 ? /^([^:：]{1,16})[:：]\s*(\S.*)$/u.exec(plain) : null;
  if (said !== null && LABEL_ONLY.test(`${(said[1] ?? "").trim()}:`)) return { kind: "line", texts: [(said[2] ?? "").trim()], labelled: true };
  const bracketed = BRACKET_LABEL.exec(plain);
  if (bracketed !== null && LABEL_ONLY.test(`${(bracketed[1] ?? "").trim()}:`)) {
    const words = (bracketed[2] ?? "").trim();
    const quoted = quotedSpans(words);
    return { kind: "line", texts: quoted.length > 0 && namesTerm(words, quoted) === false ? quoted : [words], labelled: true };
  }
  if (plain !== labelled && spans.length === 0) return { kind: "line", texts: [plain] };
  // "- 不在：请家人转告", "打错 → 道歉，结束": a short situation, then what to do, is a branch (condition-labels.ts).
  const situated = conditionBranch(stripEmphasis(raw.replace(SUB_STEP, "")));
  if (situated !== null) return { kind: "branch", texts: [situated] };
  // "如果是同事接听：只说“…”", "If someone else answers, only say “…”": a line that opens on its condition and tells
  // what to do is a branch (the condition part holds no quote, so a quoted line that merely contains "if" stays a
  // line); "若客户问能否分期：“…”", the condition only labelling the quote, is the caller's conditional line.
  if (spans.length > 0 && namesTerm(plain, spans)) return BRANCH.test(plain) && (!LABELS_QUOTE.test(plain) || CONSEQUENCE.test(plain)) ? { kind: "branch", texts: [plain] } : { kind: "instruction", texts: [plain] };
  if (spans.length > 0) return BRANCH.test(plain) && (afterLine || !LABELS_QUOTE.test(plain) || CONSEQUENCE.test(plain)) ? { kind: "branch", texts: [plain] } : { kind: "line", texts: spans };
  if (BRANCH.test(plain)) return { kind: "branch", texts: [plain] };
  return { kind: "instruction", texts: [plain] };
}
