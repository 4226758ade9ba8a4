// Example conversations written as speaker lines ("**AI:** “…”", "**User:** …", "坐席：…"): each line goes to the side
// that speaks it. Speaker labels per side are data.

import { stripEmphasis, type SourceLine } from "./lines.js";
import { sampleLines } from "./quotes.js";
import type { RawSection } from "./sections.js";

const SPEAKERS: readonly (readonly ["caller" | "callee", readonly string[]])[] = [
  ["caller", ["ai", "agent", "assistant", "bot", "rep", "caller", "坐席", "客服", "机器人", "销售", "助手"]],
  ["callee", ["user", "customer", "client", "human", "callee", "用户", "客户", "顾客"]],
];
const SIDE_OF = new Map(SPEAKERS.flatMap(([side, labels]) => labels.map((label) => [label, side] as const)));
// A transcript's timestamp before the speaker ("[01:15] 客户：…", "01:15 Agent: …") marks the time, not the speaker.
const SPEAKER_LINE = /^\s*(?:[-*+]\s+)?(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?([^:：“”"]{1,20}?)\s*[:：]\s*(.+)$/u;

export interface Examples { caller: string[]; callee: string[] }

/** Speaker lines of the side's unknown sections (its extras); known sections keep their own reading. */
export function exampleLines(sections: readonly RawSection[]): Examples {
  const out: Examples = { caller: [], callee: [] };
  for (const section of sections) {
    if (section.kind !== null || section.intro) continue;
    for (const line of section.body) read(line, out);
  }
  return out;
}

function read(line: SourceLine, out: Examples): void {
  const m = SPEAKER_LINE.exec(stripEmphasis(line.text));
  if (m === null) return;
  const side = SIDE_OF.get((m[1] ?? "").trim().toLowerCase());
  if (side !== undefined) out[side].push(...sampleLines(m[2] ?? ""));
}
