// A configuration pasted into a document without a fence ("坐席:" over indented "姓名: …" and "- 标题: …" lines):
// a run of lines nested the way YAML nests them is read as the fenced configuration it would be (fenced-config.ts).

import { fencedScenarioLines } from "./fenced-config.js";
import type { SourceLine } from "./lines.js";
import type { BlockNote } from "./blocks.js";

/** "key:" at the margin (a mapping's key, no list or heading mark before it). */
const TOP_KEY = /^[\p{L}\p{N}_"'][\p{L}\p{N}_"' -]{0,39}:(?:\s|$)/u;
/** An indented key or list item under it: how YAML nests. */
const NESTED_KEY = /^\s{2,}(?:-\s+)?[\p{L}\p{N}_"'][\p{L}\p{N}_"' -]{0,39}:(?:\s|$)/u;
const NESTED_ITEM = /^\s{2,}-\s+\S/u;
/** A run must nest at least this often to be a configuration rather than a few labelled lines. */
const MIN_NESTED_KEYS = 4;
/** Runs tried per document: the YAML parser is not linear, and a document is one configuration at most. */
const MAX_RUNS = 3;
/** A configuration is a page or two (the fence reader's own bound). */
const MAX_RUN_LINES = 400;

/** The lines with a bare configuration run read as its sections, or the lines as they were. */
export function bareConfigLines(lines: readonly SourceLine[], notes: BlockNote[]): readonly SourceLine[] {
  let tried = 0;
  for (let at = 0; at < lines.length && tried < MAX_RUNS; at++) {
    const first = lines[at] as SourceLine;
    if (first.code === true || first.config === true || !TOP_KEY.test(first.text)) continue;
    let end = at + 1;
    let nested = 0;
    let tops = 1;
    while (end < lines.length && end - at < MAX_RUN_LINES) {
      const line = lines[end] as SourceLine;
      if (line.code === true || line.config === true) break;
      if (NESTED_KEY.test(line.text)) nested++;
      else if (TOP_KEY.test(line.text)) tops++;
      else if (line.text.trim() !== "" && !NESTED_ITEM.test(line.text) && !/^\s{2,}\S/u.test(line.text)) break;
      end++;
    }
    if (nested < MIN_NESTED_KEYS || tops < 2) {
      at = end - 1;
      continue;
    }
    tried++;
    const run = lines.slice(at, end);
    const config = fencedScenarioLines(run.map((l) => ({ no: l.no, text: l.text })), "yaml");
    if (config === null) {
      at = end - 1;
      continue;
    }
    notes.push({ line: first.no, what: "bare-config", detail: `${config.keys.join(", ")} read from unfenced YAML (lines ${first.no}-${run[run.length - 1]?.no ?? first.no})` });
    return [...lines.slice(0, at), ...config.lines, ...lines.slice(end)];
  }
  return lines;
}
