// A rating the script asks for on a number scale ("from 1 to 5", "1到10分") that the call never got: the customer
// answered with no number on the scale ("Wait, the main points.", "嗯，接着说", or a 10 on a 1-to-5 scale) and the
// caller went on as if it had one. The step was asked, not done: charged where the caller went on.
import { figuresIn } from "../text/figures.js";
import type { EvalContext } from "./context.js";
import type { Fault } from "./faults.js";

interface Scale {
  low: number;
  high: number;
}

/** The number scale a rating question states: a range of whole numbers from 0 or 1 ("1 to 10", "1 到 5 分"). */
function scaleOf(sentence: string): Scale | null {
  for (const figure of figuresIn(sentence)) {
    const values = figure.atoms.flatMap((a) => (a.kind === "number" && Number.isInteger(a.value) ? [a.value] : []));
    const low = values[0];
    const high = values.at(-1);
    if (values.length >= 2 && low !== undefined && high !== undefined && low <= 1 && high > low) return { low, high };
  }
  return null;
}

const BARE_NUMBER = /(?<![\d.,])\d{1,3}(?![\d]|[.,]\d)/u;

/** The customer's rating: the first whole number of the answer, or a small number said as a word. */
function ratingIn(ctx: EvalContext, index: number): number | null {
  for (const sentence of ctx.sentencesOf(index)) {
    const figure = figuresIn(sentence).find((f) => f.value !== null && Number.isInteger(f.value));
    if (figure !== undefined && figure.value !== null) return figure.value;
    // A bare "7." is no figure with a unit, and is the commonest rating of all.
    const digits = BARE_NUMBER.exec(sentence);
    if (digits !== null) return Number(digits[0]);
    for (let value = ctx.lang.ratingNumbers.length - 1; value >= 0; value--) {
      const word = ctx.lang.ratingNumbers[value];
      if (word === undefined) continue;
      word.lastIndex = 0;
      if (word.test(sentence)) return value;
    }
  }
  return null;
}

const inScale = (rating: number | null, scale: Scale): boolean => rating !== null && rating >= scale.low && rating <= scale.high;

/**
 * Caller turns that went on after a number-scale rating question the customer gave no rating on the scale to, when
 * no later caller turn asks for a rating again. A customer declining, leaving or asking for a call back ended the
 * matter: the close is owed then, not the rating.
 */
export function ratingNotGiven(ctx: EvalContext): Fault[] {
  const lang = ctx.lang;
  const faults: Fault[] = [];
  const asks = ctx.callerTurns.filter((t) => ctx.says(t.index, lang.ratingAsk));
  for (const ask of asks) {
    const sentence = ctx.sentencesOf(ask.index).find((s) => lang.ratingAsk.test(s) && scaleOf(s) !== null);
    const scale = sentence === undefined ? null : scaleOf(sentence);
    const answer = ctx.turns[ask.index + 1];
    if (scale === null || answer?.speaker !== "callee") continue;
    const rating = ratingIn(ctx, answer.index);
    if (inScale(rating, scale)) continue;
    const ended = [lang.refusal, lang.busy, lang.hangUp, lang.callback, lang.inWriting, lang.farewell].some((cue) => ctx.says(answer.index, cue));
    const next = ctx.replyTo(answer.index)[0];
    if (ended || next === undefined || asks.some((t) => t.index >= next.index)) continue;
    // The customer came round to it later ("…行吧，给个五分"): the rating was got.
    const later = ctx.calleeTurns.some((t) => t.index > answer.index && inScale(ratingIn(ctx, t.index), scale));
    if (later) continue;
    const why = rating === null ? "no rating" : `${rating}, off the ${scale.low}-${scale.high} scale`;
    faults.push({ turn: next.index, message: `the rating asked at turn ${ask.index} got ${why}; the caller went on without it` });
  }
  return faults;
}
