// The cues the outline reads a line by: numbered headings, labels of one style, speakers, rules and example labels.

import { chineseNumeral } from "../text/figures.js";
import { classifyHeading, type SectionKind } from "./section-names.js";
import { stripBullet, type SourceLine } from "./lines.js";
import type { RawSection } from "./sections.js";

/** "### 4. 通话流程" / "4、常见问题" / "**4. FAQ**" / "四、常见问题" / "（四）常见问题" → 4. */
/** "## 2. Pitch", "## 2 · Pitch", "## 2 — Pitch": a heading's number, with the mark after it that sets it off. */
export function headingNumber(text: string): number | null {
  // Runs of spaces made one first: the optional marks' spaces would overlap and backtrack on a line of spaces.
  const m = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:(\d{1,2})\s*(?:[.、．]|[·•|｜—–](?=\s))|([一二三四五六七八九十]{1,3})\s*[、.．]|[（(]([一二三四五六七八九十]{1,3})[）)])/.exec(text.trimStart().replace(/[ \t]{2,}/g, " "));
  if (m === null) return null;
  if (m[1] !== undefined) return Number(m[1]);
  return chineseNumeral(m[2] ?? m[3] ?? "");
}

/** A heading numbered as a decimal outline ("### 2.3 FAQ", "2.3 FAQ"). */
const DECIMAL_HEADING = /^\s*(?:#{1,6}\s*)?\d{1,2}(?:\.\d{1,2}){1,3}\.?\s/;

/** A heading numbered right after the section it would belong to, at that section's level, naming another section. */
export function numberedSibling(section: RawSection, line: string, level: number, text: string): boolean {
  if (section.number === undefined || section.number === null || level !== section.level) return false;
  // "### 1.4 Knowledge base" at the level of "### 1.3 Script": an outline's next part (its steps sit a level deeper).
  if (DECIMAL_HEADING.test(line)) return true;
  const number = headingNumber(line);
  if (number === null || number <= section.number) return false;
  // "四、主流程" holding "第1步 …" … "第6步 …", then "五、异常处理": the script numbers its steps with its own word, so
  // the next number of the sections' own count is the next section, whatever it is named.
  if (section.kind === "steps" && number === section.number + 1 && section.body.some((l) => EXPLICIT_STEP.test(stripBullet(l.text)))) return true;
  const kind = classifyHeading(text, false).kind;
  return kind !== null && kind !== "steps";
}

/** On the callee side, "Context" is the person's background; before any side it describes the scenario. */
export const CALLEE_CONTEXT = /^(?:context|their context|背景情况|情况介绍)\s*[:：]?$/i;

/** A side intro accepts any heading after it as a new section. */
export const INTRO_LEVEL = 100;

export const EXPLICIT_STEP = /^\s*(?:\*\*\s*)?(?:(?:step|phase|stage)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b|步骤\s*[0-9一二三四五六七八九十]|第\s*[0-9一二三四五六七八九十]{1,3}\s*步)/i;
export const QUESTION_LABEL = /^(?:q\d{0,2}|question\s*\d{0,2}|问\d{0,2}|问题\d{1,2})$/i;

/** A bold label, after an emoji or not ("🛑 **Objections**", "**FAQ**"). */
export const LABEL_PARAGRAPH = /^\s*(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*)?(?:\*\*|__)[^*_\s]/u;

// One run of spaces may sit either side of the closing bold marks, never two runs next to each other (no backtracking).
export const LEAD_IN = /^.{1,60}[:：](?:\s*(?:\*\*|__))?\s*$/u;

/** A short line of words alone: no list mark, heading mark, emphasis, colon, quote or sentence end. */
const BARE_TITLE = /^\p{L}[^:：“”"「」*_#|。.!！?？;；,，]{0,40}$/u;

/** Two label lines of one style: both bold labels, or both plain "Label:" lead-ins. */
export function sameStyle(opener: string, line: string): boolean {
  if (LABEL_PARAGRAPH.test(line)) return LABEL_PARAGRAPH.test(opener);
  // A plain-text document's titles: "Call plan" then "Things they wonder about", each a short line with no mark at all.
  if (BARE_TITLE.test(line.trim())) return BARE_TITLE.test(opener.trim());
  return LEAD_IN.test(line.trim()) && LEAD_IN.test(opener.trim()) && !LABEL_PARAGRAPH.test(opener) && !/^\s*#/.test(opener);
}
/** Labels of an example conversation; a bare "Example" only after a container that is not the script. */
export const CONVERSATION_LABEL = /^(?:examples? (?:conversation|dialogue|call|exchange)s?|sample (?:conversation|dialogue|call)s?|示例对话|对话示例|通话示例|对话范例|示范对话)\s*[:：]?$/iu;
export const EXAMPLE_LABEL = /^(?:examples?|for example|示例|范例|例如)\s*[:：]?$/iu;

export function exampleLabel(text: string, kind: SectionKind | null): boolean {
  return CONVERSATION_LABEL.test(text) || (kind !== "steps" && EXAMPLE_LABEL.test(text));
}

/** The speaker label a line opens with ("**Customer:** “…”", "客户：…"), or "" when it has none. */
export function speakerOf(text: string): string {
  const label = /^(?:\*\*|__)?([^:：*_“”"]{1,20}?)(?:\*\*|__)?\s*[:：]/u.exec(text.trim())?.[1]?.trim() ?? "";
  return SPEAKER_LABEL.test(label) ? label.toLowerCase() : "";
}

/** The next written line is a speaker-labelled line. */
export function speakerLineNext(lines: readonly SourceLine[], at: number): boolean {
  for (let k = at + 1; k < lines.length && k < at + 4; k++) {
    const text = (lines[k] as SourceLine).text;
    if (text.trim() !== "") return speakerOf(text) !== "";
  }
  return false;
}

/** The written line before or after this one is another speaker's. */
export function otherSpeakerNear(lines: readonly SourceLine[], at: number, label: string): boolean {
  const own = label.toLowerCase();
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < lines.length && Math.abs(k - at) < 4; k += step) {
      const text = (lines[k] as SourceLine).text;
      if (text.trim() === "") continue;
      const other = speakerOf(text);
      if (other !== "" && other !== own) return true;
      break;
    }
  }
  return false;
}

/**
 * A sentence saying when the person hangs up ("She hangs up when…", "You'll hang up if…", "End the call once…", not
 * the label "You end the call when:" over a list; "…就挂电话。" at its start, "谈妥了你就挂电话。").
 */
export const HANGS_UP = /^(?:she|he|they|you)(?:'ll| will)?\s+(?:hangs?|hang)\s+up\s+(?:when|if|once|as soon as)\b|^(?:(?:she|he|they|you)(?:'ll| will)?\s+)?ends?\s+the\s+call\s+(?:when|if|once|as soon as)\b(?!\s*[:：])|^[^。！？\n"“「]{2,60}?[，,]\s*(?:你|她|他)?就挂(?:电话|断|机)|^(?:你会在|你在|她会在|他会在)[^。！？]{1,40}(?:挂断|挂电话)/iu;

/** Labels of a block of rules or notes, per language: never part of the script or FAQ they follow. */
export const RULES_LABEL = /^(?:注意|注意事项|规则|通话规则|要求|禁忌|禁止事项|红线|底线|notes?|rules?|ground rules|important|guidelines?|constraints|don'?ts|do'?s and don'?ts)\s*[:：]?$/iu;

export const SPEAKER_LABEL = /^(?:agent|caller|rep|representative|customer|client|callee|guest|you|ai|assistant|bot|user|human|坐席|客服|客户|用户|主叫|被叫|我方|对方|机器人|助手)$/i;

export const STEPS_TABLE_HEADER = /^\s*\|\s*(?:\*\*)?(?:步骤|环节|阶段|step|stage)(?:\*\*)?\s*\|\s*(?:\*\*)?(?:话术|参考话术|示例话术|台词|script|what to say|sample lines?|say|what you say|说什么|怎么说)(?:\*\*)?\s*\|/i;

/** "III. CALL", "4. Notes": an unindented line's outline number, roman or decimal, with its style. */
function outlineOrdinal(line: string): { style: string; n: number } | null {
  const roman = /^((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+\S/u.exec(line);
  if (roman !== null) return { style: "roman", n: romanValue(roman[1] ?? "") };
  const decimal = /^(\d{1,2})[.)]\s+\S/u.exec(line);
  return decimal === null ? null : { style: "decimal", n: Number(decimal[1]) };
}

function romanValue(numeral: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const here = values[numeral[i] ?? ""] ?? 0;
    const next = values[numeral[i + 1] ?? ""] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/**
 * "III. CALL" after a section "II. MEMBER" opened: the next number of the outline the sections are numbered in is the
 * next section, whatever its title names (a title the reader does not know is still the outline's next part).
 */
export function nextInOutline(opener: string, line: string): boolean {
  const before = outlineOrdinal(opener);
  const here = outlineOrdinal(line);
  return before !== null && here !== null && before.style === here.style && here.n === before.n + 1;
}
