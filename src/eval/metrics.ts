// Call metrics: turns, caller talk share, average turn length per side, interruptions, questions asked/answered.
import type { CallMetrics } from "../schema/index.js";
import { QUESTION } from "./cues.js";
import { sentences } from "./segments.js";
import { kbAsks } from "./kb.js";
import type { EvalContext } from "./context.js";

/** Spoken characters: whitespace does not count. */
const chars = (text: string): number => text.replace(/\s+/gu, "").length;
/** A reply that puts the question off instead of answering it. */
const NON_ANSWER =
  /(不清楚|不知道|不确定|没有准确的信息|手头没有|稍后|回头再|之后.{0,12}回复|\bi don't know\b|\bnot sure\b|\bget back to you\b|\bfollow up\b|\bdon't have (?:a|that|the)\b|\brather not guess\b)/iu;
/** A turn that trails off into a dash was cut in on (transcripts mark interruptions this way). */
const CUT_OFF = /(--|—|–)\s*$/u;

export function callMetrics(ctx: EvalContext): CallMetrics {
  const callerChars = ctx.callerTurns.reduce((n, t) => n + chars(t.text), 0);
  const calleeChars = ctx.calleeTurns.reduce((n, t) => n + chars(t.text), 0);
  const kbUnanswered = new Set(kbAsks(ctx).filter((a) => a.verdict === "unanswered").map((a) => a.turn));
  let asked = 0;
  let answered = 0;
  for (const turn of ctx.calleeTurns) {
    const question = sentences(turn.text).filter((s) => QUESTION.test(s)).join(" ");
    if (question === "") continue;
    asked++;
    const reply = ctx.replyTo(turn.index).map((t) => t.text).join(" ");
    if (reply !== "" && !kbUnanswered.has(turn.index) && !NON_ANSWER.test(reply)) answered++;
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
