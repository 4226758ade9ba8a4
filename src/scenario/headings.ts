// Recognises a heading line in any of the styles documents use: "##", "一、", "（一）", "【label】", "**bold**", "Label:".

import { isListItem, stripLabelMark } from "./lines.js";
import { sideOf } from "./section-names.js";

export interface HeadingLine {
  /** Depth: "#" count for Markdown, 2 for "一、" and "【】", 3 for "（一）", 10 for weak headings. */
  level: number;
  /** The heading text without its marks. */
  text: string;
  /** Weak headings (bold lines, "Label:" lines, bare short lines) count only when they name a known section or side. */
  weak: boolean;
  /** Content written on the same line after the label ("角色：钱进…"), or "". */
  rest: string;
  /** The heading reads as a numbered step ("### 1. 开场", "### 步骤二：说明", "### Step 3"). */
  stepLike: boolean;
}

const STEP_LIKE = /^\s*(?:\*\*)?\s*(?:\d{1,2}\s*[.、)）]|[（(]\d{1,2}[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|步骤\s*[0-9一二三四五六七八九十]|第\s*[0-9一二三四五六七八九十]{1,3}\s*步|(?:step|phase|stage)\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))/i;

const WEAK_LEVEL = 10;
const BOLD_QUESTION = /^(q\d{0,2}|question\s*\d{0,2}|问\d{0,2}|问题\d{1,2})\s*[:：]\s*(\S.*)$/i;
/** A quoted line ("一、约好时间：“好的，…”"): a numbered item that says something is content, never a heading. */
const SPOKEN = /[“「『]|"[^"]{2,}"/u;
/** "（二）约时间：上午还是下午合适？": a numbered title with a sentence after its colon is an item of a list, not a heading. */
const TITLED_SENTENCE = /^[^:：]{1,20}[:：]\s*\S.*[。？！?!]$/u;
const MAX_LABEL_CHARS = 60;
/** "Part two", "Section 3", "第二部分": a number a document gives its parts. */
const PART_NUMBER = /^(?:(?:part|section|chapter)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)|第\s*[一二三四五六七八九十\d]{1,3}\s*(?:部分|节|章|篇))$/iu;
/** Labels that name a line to say, never a section: "话术", "台词", "示范", "Say", "Script". */
const LINE_LABEL = /^(?:参考|标准)?(?:话术|台词|说法|示范|示例|范例)$|^(?:say|says|script|line|sample line|example line)$/iu;
/** "若客户说…，则", "If she objects, then say": a condition that ends on its consequence word (a bare "If they ask
 *  about cost:" may head a FAQ). */
const CONDITION_LABEL = /^(?:若|如果|假如|要是|万一)[^:：]{0,60}(?:则|就|那么)(?:说|回答|告诉\p{Script=Han}?)?$|^(?:if|when|in case)\s[^:：]{0,60}\bthen(?:\s+(?:say|reply|answer))?$/iu;
const WHOLLY_QUOTED = /^[“"「『][^“”"「」『』]*[”"」』]$/u;
/** A symbol mark (not a Markdown bullet) before a short label with no sentence end and no colon. */
const SYMBOL_MARKED = /^[■□◆◇▶►➤●○★☆]\s*([^\s:：“”"「」][^:：“”"「」]{0,29}?)\s*$/u;

export function headingOf(line: string): HeadingLine | null {
  const text = line.trim();
  const first = text[0];
  if (first === undefined || first === "|") return null;
  let m: RegExpExecArray | null;
  // Dispatch on the first character: this runs for every line of every document.
  const banner = bannerOf(text);
  if (banner !== null) return banner;
  if (first === "#") {
    const atx = atxHeading(text);
    if (atx !== null) return { level: atx.level, text: stripNumbering(atx.text), weak: false, rest: "", stepLike: STEP_LIKE.test(atx.text) };
  } else if (first === "【" || first === "[") {
    m = /^[【[]([^】\]]{1,60})[】\]]\s*[:：]?\s*(.*)$/.exec(text);
    // "【已约好】 “…”": a label over its quoted line counts only as a label does (when it names a section).
    // "【话术】您好，…": a label naming a line to say, with the line after it, is that line's, never a heading.
    if (m !== null && LINE_LABEL.test((m[1] ?? "").trim()) && (m[2] ?? "").trim() !== "") return null;
    if (m !== null) return { level: 2, text: m[1] ?? "", weak: /^[“"「『]/u.test(m[2] ?? ""), rest: m[2] ?? "", stepLike: false };
  } else if ("一二三四五六七八九十".includes(first)) {
    m = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.{1,60})$/.exec(text);
    if (m !== null && !SPOKEN.test(m[2] ?? "")) return { level: 2, text: m[2] ?? "", weak: false, rest: "", stepLike: true };
  } else if (first === "§") {
    // "§3 Title", "§2.1 Title": a section sign numbers a section of a plain-text document (deeper for each dotted part).
    m = /^§+\s*(\d{1,2}(?:\.\d{1,2}){0,2})\s*[.、:：]?\s*(\S.{0,60})$/u.exec(text);
    if (m !== null && !SPOKEN.test(m[2] ?? "")) return { level: 1 + (m[1] ?? "").split(".").length, text: m[2] ?? "", weak: false, rest: "", stepLike: false };
  } else if (first === "（" || first === "(") {
    m = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.{1,60})$/.exec(text);
    if (m !== null && !SPOKEN.test(m[2] ?? "") && !TITLED_SENTENCE.test(m[2] ?? "")) return { level: 3, text: m[2] ?? "", weak: false, rest: "", stepLike: true };
  }
  if (first >= "0" && first <= "9") {
    const outline = outlineOf(text);
    if (outline !== null) return outline;
  }
  const enumerated = enumeratedOf(text);
  if (enumerated !== null) return enumerated;
  const marked = SYMBOL_MARKED.exec(text);
  // "◆ 背景", "▶ Persona": a symbol before a bare short label may mark a section; like "Label:" it counts only when it names one.
  if (marked !== null) return { level: WEAK_LEVEL, text: (marked[1] ?? "").trim(), weak: true, rest: "", stepLike: STEP_LIKE.test(marked[1] ?? "") };
  if (isListItem(text)) return null;
  if (first === "*" || first === "_") {
    m = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：]?\s*(.*)$/.exec(text);
    if (m !== null) {
      // "**Q: Why did the price go up?**": a question label bolded with its question.
      const asked = m[2] === "" ? BOLD_QUESTION.exec(m[1] ?? "") : null;
      if (asked !== null) return { level: WEAK_LEVEL, text: asked[1] ?? "", weak: true, rest: asked[2] ?? "", stepLike: false };
      const label = (m[1] ?? "").replace(/[:：]\s*$/, "");
      if (label.length <= MAX_LABEL_CHARS) return { level: WEAK_LEVEL, text: label, weak: true, rest: m[2] ?? "", stepLike: STEP_LIKE.test(label) };
      return null;
    }
  }
  m = /^([^:：“”"「」]{1,60}?)\s*[:：]\s*(.*)$/.exec(text);
  // "Part two: Customer information", "第二部分：客户信息": the part's number labels the title after it; both are the heading.
  if (m !== null && PART_NUMBER.test(m[1] ?? "") && (m[2] ?? "").length <= MAX_LABEL_CHARS && !/[。.!！?？；;，,]$/.test(m[2] ?? "")) return { level: WEAK_LEVEL, text, weak: true, rest: "", stepLike: false };
  // "话术：“…”", "Say: "…"": a label naming the quoted line after it is that line's, under whatever step it sits;
  // "若客户说…，则：“…”": a condition and its consequence word before a colon is a branch of a step, never a heading.
  if (m !== null && LINE_LABEL.test((m[1] ?? "").trim()) && /^[“"「『]/u.test((m[2] ?? "").trim())) return null;
  if (m !== null && CONDITION_LABEL.test((m[1] ?? "").trim()) && (m[2] ?? "").trim() !== "") return null;
  // "⚠️ 客户：“…”": an emoji before a label decorates it; the label is the words.
  if (m !== null) return { level: WEAK_LEVEL, text: stripLabelMark(m[1] ?? ""), weak: true, rest: m[2] ?? "", stepLike: STEP_LIKE.test(m[1] ?? "") };
  // "“Hello, who is this?”": a line that is one quotation is something said, never a label.
  if (text.length <= MAX_LABEL_CHARS && !/[。.!！?？；;，,]$/.test(text) && !WHOLLY_QUOTED.test(text)) return { level: WEAK_LEVEL, text, weak: true, rest: "", stepLike: STEP_LIKE.test(text) };
  return null;
}

/** Characters a banner line repeats on both sides of its title ("=== CALLER ===", "----- 接听方 -----", "═══ Persona ═══"). */
const BANNER_MARKS = "=-*~+_—─═#:";
const MAX_BANNER_CHARS = 120;
/** "**bold**" and "__bold__" are emphasis: a banner of these marks takes three or more. */
const BOLD_MARKS = "*_";
/** "ALL CAPS" titles: Latin letters only, no sentence end (a plain-text document's section titles). */
const NUMBERED_TITLE = /^\(?\d{1,2}[.)）]\s+(.+)$/;
// Capitals of any Latin alphabet ("DŴR"), a comma between two titles ("THE CALL, IN ORDER") and a bilingual title
// joined by a slash ("CLOSES / CLOI") may run to twice the length of one title.
// A dash is no part of a banner title: "SECTION D — FAQ" lines of a plain-text document belong to its layout reader.
const UPPERCASE_TITLE = /^\p{Lu}[\p{Lu}0-9 ,&/'’()-]{1,68}[\p{Lu}0-9)]$/u;
/** "CALLER SCRIPT (v2, draft)": a title in capitals with a remark in brackets after it, in any case. */
const REMARKED_TITLE = /^(\p{Lu}[\p{Lu}0-9 ,&/'’-]{1,60})[(（][^()（）]{1,60}[)）]$/u;

/**
 * A banner: a title between runs of one mark, or a line in capitals on its own. Either is a real (strong) heading at the
 * top level; "=== AGENT: Name, Organisation ===" names a side and writes its first line after the colon.
 */
/** "Sheet 3", "工作表2", "Tab 4": a word and its number, labelling a banner's title as one of a series. */
const NUMBERED_LABEL = /^\p{L}{1,10}\s?\d{1,3}$/u;
/** "FILE: agent_prompt.xml.txt", "文件：persona.md": the name of a file pasted below. */
const PASTED_FILE = /^(?:file|文件)\s*[:：]\s*([\w.-]{1,80}\.[a-z0-9]{1,6})$/iu;

/** "persona_tom.v2.txt" → "persona tom v2": a file name's words, without its extension. */
function fileWords(name: string): string {
  return name.replace(/(?:\.[a-z0-9]{1,6})+$/iu, "").replace(/[_.-]+/gu, " ").trim();
}

function bannerOf(text: string): HeadingLine | null {
  const mark = text[0] ?? "";
  // Most lines open with neither a mark nor a capital: one look at the first character rules them out.
  if (text.length > MAX_BANNER_CHARS || (!BANNER_MARKS.includes(mark) && (mark < "A" || mark > "Z") && (mark < "0" || mark > "9") && mark !== "(")) return null;
  if (BANNER_MARKS.includes(mark)) {
    let start = 0;
    while (start < text.length && text[start] === mark) start++;
    let end = text.length;
    while (end > start && text[end - 1] === mark) end--;
    const inner = text.slice(start, end).trim();
    const least = BOLD_MARKS.includes(mark) ? 3 : 2;
    if (start < least || text.length - end < least || inner === "" || !/\p{L}/u.test(inner) || (mark === "#" && start <= 6)) return null;
    // "===== FILE: persona_tom.txt =====": a pasted file's banner is titled by the words of the file's name.
    const file = PASTED_FILE.exec(inner);
    if (file !== null) return { level: 1, text: fileWords(file[1] ?? ""), weak: false, rest: "", stepLike: false };
    // "=== PAGE 2: THE CUSTOMER ===": when only the words after the colon name a side, they are the title's
    // own words, not a first line.
    const split = /^([^:：]{1,24})[:：]\s*(.+)$/u.exec(inner);
    const colon = split !== null && sideOf(split[1] ?? "") === null && sideOf(split[2] ?? "") !== null ? null : split;
    // "=== Sheet 3: Call flow ===", "=== 工作表3：… ===": a numbered tab or page label is an ordinal; the title is after it.
    if (split !== null && NUMBERED_LABEL.test((split[1] ?? "").trim()) && !STEP_LIKE.test(inner)) return { level: 1, text: (split[2] ?? "").trim(), weak: false, rest: "", stepLike: false };
    // "-- STEP 2 --": a banner can number a step as well as name a side.
    return { level: 1, text: (colon?.[1] ?? inner).trim(), weak: false, rest: colon?.[2] ?? "", stepLike: STEP_LIKE.test(inner) };
  }
  // "2) CUSTOMER", "1. AGENT": a numbered line in capitals is a title, not a list item.
  const numbered = NUMBERED_TITLE.exec(text)?.[1];
  // The remark in brackets after a title in capitals is a note to the reader, not part of the section's name (a
  // numbered title keeps its remark: "3. STEPS (in order)" is read as an outline's item, as it was).
  const title = numbered ?? REMARKED_TITLE.exec(text)?.[1]?.trim() ?? text;
  // "FAQ", "Q&A", "CALL STEPS": three capitals, or two joined by an ampersand.
  if (UPPERCASE_TITLE.test(title) && /[A-Z]{3}|[A-Z]&[A-Z]/.test(title)) return { level: 1, text: title, weak: false, rest: "", stepLike: false };
  return null;
}

/**
 * A decimal outline number ("1.2 Role", "2.1.3 Closing lines"): the title of a plain-text outline, one level deeper
 * per number, whatever it names. "1." alone is a list number, and a quoted or sentence-long line is content.
 */
const OUTLINE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(\S.{0,59})$/u;

export function outlineOf(text: string): HeadingLine | null {
  const m = OUTLINE.exec(text);
  if (m === null) return null;
  const title = (m[2] ?? "").trim();
  if (SPOKEN.test(title) || /[。.!！?？；;，,]$/.test(title) || !/^\p{L}/u.test(title)) return null;
  const depth = (m[1] ?? "").split(".").length;
  const label = /^([^:：]{1,40})[:：]\s*(.*)$/u.exec(title);
  return { level: depth + 1, text: (label?.[1] ?? title).trim(), weak: false, rest: label?.[2] ?? "", stepLike: STEP_LIKE.test(title) };
}

/**
 * "1、结束条件", "II. Customer", "B. Role", "(a) Closing lines": an outline's enumerated title. Like a "Label:" line it
 * counts only when it names a known section or side; a quoted or sentence-ending item stays a list item.
 */
const ENUMERATED = /^(?:(\d{1,2})(?:、\s*|\.\s+)|(?:[IVX]{1,4}|[A-L])\.\s+|[(（][a-l][)）]\s*)(\S.{0,59})$/u;

function enumeratedOf(text: string): HeadingLine | null {
  const m = ENUMERATED.exec(text);
  if (m === null) return null;
  const title = (m[2] ?? "").trim();
  if (SPOKEN.test(title) || /[。.!！?？；;，,]$/.test(title)) return null;
  const label = /^([^:：]{1,40})[:：]\s*(.*)$/u.exec(title);
  return { level: WEAK_LEVEL, text: (label?.[1] ?? title).trim(), weak: true, rest: label?.[2] ?? "", stepLike: m[1] !== undefined };
}

/** "1. 角色" / "Part 2 - Callee" headings: the number is not part of the name. */
function stripNumbering(text: string): string {
  return text.replace(/^(?:\d{1,2}(?:\.\d{1,2})*(?:[.、)）]|\s*[·•|｜—–](?=\s))?|[一二三四五六七八九十]{1,3}[、.．])\s*/, "");
}

/** "## Title ##" → level 2, "Title", without a regex: a lazy title before trailing spaces backtracks quadratically. */
function atxHeading(text: string): { level: number; text: string } | null {
  let level = 0;
  while (level < text.length && text[level] === "#") level++;
  // "#1 — Greeting", "#3": a number sign, not a heading ("##角色" without its space still is one).
  if (level < 1 || level > 6 || /\d/.test(text[level] ?? "")) return null;
  let body = text.slice(level).trim();
  let end = body.length;
  while (end > 0 && body[end - 1] === "#") end--;
  if (end < body.length && (end === 0 || body[end - 1] === " " || body[end - 1] === "\t")) body = body.slice(0, end).trimEnd();
  return { level, text: body };
}
