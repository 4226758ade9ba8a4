// A script told inside one paragraph: inline enumerators ("（1）… （2）…", "(1) … (2) …", "① … ②"), or sentences that
// open on the words of a sequence ("First, … Then … Finally, …", "你先…。然后…。最后…"). The paragraph is rewritten as
// a steps section, one item per step and one line per sentence under it; what follows the script is set apart.

import { glyphNumber } from "./number-glyphs.js";
import { sentencesOf } from "./prose-sentences.js";

/** Words that open the first sentence of a sequence and those that open the next ones (data, per language). */
const SEQUENCE = {
  start: ["first", "firstly", "to begin", "start by", "首先", "先", "第一"],
  next: ["then", "next", "after that", "afterwards", "second", "secondly", "third", "thirdly", "fourth", "fifth", "finally", "last", "lastly", "然后", "接着", "其次", "之后", "随后", "再", "最后", "第二", "第三", "第四", "第五", "第六"],
};
/** "你先…", "您再…": a pronoun may stand before a Chinese sequence word. */
const LEAD = String.raw`(?:[你您他她]\s*)?`;
const START = new RegExp(String.raw`^${LEAD}(?:${SEQUENCE.start.join("|")})(?![A-Za-z])[\s,，、:：]*`, "iu");
const NEXT = new RegExp(String.raw`^${LEAD}(?:${SEQUENCE.next.join("|")})(?![A-Za-z])[\s,，、:：]*`, "iu");
/** "（1）", "(2)", "③", "⑷", "❺", "4)": an enumerator inside a line; its number read apart. */
const ENUMERATOR = /[（(]\s*(\d{1,2})\s*[）)]|([\u2460-\u249b\u24f5-\u24fe\u2776-\u2793])|(?<![\w.:/])(\d{1,2})[)）](?=\s)/gu;
/** "Name (role): ", "某某：": the speaker of a transcript line, before what they say. */
const SPEAKER = /^[^\s:：“”"「」]{1,20}(?:\s*[（(][^）)]{1,16}[）)])?\s*[:：]\s*/u;
/** "…, say:", "，就说", "ask" left before a quote: the label of the line, no part of the step's title. */
const SAY_WORD = /(?:\b(?:(?:and|then)\s+)?(?:say|ask|tell (?:him|her|them)|something like)|(?:就|并)?(?:说|问)(?:道)?)$/iu;
const TAIL_MARKS = /[\s,，:：]+$/u;
/** Quote marks whose spans are said. */
const QUOTED = /[“"「][^”"」]{1,300}[”"」]/gu;

export interface SequenceRewrite {
  text: string;
  /** Source line of each rewritten line (1-based). */
  lineOf: number[];
  steps: number;
  how: "enumerators" | "sequence words";
  /** Text after the script, set apart from it. */
  setAside: string;
}

/** The document with its first paragraph that tells a script inline rewritten as a steps section, or null. */
export function inlineSequence(text: string): SequenceRewrite | null {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const found = byEnumerators(line) ?? bySequenceWords(line);
    if (found === null) continue;
    const out: string[] = [];
    const lineOf: number[] = [];
    const push = (t: string, no: number): void => {
      out.push(t);
      lineOf.push(no);
    };
    lines.slice(0, i).forEach((l, k) => push(l, k + 1));
    if (found.before.trim() !== "") push(found.before.trim(), i + 1);
    push("", i + 1);
    push("## Steps", i + 1);
    found.segments.forEach((segment, k) => {
      const { title, body } = stepOf(segment);
      push(`${k + 1}. ${title}`, i + 1);
      for (const b of body) push(`   ${b}`, i + 1);
    });
    const after = lines.slice(i + 1);
    if (found.after.trim() !== "" || after.some((l) => l.trim() !== "")) {
      push("", i + 1);
      push("## Notes", i + 1);
      if (found.after.trim() !== "") push(found.after.trim(), i + 1);
    }
    after.forEach((l, k) => push(l, i + k + 2));
    return { text: out.join("\n"), lineOf, steps: found.segments.length, how: found.how, setAside: [found.after, ...after].join(" ").replace(/\s+/g, " ").trim() };
  }
  return null;
}

interface Found {
  before: string;
  segments: string[];
  after: string;
  how: SequenceRewrite["how"];
}

/** Inside quotes, per character: an enumerator there is part of a line said, not a step. */
function quotedMask(line: string): boolean[] {
  const mask: boolean[] = new Array<boolean>(line.length).fill(false);
  for (const m of line.matchAll(QUOTED)) for (let k = m.index; k < m.index + m[0].length; k++) mask[k] = true;
  return mask;
}

function byEnumerators(line: string): Found | null {
  const mask = quotedMask(line);
  const marks: { at: number; end: number }[] = [];
  for (const m of line.matchAll(ENUMERATOR)) {
    if (mask[m.index] === true) continue;
    const n = m[2] !== undefined ? glyphNumber(m[2]) : Number(m[1] ?? m[3]);
    if (n === marks.length + 1) marks.push({ at: m.index, end: m.index + m[0].length });
  }
  if (marks.length < 2) return null;
  const segments = marks.map((m, k) => line.slice(m.end, marks[k + 1]?.at ?? line.length).trim());
  if (segments.filter((s) => s.match(QUOTED) !== null).length < 2) return null;
  const { last, after } = endOfScript(segments[segments.length - 1] as string);
  segments[segments.length - 1] = last;
  return { before: line.slice(0, (marks[0] as { at: number }).at), segments, after, how: "enumerators" };
}

function bySequenceWords(line: string): Found | null {
  const speaker = SPEAKER.exec(line)?.[0] ?? "";
  const sentences = sentencesOf(line.slice(speaker.length));
  const first = sentences.findIndex((s) => START.test(s));
  if (first < 0) return null;
  const starts = [first, ...sentences.map((s, k) => (k > first && NEXT.test(s) ? k : -1)).filter((k) => k > first)];
  if (starts.length < 2) return null;
  const segments = starts.map((s, k) => sentences.slice(s, starts[k + 1] ?? sentences.length).join(" ").replace(k === 0 ? START : NEXT, ""));
  if (segments.filter((s) => s.match(QUOTED) !== null).length < 2) return null;
  const { last, after } = endOfScript(segments[segments.length - 1] as string);
  segments[segments.length - 1] = last;
  return { before: sentences.slice(0, first).join(" "), segments, after, how: "sequence words" };
}

/** The last step runs while its sentences quote something; the first sentence after that quotes nothing ends it. */
function endOfScript(segment: string): { last: string; after: string } {
  const sentences = sentencesOf(segment);
  const quoted = sentences.findIndex((s) => s.match(QUOTED) !== null);
  if (quoted < 0) return { last: segment, after: "" };
  let end = quoted + 1;
  while (end < sentences.length && (sentences[end] as string).match(QUOTED) !== null) end++;
  return { last: sentences.slice(0, end).join(" "), after: sentences.slice(end).join(" ") };
}

/** A step's title (what its first sentence says to do, before its quote) and its lines (quotes, then sentences). */
function stepOf(segment: string): { title: string; body: string[] } {
  const [head = "", ...rest] = sentencesOf(segment);
  const quote = head.search(/[“"「]/u);
  if (quote < 0) return { title: head.replace(/[。.;；]$/u, ""), body: rest };
  // Marks, then the label word, then marks again: each pattern anchored at the end and free of nested repeats.
  const title = head.slice(0, quote).replace(TAIL_MARKS, "").replace(SAY_WORD, "").replace(TAIL_MARKS, "").trim();
  const said = [...head.slice(quote).matchAll(QUOTED)].map((m) => m[0]);
  return { title: title === "" ? head : title, body: [...said, ...rest] };
}
