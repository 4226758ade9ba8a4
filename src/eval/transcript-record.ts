// A CallRecord for a transcript: consecutive lines of one side become one turn, timing is estimated at a natural
// speaking pace, and the end is "by whoever spoke last" with no condition (nothing else is known of a real call).
import type { CallRecord, Scenario, Speaker, Turn } from "../schema/index.js";
import { userError } from "../errors.js";
import { speakingMs, TIMING } from "../call/timing.js";
import { basename } from "node:path";
import { emptyOutcome } from "../call/call-state.js";

export interface RawLine {
  label: string;
  text: string;
  /** 1-based line in the file. */
  line: number;
}

export interface AttributedLine {
  speaker: Speaker;
  text: string;
  line: number;
}

/** Deterministic id of a transcript: its file name without extension. */
export const transcriptId = (file: string): string => `transcript-${basename(file).replace(/\.[^.]+$/u, "")}`;

/** CJK characters and CJK / full-width punctuation join without a space. */
const CJK_EDGE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

function join(a: string, b: string): string {
  return CJK_EDGE.test(a.slice(-1)) || CJK_EDGE.test(b.slice(0, 1)) ? `${a}${b}` : `${a} ${b}`;
}

/** `keepTurns`: one turn per line as given (labelled calls count their turns one by one); else a side's run is one turn. */
export function buildTranscriptRecord(lines: readonly AttributedLine[], scenario: Scenario, file: string, keepTurns = false): CallRecord {
  const merged: AttributedLine[] = [];
  for (const line of lines) {
    if (line.text === "" && !keepTurns) continue;
    const last = merged[merged.length - 1];
    if (!keepTurns && last !== undefined && last.speaker === line.speaker) last.text = join(last.text, line.text);
    else merged.push({ ...line });
  }
  if (merged.length === 0) throw userError("call-empty", "the transcript has no spoken lines", { file });
  let clock = 0;
  const turns: Turn[] = merged.map((line, index) => {
    const startMs = index === 0 ? 0 : clock + TIMING.pauseMinMs;
    const endMs = startMs + speakingMs(line.text, scenario.language);
    clock = endMs;
    return { index, speaker: line.speaker, text: line.text, startMs, endMs, step: null, kb: [], interrupted: false };
  });
  const last = turns[turns.length - 1];
  return {
    schemaVersion: 1,
    id: transcriptId(file),
    scenario: { id: scenario.id, path: null, language: scenario.language },
    seed: 0,
    seats: { caller: { kind: "human", model: null }, callee: { kind: "human", model: null } },
    turns,
    end: { by: last?.speaker ?? "caller", condition: null, reason: "transcript" },
    outcome: emptyOutcome(),
  };
}
