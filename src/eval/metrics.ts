// Call metrics: turns, caller talk share, average turn length per side, interruptions, questions asked/answered.
import type { CallMetrics } from "../schema/index.js";
import { nonSpaceLength } from "../text/non-space-length.js";
import { kbAsks } from "./kb.js";
import type { EvalContext } from "./context.js";

/** Spoken characters: whitespace does not count. */
const chars = nonSpaceLength;
/** A turn that trails off into a dash was cut in on (transcripts mark interruptions this way). */
const CUT_OFF = /(--|—|–)\s*$/u;

export function callMetrics(ctx: EvalContext): CallMetrics {
  const callerChars = ctx.callerTurns.reduce((n, t) => n + chars(t.text), 0);
  const calleeChars = ctx.calleeTurns.reduce((n, t) => n + chars(t.text), 0);
  // A question counts as answered when the caller replied and did not put it off (the scorer's own deflection cues).
  const kbUnanswered = new Set(kbAsks(ctx).filter((a) => a.verdict === "unanswered" || a.verdict === "deflected").map((a) => a.turn));
  let asked = 0;
  let answered = 0;
  for (const turn of ctx.calleeTurns) {
    if (!ctx.says(turn.index, ctx.lang.question)) continue;
    asked++;
    const reply = ctx.replyTo(turn.index);
    if (reply.length > 0 && !kbUnanswered.has(turn.index) && !reply.some((t) => ctx.says(t.index, ctx.lang.deflection))) answered++;
  }
  const first = ctx.turns[0];
  const last = ctx.turns[ctx.turns.length - 1];
  const avg = (total: number, count: number): number => (count === 0 ? 0 : Math.round((total / count) * 10) / 10);
  return {
    turns: ctx.turns.length,
    callerTurns: ctx.callerTurns.length,
    calleeTurns: ctx.calleeTurns.length,
    callerTalkShare: callerChars + calleeChars === 0 ? 0 : Math.round((callerChars / (callerChars + calleeChars)) * 1000) / 1000,
    avgCallerTurnChars: avg(callerChars, ctx.callerTurns.length),
    avgCalleeTurnChars: avg(calleeChars, ctx.calleeTurns.length),
    interruptions: ctx.turns.filter((t, i) => t.interrupted || (CUT_OFF.test(t.text) && ctx.turns[i + 1] !== undefined)).length,
    questionsAsked: asked,
    questionsAnswered: answered,
    durationMs: first === undefined || last === undefined ? 0 : Math.max(0, last.endMs - first.startMs),
  };
}
