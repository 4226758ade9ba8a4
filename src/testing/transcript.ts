// The transcript around a turn, for failure messages: a few turns either side, the turn in question marked.
import type { Turn } from "../schema/index.js";

export const TRANSCRIPT_CONTEXT_TURNS = 3;

export function transcriptAround(turns: readonly Turn[], focus: number | null, names: { caller: string; callee: string }): string {
  if (turns.length === 0) return "  (no turns)";
  const at = focus === null ? turns.length - 1 : Math.min(Math.max(focus, 0), turns.length - 1);
  const from = Math.max(0, at - TRANSCRIPT_CONTEXT_TURNS);
  const to = Math.min(turns.length, at + TRANSCRIPT_CONTEXT_TURNS + 1);
  const lines = turns.slice(from, to).map((turn) => `${turn.index === focus ? ">>" : "  "} [${turn.index}] ${turn.speaker === "caller" ? names.caller : names.callee}: ${turn.text}`);
  if (from > 0) lines.unshift(`   … ${from} earlier turn${from === 1 ? "" : "s"}`);
  if (to < turns.length) lines.push(`   … ${turns.length - to} later turn${turns.length - to === 1 ? "" : "s"}`);
  return lines.join("\n");
}
