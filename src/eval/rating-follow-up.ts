// A low rating the script says to follow up ("if it is 6 or less, ask what went wrong", "若低于4分问一句原因"): the
// customer rates at or under the mark and the caller goes on without asking why or doing what the script asks then.
// A reason the customer gave unasked, which the caller takes up ("sorry, I'll pass that on"), needs no question.
import { figuresIn } from "../text/figures.js";
import { coverage } from "../text/similarity.js";
import { tokenize } from "../text/tokenize.js";
import { perScenario, type EvalContext } from "./context.js";
import { bestLine } from "./segments.js";
import type { Fault } from "./faults.js";
import { THRESHOLDS } from "./thresholds.js";

interface LowMark {
  /** 0-based step whose text holds the mark. */
  step: number;
  /** The highest rating that is "low". */
  atMost: number;
  /** What the script says to do then (the words after the mark). */
  followUp: string;
}

/** The follow-up a low rating asks for is done when the reply names this share of its words. */
const FOLLOW_UP_SHARE = 0.4;
/** Words in the customer's answer that make a reason given with the rating ("Three. The whistling."). */
const REASON_TOKENS = 2;
/** Words of a bare thanks before the next line ("A six, thank you."). */
const COURTESY_TOKENS = 2;

function lowMarks(ctx: EvalContext): readonly LowMark[] {
  return perScenario(ctx.scenario, "lowRatingMarks", () =>
    ctx.scenario.caller.steps.flatMap((step, k) => {
      const texts = [step.title, ...step.lines, ...(step.instructions ?? []), ...(step.branches ?? [])];
      return texts.flatMap((text) => {
        const low = text.toLowerCase();
        const m = ctx.lang.lowRatingMark.exec(low);
        if (m === null) return [];
        const inclusive = m.groups?.["atMost"];
        const below = m.groups?.["below"];
        const atMost = inclusive !== undefined ? Number(inclusive) : below !== undefined ? Number(below) - 1 : NaN;
        return Number.isFinite(atMost) ? [{ step: k, atMost, followUp: low.slice(m.index + m[0].length) }] : [];
      });
    }),
  );
}

/** The rating a customer's answer gives: in its first sentence holding one, a figure, else a small number word. */
function ratingIn(ctx: EvalContext, index: number): number | null {
  for (const sentence of ctx.sentencesOf(index)) {
    const value = ratingOf(ctx, sentence);
    if (value !== null) return value;
  }
  return null;
}

function ratingOf(ctx: EvalContext, low: string): number | null {
  const figure = figuresIn(low).find((f) => f.value !== null && Number.isInteger(f.value));
  if (figure?.value !== undefined && figure.value !== null) return figure.value;
  let best: { at: number; value: number } | null = null;
  ctx.lang.ratingNumbers.forEach((word, value) => {
    word.lastIndex = 0;
    const m = word.exec(low);
    if (m !== null && (best === null || m.index < best.at)) best = { at: m.index, value };
  });
  return (best as { at: number; value: number } | null)?.value ?? null;
}

/**
 * A follow-up that asks the reason ("ask what went wrong") is owed in the caller's reply; one that offers or says
 * something ("offer a call from the manager") is owed before the call ends, and charged at the caller's last turn.
 */
export function lowRatingNotFollowed(ctx: EvalContext): Fault[] {
  const marks = lowMarks(ctx);
  if (marks.length === 0) return [];
  const lines = ctx.scenario.caller.steps.map((step) => [step.title, ...step.lines].join(" "));
  const faults: Fault[] = [];
  for (const ask of ctx.callerTurns) {
    if (!ctx.says(ask.index, ctx.lang.ratingAsk)) continue;
    const answer = ctx.turns[ask.index + 1];
    if (answer?.speaker !== "callee") continue;
    const mark = marks.length === 1 ? marks[0] : marks[bestLine(ask.text, marks.map((m) => lines[m.step] ?? "")).index];
    const rating = ratingIn(ctx, answer.index);
    if (mark === undefined || rating === null || rating > mark.atMost) continue;
    const reply = ctx.replyTo(answer.index);
    const first = reply[0];
    if (first === undefined) continue;
    const right = ctx.lang.reasonAsk.test(mark.followUp);
    const owed = right ? reply : ctx.callerTurns.filter((t) => t.index > answer.index);
    const asksWhy = owed.some((t) => ctx.says(t.index, ctx.lang.reasonAsk));
    // The turns joined (an offer may take two turns); read only after a low rating, so rarely.
    const doesIt = mark.followUp.trim() !== "" && coverage(owed.map((t) => t.text).join(" "), mark.followUp) >= FOLLOW_UP_SHARE;
    if (asksWhy || doesIt || takesReasonUp(ctx, answer.index, first.index)) continue;
    const at = right ? first.index : (owed.at(-1)?.index ?? first.index);
    faults.push({ turn: at, message: `the customer rated ${rating}, at or under the script's ${mark.atMost}; the follow-up it asks for then never came` });
  }
  return faults;
}

/**
 * The customer gave the reason with the rating ("Three. The whistling.", "3分吧，那天等了很久") and the caller's reply
 * takes it up (regret, a note, or words of its own before the next step) instead of a bare "okay" and the next line.
 */
function takesReasonUp(ctx: EvalContext, answer: number, reply: number): boolean {
  if (tokenize(ctx.turns[answer]?.text ?? "").length < REASON_TOKENS) return false;
  if (ctx.says(reply, ctx.lang.acknowledge)) return true;
  const opening = ctx.sentencesOf(reply)[0] ?? "";
  return tokenize(opening).length > COURTESY_TOKENS && bestLine(opening, ctx.callerScript()).score < THRESHOLDS.stepLine;
}
