// A call closed with a line the document writes for another ending than the one it lists first (the close of a call
// that ran its course): the call ended by one of the document's own end conditions ("she wants to stay in", "gas
// smell: leave the house", a complaint passed on), so the steps after the caller first said that close were never owed.
import { bestLine } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import type { EvalContext } from "./context.js";
import { closingSaid, closingTable } from "./closing-said.js";
import { closingKinds } from "./ending.js";

/** The caller turn where the close for another ending was first said, or null. */
export function earlyCloseAt(ctx: EvalContext): number | null {
  return ctx.once("earlyCloseAt", () => {
    const said = closingSaid(ctx);
    const lines = closingTable(ctx.scenario).lines;
    // Only where the first close is the one for a call that ran its course: then the others are the early endings.
    if (said === null || said.line <= 0 || lines.length < 2 || closingKinds(ctx)[0] !== "done") return null;
    const line = lines[said.line] ?? "";
    const first = ctx.callerTurns.find((t) => t.index <= said.turn && ctx.calleeTurns.some((c) => c.index < t.index) && bestLine(t.text, [line]).score >= THRESHOLDS.closingLine);
    return first?.index ?? said.turn;
  });
}
