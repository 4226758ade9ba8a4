// Whether a simulated call passes: its checkpoints hold, it ended properly (not by error or the turn limit)
// and the scorecard's verdict is a pass.
import type { Check, Scorecard } from "../schema/index.js";
import type { SimulatedCall } from "./simulate.js";

/** Severities that fail a call's verdict when a check of theirs fails (until the scorecard carries its own). */
export const FAILING_SEVERITIES: readonly Check["severity"][] = ["critical", "major"];

export function scorecardPassed(card: Scorecard): boolean {
  const own = (card as Scorecard & { passed?: unknown }).passed;
  if (typeof own === "boolean") return own;
  return card.checks.every((c) => c.passed || !FAILING_SEVERITIES.includes(c.severity));
}

export interface Failure {
  message: string;
  /** The turn to show the transcript around (null: the end of the call). */
  turn: number | null;
}

export function failuresOf(call: SimulatedCall): Failure[] {
  const out: Failure[] = [];
  for (const c of call.checkpoints) if (!c.passed) out.push({ message: `${c.label} failed after turn ${c.afterTurn ?? "-"}: ${c.message}`, turn: c.afterTurn });
  const { end } = call.record;
  if (end.by === "error" || end.by === "limit") {
    if (!out.some((f) => f.message.includes(end.reason))) out.push({ message: `the call ended by ${end.by}: ${end.reason}`, turn: null });
  }
  if (!scorecardPassed(call.scorecard)) {
    for (const c of call.scorecard.checks) {
      if (!c.passed && FAILING_SEVERITIES.includes(c.severity)) out.push({ message: `check "${c.id}" (${c.severity}) failed: ${c.message}`, turn: c.turns[0] ?? null });
    }
  }
  return out;
}
