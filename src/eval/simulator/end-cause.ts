// `end-without-cause`: the customer ends the call for a reason the call never gave it. The ending turn is the
// customer's last one when it leaves (a goodbye, "I'm done", the close of one of its end conditions) before the
// caller closed. Each rule names a kind of cause and where it must have shown up first.
import type { Check } from "../../schema/index.js";
import type { EvalContext } from "../context.js";
import { faultCheck, type Fault } from "../faults.js";
import { SIM_LANGS, type SimLang } from "../lang/sim.js";
import { identityState } from "../identity.js";
import { personaText } from "./persona-text.js";
import { endingOf } from "../ending.js";

interface Ending {
  ctx: EvalContext;
  lang: SimLang;
  /** The customer's leaving turn. */
  turn: number;
  /** Lower-cased text of that turn. */
  text: string;
  /** The persona's end condition that fired (from the record, or the one whose quoted close the turn says), lower-cased. */
  condition: string;
  /** Everything the caller said before the ending, lower-cased. */
  callerBefore: string;
  /** The customer's line does not leave by itself: the caller closed on it, the call's last word. */
  closedOn: boolean;
}

/** A rule returns a message when the ending it recognises has no cause, undefined when it does not apply or is caused. */
type Rule = (end: Ending) => string | undefined | null;

/** Tried in order; the first rule that recognises the ending (returns a string or null) decides. */
const RULES: readonly Rule[] = [accusedOfNothingSaid, situationalOutOfNowhere, busyOutOfNowhere, soldToWithoutSale, allClearWithOpenQuestions, heardWhatWasNeverSaid, walksOutForNothing, stopsOnAnAnswer, byeMidTask, trailsOffMidTask];
/** For a line the caller closed on: the customer ended the matter there without leaving in words. */
const CLOSED_ON_RULES: readonly Rule[] = [escalatesOverNothing, declinesForNothing];

export function endWithoutCauseCheck(ctx: EvalContext): Check {
  const end = endingTurn(ctx);
  const faults: Fault[] = [];
  if (end !== null) {
    for (const rule of end.closedOn ? CLOSED_ON_RULES : RULES) {
      const verdict = rule(end);
      if (verdict === undefined) continue;
      if (verdict !== null) faults.push({ turn: end.turn, message: verdict });
      break;
    }
  }
  return faultCheck("end-without-cause", faults, "the customer's ending had a cause in the call");
}

const QUOTED = /[“"「『]([^”"」』\n]{2,60})[”"」』]/gu;

function endingTurn(ctx: EvalContext): Ending | null {
  const lang = SIM_LANGS[ctx.scenario.language];
  const last = ctx.calleeTurns[ctx.calleeTurns.length - 1];
  if (last === undefined || last.index === 0) return null;
  const text = ctx.low(last.index);
  // The caller had already closed: the customer's goodbye answers it.
  const before = ctx.turns[last.index - 1];
  if (before?.speaker === "caller" && ctx.says(before.index, ctx.lang.farewell)) return null;
  const conditions = ctx.scenario.callee.endConditions;
  const fired = ctx.call.end.by === "callee" && ctx.call.end.condition !== null ? conditions[ctx.call.end.condition - 1] : conditions.find((c) => quotedIn(c, text));
  const leaves = lang.leaving.test(text) || ctx.lang.hangUp.test(text) || ctx.says(last.index, ctx.lang.farewell) || fired !== undefined || last === ctx.turns[ctx.turns.length - 1];
  const after = ctx.turns[last.index + 1];
  const closedOn = !leaves && after !== undefined && after === ctx.turns[ctx.turns.length - 1] && ctx.says(after.index, ctx.lang.farewell);
  if (!leaves && !closedOn) return null;
  const callerBefore = ctx.callerTurns.filter((t) => t.index < last.index).map((t) => ctx.low(t.index)).join("\n");
  return { ctx, lang, turn: last.index, text, condition: (fired ?? "").toLowerCase(), callerBefore, closedOn };
}

/** An end condition's quoted close (said "…" and hung up) said in the turn. */
function quotedIn(condition: string, text: string): boolean {
  const strip = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const said = strip(text);
  return [...condition.matchAll(QUOTED)].some((m) => {
    const quote = strip(m[1] ?? "");
    return quote.length >= 3 && said.includes(quote);
  });
}

/** "If you're gonna charge me…": the act it accuses the caller of must have been said, or a sale pushed. */
function accusedOfNothingSaid(end: Ending): string | undefined | null {
  const act = end.lang.accusation.exec(end.text)?.[1];
  if (act === undefined) return undefined;
  const stem = act.length > 5 ? act.slice(0, 5) : act;
  if (end.callerBefore.includes(stem)) return null;
  if (end.lang.salesAct.test(act) && (salesIn(end.ctx, end.callerBefore) || end.lang.offer.test(end.callerBefore))) return null;
  return `leaves over "${act}", which the caller never brought up`;
}

/** An urgent matter or a bad line, first heard in the goodbye, with nothing in the persona to bring it on. */
function situationalOutOfNowhere(end: Ending): string | undefined | null {
  const cue = end.lang.situational.find((c) => c.test(end.text));
  if (cue === undefined) return undefined;
  return earlier(end, cue) || cue.test(personaText(end.ctx.scenario).prose) ? null : "leaves for an urgent matter or a bad line nothing in the call or the persona brought on";
}

/** Busy in the last word of the call only, with nothing in the call or the persona making it busy. */
function busyOutOfNowhere(end: Ending): string | undefined | null {
  const busy = end.ctx.lang.busy;
  if (!end.ctx.says(end.turn, busy)) return undefined;
  // Busy said while the caller still gets a word in is an ordinary early ending; it is the caller's to handle.
  if (end.ctx.turns.length - 1 !== end.turn) return null;
  const c = end.ctx.scenario.callee;
  const persona = [c.background, c.situation ?? "", ...c.behaviours, ...c.endConditions].join(" ").toLowerCase();
  return earlier(end, busy) || busy.test(persona) ? null : "ends the call as busy, which neither the call nor the persona gave";
}

/** The end condition written for a sales pitch (or a forbidden request), and nothing else, fired; the caller made none. */
function soldToWithoutSale(end: Ending): string | undefined | null {
  if (end.condition === "" || !end.condition.split(end.lang.alternative).every((part) => end.lang.premiseSales.test(part))) return undefined;
  const asked = end.ctx.callerTurns.some((t) => t.index < end.turn && end.ctx.says(t.index, end.ctx.lang.sensitive));
  return asked || salesIn(end.ctx, end.callerBefore) || end.lang.offer.test(end.callerBefore) ? null : "ends as if sold to, though the caller offered nothing";
}

/** "Nothing else" (or the close written for all questions answered) while one of its questions got no answer. */
function allClearWithOpenQuestions(end: Ending): string | undefined | null {
  if (!end.lang.nothingMore.test(end.text) && !end.lang.nothingMore.test(end.condition) && !end.lang.premiseAnswered.test(end.condition)) return undefined;
  const open = end.ctx.calleeTurns.find((t) => t.index < end.turn && end.ctx.says(t.index, end.ctx.lang.question) && unanswered(end, t.index));
  return open === undefined ? null : `closes as if every question were answered; the one at turn ${open.index} was not`;
}

/**
 * The end condition written for "after hearing X, Y and Z" fired, and the caller, past its first turn (an opening
 * announces, it does not tell), said fewer than half of those things.
 */
function heardWhatWasNeverSaid(end: Ending): string | undefined | null {
  const heard = end.lang.premiseHeard.exec(end.condition)?.[1];
  if (heard === undefined) return undefined;
  const items = heard.split(end.lang.itemSeparator).map((item) => contentOf(end.lang, item)).filter((units) => units.length > 0);
  if (items.length === 0) return undefined;
  const first = end.ctx.callerTurns[0]?.index ?? -1;
  const told = end.ctx.callerTurns.filter((t) => t.index > first && t.index < end.turn).map((t) => end.ctx.low(t.index)).join("\n");
  const missing = items.filter((units) => !units.some((unit) => told.includes(unit)));
  return missing.length * 2 > items.length ? `ends as its end condition after hearing "${heard}", most of which the caller never said` : null;
}

/** Hangs up ("挂了", "I'm done") giving no reason, after a call that gave none (no complaint, refusal, sale, hurry). */
function walksOutForNothing(end: Ending): string | undefined | null {
  const { ctx, lang } = end;
  if (!lang.leaving.test(end.text)) return undefined;
  if (givesReason(end)) return null;
  // Someone other than the customer answered: leaving is theirs to do.
  if (identityState(ctx).otherAt !== null) return null;
  const causes = [ctx.lang.complaint, ctx.lang.busy, ctx.lang.callback, ctx.lang.inWriting, ...lang.situational];
  // A refusal is a cause when it came before: said only in the leaving line, it is the leaving itself.
  const said = ctx.calleeTurns.filter((t) => t.index <= end.turn).some((t) => causes.some((cue) => ctx.says(t.index, cue)) || (t.index < end.turn && ctx.says(t.index, ctx.lang.refusal)));
  const pushed = ctx.callerTurns.some((t) => t.index < end.turn && ctx.says(t.index, ctx.lang.sensitive)) || salesIn(ctx, end.callerBefore);
  return said || pushed ? null : "hangs up with no reason, and nothing in the call gave one";
}

/** Something in the call before the ending that a customer may end over: a complaint, refusal, hurry, sale, request. */
function causedBefore(end: Ending): boolean {
  const { ctx, lang } = end;
  const causes = [ctx.lang.complaint, ctx.lang.refusal, ctx.lang.busy, ctx.lang.callback, ctx.lang.inWriting, ...lang.situational];
  const said = ctx.calleeTurns.some((t) => t.index < end.turn && causes.some((cue) => ctx.says(t.index, cue)));
  return said || ctx.callerTurns.some((t) => t.index < end.turn && ctx.says(t.index, ctx.lang.sensitive)) || salesIn(ctx, end.callerBefore) || lang.offer.test(end.callerBefore);
}

/**
 * "Have someone in charge call me back" with no complaint in the line or before it: escalating over nothing. Someone
 * other than the customer asking for a call back is taking a message.
 */
function escalatesOverNothing(end: Ending): string | undefined | null {
  const { ctx, lang } = end;
  if (!lang.escalation.test(end.text)) return undefined;
  const disputed = [ctx.lang.complaint, ctx.lang.refusal];
  const before = (t: { index: number }) => t.index < end.turn;
  if (disputed.some((cue) => ctx.calleeTurns.some((t) => t.index <= end.turn && ctx.says(t.index, cue)))) return null;
  // The caller could not answer, pushed a sale or asked for what it must not: grounds to want someone who decides.
  if (ctx.callerTurns.some((t) => before(t) && (ctx.says(t.index, ctx.lang.deflection) || ctx.says(t.index, ctx.lang.sensitive))) || salesIn(ctx, end.callerBefore) || lang.offer.test(end.callerBefore)) return null;
  if (identityState(ctx).otherAt !== null) return null;
  return "asks for someone in charge to call back, though nothing in the call was disputed";
}

/**
 * A bare decline the caller closed on ("No thanks, not interested"): no reason in the line (once the decline itself
 * is cut out), none earlier in the call, none in the persona's end conditions.
 */
function declinesForNothing(end: Ending): string | undefined | null {
  const { ctx } = end;
  // A figure or a pick left once the decline is cut out ("算了算了，21号") answers; it does not decline.
  if (!ctx.says(end.turn, ctx.lang.refusal) || /\p{N}/u.test(leftOnceCut(end))) return undefined;
  if (givesReason(end) || causedBefore(end) || identityState(ctx).otherAt !== null) return null;
  return "declines with no reason, and nothing in the call gave one";
}

/**
 * The call stops on the customer's plain answer to the caller's question ("Which day?" - "Thursday.") or its request for a
 * datum to check ("the last four digits, please" and the digits): no goodbye, no
 * leaving, no end condition, no cause of its own. A bare "thanks" or "okay" after the caller's last word is a
 * close, and a call cut by a turn limit or an error is not the customer's doing.
 */
function stopsOnAnAnswer(end: Ending): string | undefined | null {
  const { ctx, lang, text } = end;
  if (end.turn !== ctx.turns.length - 1 || end.condition !== "" || ctx.call.end.by === "limit" || ctx.call.end.by === "error") return undefined;
  const cues = [lang.leaving, ctx.lang.hangUp, ctx.lang.farewell, ctx.lang.busy, ctx.lang.callback, ctx.lang.inWriting, ctx.lang.refusal, ctx.lang.complaint, ...lang.situational];
  if (cues.some((cue) => ctx.says(end.turn, cue)) || lang.nothingMore.test(text)) return undefined;
  const asked = ctx.turns[end.turn - 1];
  if (asked?.speaker !== "caller" || !(ctx.says(asked.index, ctx.lang.question) || ctx.says(asked.index, ctx.lang.verification)) || leftOnceCut(end) === "") return undefined;
  // A request for card details or a sales push is cause enough to stop answering.
  if (ctx.callerTurns.some((t) => t.index < end.turn && ctx.says(t.index, ctx.lang.sensitive)) || salesIn(ctx, end.callerBefore)) return undefined;
  // Someone other than the customer answered: a message taken ends their part.
  if (identityState(ctx).otherAt !== null) return undefined;
  return "the call stops on the customer's plain answer; nothing in its turn ends the call";
}

/**
 * A bare goodbye ("Okay, bye then.") as the call's last word while the task was still under way: the caller had not
 * closed, no step was left for an early ending, and nothing in the call or the line gives a cause.
 */
function byeMidTask(end: Ending): string | undefined | null {
  const { ctx } = end;
  if (end.turn !== ctx.turns.length - 1 || end.condition !== "" || ctx.call.end.by === "limit" || ctx.call.end.by === "error") return undefined;
  if (!ctx.says(end.turn, ctx.lang.farewell) || leftOnceCut(end) !== "" || endingOf(ctx).kind !== "left") return undefined;
  if (causedBefore(end) || identityState(ctx).otherAt !== null) return null;
  return "says goodbye in the middle of the task, with nothing in the call to end it";
}

/**
 * The customer trails off while the caller is mid-task and the call ends there: its last word breaks off unfinished
 * ("Mm. The roof. Well..."), says nothing once its fillers are cut out ("Well.", "Oh."), or puts the matter off with no
 * reason ("Let me think about it."). The caller had not closed, the persona gives no such putting-off, and nothing in
 * the call (a complaint, refusal, hurry, sale) or someone other than the customer answering explains it.
 */
function trailsOffMidTask(end: Ending): string | undefined | null {
  const { ctx, lang, text } = end;
  if (end.turn !== ctx.turns.length - 1 || end.condition !== "" || ctx.call.end.by === "limit" || ctx.call.end.by === "error") return undefined;
  if (ctx.callerTurns.some((t) => t.index < end.turn && ctx.says(t.index, ctx.lang.farewell))) return undefined;
  const putsOff = lang.putOff.test(text);
  // Saying nothing is trailing off only while an answer is owed; a bare decline ("算了吧", "no thanks") decides, and
  // a bare "thanks" closes.
  const saysNothing = leftOnceCut(end) === "" && !testAt0(lang.bareDecline, text) && !lang.thanks.test(text) && answerOwed(end);
  if (!putsOff && !saysNothing && !lang.breaksOff.test((ctx.turns[end.turn]?.text ?? "").trim())) return undefined;
  if (putsOff && lang.putOff.test(personaText(ctx.scenario).prose)) return null;
  if (causedBefore(end) || identityState(ctx).otherAt !== null) return null;
  return "trails off in the middle of the task and the call ends there, with nothing in the call to end it";
}

/**
 * The customer owes the caller an answer: the caller's last line asks, or the customer's own question before it (a
 * line ending on a question mark) was
 * about a line of the caller's that asked or requested ("What code?" after "Read me the code"), or went unanswered.
 */
const ASKS_AT_END = /[?？]\s*$/u;

function answerOwed(end: Ending): boolean {
  const { ctx } = end;
  const asks = (index: number, cues: readonly RegExp[]) => ctx.turns[index]?.speaker === "caller" && cues.some((cue) => ctx.says(index, cue));
  if (asks(end.turn - 1, [ctx.lang.question])) return true;
  const clarified = ctx.turns[end.turn - 2]?.speaker === "callee" && ASKS_AT_END.test((ctx.turns[end.turn - 2]?.text ?? "").trim());
  return clarified && (asks(end.turn - 3, [ctx.lang.question, ctx.lang.request]) || unanswered(end, end.turn - 2));
}

/** A sales push in the text. */
function salesIn(ctx: EvalContext, text: string): boolean {
  return testAt0(ctx.lang.salesPush, text);
}

/** A cue that may be global tested on a text, its position reset around the test. */
function testAt0(cue: RegExp, text: string): boolean {
  cue.lastIndex = 0;
  const hit = cue.test(text);
  cue.lastIndex = 0;
  return hit;
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/** A global copy of a cue, for cutting every match out of a text. */
function everywhere(cue: RegExp): RegExp {
  let copy = globalCopies.get(cue);
  if (copy === undefined) globalCopies.set(cue, (copy = new RegExp(cue.source, cue.flags.includes("g") ? cue.flags : `${cue.flags}g`)));
  return copy;
}

/** What the ending line says once its leave-taking, goodbyes and fillers are cut out. */
function leftOnceCut(end: Ending): string {
  return end.text
    .replace(everywhere(end.lang.leaving), " ")
    .replace(everywhere(end.lang.bareDecline), " ")
    .replace(everywhere(end.ctx.lang.farewell), " ")
    .replace(everywhere(end.lang.filler), " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The leaving line says why: enough is left once its leave-taking, goodbyes and fillers are cut out. */
function givesReason(end: Ending): boolean {
  const rest = withoutEcho(end, leftOnceCut(end));
  return /[\u3400-\u9fff]/u.test(rest) ? rest.replace(/[^\u3400-\u9fff]/gu, "").length >= 2 : rest.split(" ").filter((w) => w.length > 1).length >= 2;
}

/**
 * What is left once the words it echoes from the caller's turn right before are cut out: "Saturday… forget it, I'm
 * going" picks one of the offered days and then leaves; the pick is an answer, not a reason to go.
 */
function withoutEcho(end: Ending, rest: string): string {
  const asked = end.ctx.turns[end.turn - 1];
  if (asked?.speaker !== "caller") return rest;
  const said = end.ctx.low(asked.index);
  const words = rest.split(" ").filter((word) => !said.includes(word));
  return words.map((word) => (/[\u3400-\u9fff]/u.test(word) ? unechoedHan(word, said) : word)).filter((word) => word !== "").join(" ");
}

/** The Chinese characters of a word not inside a two-character run the caller said. */
function unechoedHan(word: string, said: string): string {
  const keep = [...word].map(() => true);
  for (let i = 0; i + 2 <= word.length; i++) if (said.includes(word.slice(i, i + 2))) keep[i] = keep[i + 1] = false;
  return [...word].filter((_, i) => keep[i]).join("");
}

function earlier(end: Ending, cue: RegExp): boolean {
  return end.ctx.turns.some((t) => t.index < end.turn && end.ctx.says(t.index, cue));
}

/** The caller's reply to a question puts it off, or shares no word with it. */
function unanswered(end: Ending, index: number): boolean {
  const reply = end.ctx.replyTo(index);
  if (reply.length === 0) return true;
  if (reply.some((t) => end.ctx.says(t.index, end.ctx.lang.deflection))) return true;
  const asked = contentOf(end.lang, end.ctx.low(index));
  const answer = reply.map((t) => end.ctx.low(t.index)).join(" ");
  return asked.length > 0 && !asked.some((unit) => answer.includes(unit));
}

/** Content units of a line: words of four letters or more, and two-character Chinese runs, stopwords dropped. */
function contentOf(lang: SimLang, text: string): string[] {
  const words = text.split(/[^a-z0-9']+/u).filter((w) => w.length >= 4 && !lang.stopwords.has(w));
  const cjk = text.replace(/[^\u3400-\u9fff]/gu, "");
  const pairs: string[] = [];
  for (let i = 0; i + 2 <= cjk.length; i++) {
    const pair = cjk.slice(i, i + 2);
    if (!lang.stopwords.has(pair)) pairs.push(pair);
  }
  return [...words, ...pairs];
}
