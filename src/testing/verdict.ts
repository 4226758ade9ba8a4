// Whether a simulated call passes: its checkpoints hold, it ended properly (not by error or the turn limit)
// and the scorecard's verdict is a pass (the failed critical and major checks are its reasons).
import type { Scorecard } from "../schema/index.js";
import type { SimulatedCall } from "./simulate.js";

export function scorecardPassed(card: Scorecard): boolean {
  return card.passed;
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
  for (const reason of call.scorecard.verdict.reasons) out.push({ message: `check "${reason.id}" (${reason.severity}) failed: ${reason.message}`, turn: reason.turn });
  return out;
}
