// A whole file of Mermaid flowchart source (a .mmd export, no fence): the boxes are the document. A subgraph's title
// is a heading over its boxes; a box's label is its text, one line per <br/>, a bold lead ("<b>Caller</b>：…") a
// heading; a run of boxes numbered as steps is the script, each edge's label out of a step ("-->|busy| N[…]") a branch
// under it; `%%` comments are the writer's notes in plain text. Line numbers are kept as far as the freed syntax lines
// allow (a box's extra lines take the blank and edge lines after it; what does not fit runs on past the end).

import { LABEL_ONLY } from "./step-content.js";

const HEADER = /^\s*(?:flowchart|graph)(?:\s+(?:TD|TB|BT|LR|RL))?\s*;?\s*$/i;
const COMMENT = /^\s*%%(?!\{)\s?(.*)$/;
/** Lines of diagram syntax with no text a person reads. */
const SYNTAX = /^\s*(?:classDef|class|style|linkStyle|click|direction)\b|^\s*end\s*$|^\s*%%\{.*\}%%\s*$/i;
const SUBGRAPH = /^\s*subgraph\s+([A-Za-z0-9_]+)?\s*(?:\[\s*"?([^"\]]*)"?\s*\])?\s*$/;
/** One box: id, an opening shape mark, the label (quoted or not), the closing mark, a class after `:::`. */
const BOX = /^\s*([A-Za-z0-9_]+)\s*(?:\(\[|\[\[|\(\(|\{\{|\[|\(|\{|>)\s*"?([^"\n]*?)"?\s*(?:\]\)|\]\]|\)\)|\}\}|\]|\)|\})\s*(?::::\s*[\w-]+)?\s*;?\s*$/;
/** An edge: from, arrow with an optional |label|, to (the target may define its box in place). */
const EDGE = /([A-Za-z0-9_]+)\s*(?:-->|-\.->|==>|---)\s*(?:\|\s*"?([^|"]*)"?\s*\|)?\s*([A-Za-z0-9_]+)(?:\s*(?:\[|\(|\{)\s*"?([^"\]})]*)"?\s*(?:\]|\)|\}))?/g;
const BREAK = /<br\s*\/?>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;
const BOLD_LEAD = /^\s*<b>([^<]{1,30})<\/b>\s*[:：]?\s*(.*)$/i;
/** "第1步 …", "Step 1 …", "1. …": a box numbered as a step of the call. */
const STEP_NUMBER = /^\s*(?:第\s*(\d{1,2})\s*步|step\s*(\d{1,2})\b|(\d{1,2})[.、)])/iu;
/** A run of this many step boxes is the script. */
const MIN_STEPS = 3;
/** The reader's own name for the script's section, put over the first step box. */
const STEPS_TITLE = "## Steps";
const MAX_LINE = 2000;
/** An ending box's label: a short condition, a colon, the words said (not quoted yet). */
const ENDING = /^([^:：“”"「」]{1,16})[:：]\s*([^“”"「」]+)$/u;
const NOTES_LABEL = /^([^:：]{1,30})[:：]\s*$/u;

export function isMermaidSource(lines: readonly string[]): boolean {
  const first = lines.find((l) => l.trim() !== "" && !COMMENT.test(l));
  return first !== undefined && HEADER.test(first);
}

const plain = (text: string): string => text.replace(TAG, "").trim();
const partsOf = (label: string): string[] => label.split(BREAK).map(plain).filter((p) => p !== "");

interface Box { at: number; id: string; label: string }

function boxesOf(lines: readonly string[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  lines.forEach((line, at) => {
    if (line.length > MAX_LINE || COMMENT.test(line) || SUBGRAPH.test(line)) return;
    const m = BOX.exec(line);
    if (m !== null && !boxes.has(m[1] ?? "")) boxes.set(m[1] ?? "", { at, id: m[1] ?? "", label: m[2] ?? "" });
  });
  for (const line of lines) {
    if (line.length > MAX_LINE || COMMENT.test(line)) continue;
    for (const e of line.matchAll(EDGE)) {
      const id = e[3] ?? "";
      if (e[4] !== undefined && !boxes.has(id)) boxes.set(id, { at: -1, id, label: e[4] });
    }
  }
  return boxes;
}

/** Per step box, its branches: "label → the target's text" for each labelled edge out of it to a box that is no step. */
function branchesOf(lines: readonly string[], boxes: Map<string, Box>, steps: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    if (line.length > MAX_LINE || COMMENT.test(line)) continue;
    for (const e of line.matchAll(EDGE)) {
      const [from, when, to] = [e[1] ?? "", plain(e[2] ?? ""), e[3] ?? ""];
      if (!steps.has(from) || when === "" || steps.has(to)) continue;
      const target = partsOf(boxes.get(to)?.label ?? "").join(" ");
      out.set(from, [...(out.get(from) ?? []), `- ${when} → ${target === "" ? to : target}`]);
    }
  }
  return out;
}

/** "话术：words", "Say: words" in a step box: the words are the line said, quoted as the reader knows a sample line. */
function spoken(part: string): string {
  const m = /^([^:：“”"「」]{1,16})([:：])\s*([^“”"「」]+)$/u.exec(part);
  return m !== null && LABEL_ONLY.test(`${(m[1] ?? "").trim()}${m[2] ?? ""}`) ? `${(m[1] ?? "").trim()}${m[2] ?? ""}“${(m[3] ?? "").trim()}”` : part;
}

/** The Markdown lines one source line stands for (none for diagram syntax). */
function linesFor(line: string, box: Box | undefined, isStep: boolean, firstStep: boolean, branches: readonly string[], opensNotes: boolean, terminal: boolean): string[] {
  const comment = COMMENT.exec(line);
  // Notes below the diagram opened by a label alone ("Rules:") are a part of their own, not more of the last box.
  const label = opensNotes ? NOTES_LABEL.exec(comment?.[1] ?? "") : null;
  if (label !== null) return [`## ${(label[1] ?? "").trim()}`];
  if (comment !== null) return [comment[1] ?? ""];
  if (line.trim() === "") return [""];
  if (HEADER.test(line) || SYNTAX.test(line)) return [];
  const sub = SUBGRAPH.exec(line);
  if (sub !== null) return [`## ${plain(sub[2] ?? sub[1] ?? "")}`];
  if (box === undefined) return [];
  const bold = BOLD_LEAD.exec(box.label.split(BREAK)[0] ?? "");
  const parts = partsOf(box.label);
  if (isStep) {
    const [title = "", ...rest] = parts;
    return [...(firstStep ? [STEPS_TITLE] : []), `### ${title}`, ...rest.map(spoken), ...branches];
  }
  // A box with no way on is an ending: "Label：words" is the condition and the line said for it.
  const ending = terminal && parts.length === 1 ? ENDING.exec(parts[0] ?? "") : null;
  if (ending !== null) return [`- ${(ending[1] ?? "").trim()}：“${(ending[2] ?? "").trim()}”`];
  if (bold !== null) return [`## ${plain(bold[1] ?? "")}`, ...(plain(bold[2] ?? "") === "" ? [] : [plain(bold[2] ?? "")]), ...parts.slice(1)];
  return parts.length > 1 ? parts : parts.map((p) => `- ${p}`);
}

export function mermaidSourceLines(lines: readonly string[]): string[] {
  const boxes = boxesOf(lines);
  const byLine = new Map([...boxes.values()].filter((b) => b.at >= 0).map((b) => [b.at, b]));
  const stepIds = [...boxes.values()].filter((b) => b.at >= 0 && STEP_NUMBER.test(plain(b.label.split(BREAK)[0] ?? ""))).map((b) => b.id);
  const steps = new Set(stepIds.length >= MIN_STEPS ? stepIds : []);
  const branches = branchesOf(lines, boxes, steps);
  const firstStep = stepIds.length >= MIN_STEPS ? boxes.get(stepIds[0] ?? "")?.at ?? -1 : -1;
  const sources = new Set(lines.filter((l) => l.length <= MAX_LINE && !COMMENT.test(l)).flatMap((l) => [...l.matchAll(EDGE)].map((e) => e[1] ?? "")));
  const out = lines.map(() => "");
  let cursor = 0;
  lines.forEach((line, i) => {
    const box = byLine.get(i);
    const opensNotes = i > 0 && !COMMENT.test(lines[i - 1] ?? "");
    const terminal = box !== undefined && !sources.has(box.id);
    const wanted = linesFor(line, box, box !== undefined && steps.has(box.id), i === firstStep, branches.get(box?.id ?? "") ?? [], opensNotes, terminal);
    // Each line where it was, or after what the lines before it took; a freed syntax line gives its place back.
    if (wanted.length === 0 || (wanted.length === 1 && wanted[0] === "" && cursor > i)) return;
    cursor = Math.max(cursor, i);
    for (const text of wanted) {
      // Past the end the text runs on below: the lines before keep their numbers.
      if (cursor < out.length) out[cursor] = text;
      else out.push(text);
      cursor++;
    }
  });
  return out;
}
