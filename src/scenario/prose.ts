// A step written as prose ("Ask about the order. Say: “…” If they are unsure, then …"): its quoted spans are said, each
// sentence between them is a branch when it is a condition, else an instruction. One linear scan, quotes kept whole.

import { stripListMarker } from "./lines.js";
import { classifyContent } from "./step-content.js";

export interface ProseStep {
  lines: string[];
  instructions: string[];
  branches: string[];
}

const CLOSE: Record<string, string> = { "“": "”", "「": "」", "『": "』", "\"": "\"", "＂": "＂" };
/** Ends a sentence in either script; a Latin period only before a space or the end ("3.5", "e.g" stay whole). */
const STOPS = new Set(["。", "！", "？", "!", "?", "；", ";"]);

/** "…说：", "Say:", "Ask:" left before a quote: the label of the line, no instruction of its own. */
const SAY_WORDS = "说|问|话术|示例话术|参考话术|可以这样说|say|ask|tell them|example";
const SAY_LABEL = new RegExp(`(?:^|[，,。.\\s])(?:${SAY_WORDS})\\s*[:：]\\s*$`, "iu");
/** "Confirm identity: Say: “…”" (a row's label, then the line's own label): the second label is no part of the title. */
const TITLED_SAY_LABEL = new RegExp(`(?<=\\S)\\s*[:：]\\s*(?:${SAY_WORDS})\\s*[:：]\\s*$`, "iu");

/** A title before a quote, without a speech label left between it and the quote. */
export function withoutSayLabel(before: string): string {
  return before.replace(TITLED_SAY_LABEL, "：");
}

/** The prose's quoted spans and the sentences between them, in order. */
export function proseParts(text: string): { quoted: boolean; text: string }[] {
  const parts: { quoted: boolean; text: string }[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const piece = text.slice(start, end).trim();
    if (piece !== "") parts.push({ quoted: false, text: piece });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    // "6'1\"", "12\"": a straight quote after a figure is an inch mark, not the start of a line.
    const close = c === "\"" && /\d'?$/.test(text.slice(Math.max(0, i - 2), i)) ? undefined : CLOSE[c];
    if (close !== undefined) {
      flush(i);
      const end = text.indexOf(close, i + 1);
      const inner = (end < 0 ? text.slice(i + 1) : text.slice(i + 1, end)).trim();
      if (inner !== "") parts.push({ quoted: true, text: inner });
      if (end < 0) return parts;
      i = end;
      start = end + 1;
    } else if (STOPS.has(c) || (c === "." && (i + 1 === text.length || /\s/.test(text[i + 1] as string)))) {
      flush(i + 1);
      start = i + 1;
    }
  }
  flush(text.length);
  return parts;
}

/** Sorts a prose step into lines to say, instructions and branch lines; each written line (a bullet) on its own. */
export function sortProse(text: string): ProseStep {
  const out: ProseStep = { lines: [], instructions: [], branches: [] };
  // A Markdown heading inside a state's prompt ("## Task") labels the text; it is no instruction of its own.
  const parts = text.split(/\r?\n/).filter((line) => !/^\s{0,3}#{1,6}\s/.test(line)).flatMap((line) => proseParts(stripListMarker(line)));
  for (const part of parts) {
    if (part.quoted) {
      out.lines.push(part.text);
      continue;
    }
    const sentence = part.text.replace(SAY_LABEL, "").replace(/[:：]$/u, "").trim();
    if (sentence === "" || /^[，,。.：:；;]+$/u.test(sentence)) continue;
    (classifyContent(sentence).kind === "branch" ? out.branches : out.instructions).push(sentence);
  }
  return out;
}
