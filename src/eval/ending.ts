// How the call ended, read from the talk alone: the kind of ending that happened (done, the customer was short of
// time or wanted it in writing, a callback, a refusal, the wrong person) and from which turn; and the kind of ending
// each closing line of the script is written for. A legitimate short ending excuses the steps it left no room for.
import type { EvalContext } from "./context.js";
import { perScenario } from "./context.js";
import { identityState } from "./identity.js";
import { isConditionalStep, matchSteps } from "./steps.js";
import type { EvalLang } from "./lang/index.js";
import { similarity } from "../text/similarity.js";
import { closingSaid, closingTable } from "./closing-said.js";
import { documentTexts } from "./identity-rule.js";
import { nameParts } from "./names.js";

export type EndingKind = "done" | "short" | "callback" | "refused" | "wrong-person" | "left" | "unresolved" | "undecided";

/** Cues of each early ending, tried in this order on the customer's words and on the document's conditions. */
const EARLY: readonly { kind: Exclude<EndingKind, "done" | "wrong-person">; cue: (lang: EvalLang) => RegExp }[] = [
  { kind: "refused", cue: (lang) => refusalCue(lang) },
  { kind: "callback", cue: (lang) => lang.callback },
  { kind: "short", cue: (lang) => lang.busy },
];

const refusals = new WeakMap<EvalLang, RegExp>();

/** A refusal, or a request not to be called again (both end the call "refused"). */
function refusalCue(lang: EvalLang): RegExp {
  let cue = refusals.get(lang);
  if (cue === undefined) refusals.set(lang, (cue = new RegExp(`${lang.refusal.source}|${lang.noMoreCalls.source}`, lang.refusal.flags)));
  return cue;
}

/** The caller turn right before turn `index`, if the turn before it is the caller's. */
function callerBefore(ctx: EvalContext, index: number): number | null {
  const before = ctx.turns[index - 1];
  return before?.speaker === "caller" ? before.index : null;
}

/**
 * Does customer turn `index` show this early ending? A "no" to an offer the caller just made ("要不要了解一下？" "不用")
 * declines that offer, not the call.
 */
function showsEarly(ctx: EvalContext, index: number, early: (typeof EARLY)[number]): boolean {
  // "算了，你继续说" / "Fine, go on": whatever it declined, the customer hands the word back and the call goes on.
  if (!ctx.says(index, early.cue(ctx.lang)) || ctx.says(index, ctx.lang.goOn)) return false;
  if (early.kind !== "refused" || ctx.says(index, ctx.lang.noMoreCalls)) return true;
  const asked = callerBefore(ctx, index);
  return asked === null || !ctx.says(asked, ctx.lang.offer);
}

export interface Ending {
  kind: EndingKind;
  /** First turn showing an early ending (null for "done"). */
  from: number | null;
}

/**
 * The customer's first sign of an early ending (busy, callback, refusal), whether or not the call ended there: from
 * then on the caller may rightly keep to what matters most, so a step skipped after it was not jumped over.
 */
export function firstEarlyCue(ctx: EvalContext): number | null {
  return ctx.once("firstEarlyCue", () => ctx.calleeTurns.find((t) => EARLY.some((early) => showsEarly(ctx, t.index, early)))?.index ?? null);
}

/** Customer turns at the end of a call that can show why it ended. */
const TAIL_CALLEE_TURNS = 2;

export function endingOf(ctx: EvalContext): Ending {
  return ctx.once("ending", () => {
    const identity = identityState(ctx);
    if (identity.otherAt !== null && (identity.confirmedAt === null || identity.confirmedAt < identity.otherAt)) {
      return { kind: "wrong-person", from: identity.otherAt };
    }
    // Every step delivered before the customer hurried or declined: the call ran its course, whatever came last.
    const steps = matchSteps(ctx);
    const script = ctx.scenario.caller.steps;
    const tail = ctx.calleeTurns.slice(-TAIL_CALLEE_TURNS);
    const firstEarly = firstEarlyCue(ctx);
    const ranItsCourse = steps.every((d, i) => (d.turn !== null && (firstEarly === null || d.turn < firstEarly)) || isConditionalStep(script[i] ?? { title: "", lines: [] }));
    if (ranItsCourse && steps.length > 0) return { kind: "done", from: null };
    const escalated = escalatedAt(ctx);
    if (escalated !== null) return escalated;
    for (const early of EARLY) {
      const hit = tail.find((t) => showsEarly(ctx, t.index, early) && !consentsLater(ctx, t.index, early.kind));
      if (hit !== undefined) return { kind: early.kind, from: firstShowing(ctx, early.cue(ctx.lang), hit.index) };
    }
    // A customer who took the call for a fraud at its end would not go on with it: that refuses the call. Earlier in a
    // call that went on, the caller answered the worry, so it excuses nothing (it is no early cue).
    const wary = tail.find((t) => ctx.says(t.index, ctx.lang.suspicion) && !consentsLater(ctx, t.index, "refused"));
    if (wary !== undefined) return { kind: "refused", from: wary.index };
    // An early cue anywhere, after which the caller delivered at most one more step: the call was cut short there.
    if (steps.every((d, i) => d.turn !== null || isConditionalStep(script[i] ?? { title: "", lines: [] }))) return { kind: "done", from: null };
    for (const turn of ctx.calleeTurns) {
      const early = EARLY.find((entry) => showsEarly(ctx, turn.index, entry));
      if (early === undefined || consentsLater(ctx, turn.index, early.kind)) continue;
      if (steps.filter((d) => d.turn !== null && d.turn > turn.index).length <= 1) return { kind: early.kind, from: turn.index };
    }
    // The customer had the last word and the caller had not closed: the customer left (hung up, walked off).
    const last = ctx.turns[ctx.turns.length - 1];
    if (last?.speaker === "callee" && !ctx.says(last.index, ctx.lang.question) && !ctx.says(last.index, ctx.lang.goOn) && !callerClosed(ctx)) return { kind: "left", from: last.index };
    return { kind: "done", from: null };
  });
}

/**
 * The customer complained or said the problem stands, and the caller closed right there with the script's closing for
 * a problem left open (a complaint taken up, an escalation): the call ended "unresolved" at that turn, and the steps it
 * left no room for were not jumped over.
 */
function escalatedAt(ctx: EvalContext): Ending | null {
  const said = closingSaid(ctx);
  if (said === null) return null;
  // The complaint right before the close, or a turn or two earlier with the caller taking it up in between ("I'm sorry,
  // I've logged that" "Fine." then the close).
  const kind = said.line < 0 ? undefined : closingKinds(ctx)[said.line];
  // A grievance in words no cue knows ("I was promised November"): the caller apologised for it in a turn of its own
  // before closing with the script's close for a complaint.
  const apologisedFor = (turn: number): boolean => {
    const next = ctx.turns[turn + 1];
    return kind === "unresolved" && next?.speaker === "caller" && next.index < said.turn && ctx.says(next.index, ctx.lang.acknowledge);
  };
  const before = ctx.calleeTurns
    .filter((t) => t.index < said.turn)
    .slice(-COMPLAINT_BEFORE_CLOSE_TURNS)
    .find((t) => ctx.says(t.index, ctx.lang.complaint) || ctx.says(t.index, ctx.lang.unresolved) || apologisedFor(t.index));
  if (before === undefined || ctx.turns[said.turn - 1]?.speaker !== "callee") return null;
  // A document may file its complaint close with the refusals ("complaint/refuses"): the close it wrote for it counts.
  if (kind === "unresolved" || kind === "refused") return { kind, from: before.index };
  // Closings the reader did not find: a close that takes the complaint up (sorry, noted) and says goodbye, where the
  // document anywhere has an ending for a complaint or a problem left open.
  const takenUp = ctx.says(said.turn, ctx.lang.acknowledge) && ctx.says(said.turn, ctx.lang.farewell);
  const written = perScenario(ctx.scenario, "documentHasUnresolvedEnding", () => documentTexts(ctx.scenario).some((text) => ctx.lang.unresolvedEnding.test(text)));
  return said.line < 0 && takenUp && written ? { kind: "unresolved", from: before.index } : null;
}

/** Customer turns before the close among which the complaint it closes may stand. */
const COMPLAINT_BEFORE_CLOSE_TURNS = 2;

/**
 * A customer who agrees to something after a "no" or a "busy" ("不想要了…" then "行，我回短信") went on with the call.
 * An "okay, bye" to the caller's closing is no such agreement, nor a "yes" to the short way out the caller offered
 * for that ending (send it in writing, call back later): that agrees to end early.
 */
function consentsLater(ctx: EvalContext, index: number, kind: EndingKind): boolean {
  const closing = ctx.callerTurns[ctx.callerTurns.length - 1]?.index ?? Infinity;
  const wayOut = (turn: number): boolean => {
    const asked = callerBefore(ctx, turn);
    if (kind !== "short" && kind !== "callback") return false;
    return asked !== null && (ctx.says(asked, ctx.lang.inWriting) || ctx.says(asked, ctx.lang.callback));
  };
  return ctx.calleeTurns.some(
    (t) => t.index > index && t.index < closing && ctx.says(t.index, ctx.lang.consent) && !EARLY.some(({ cue }) => ctx.says(t.index, cue(ctx.lang))) && !wayOut(t.index),
  );
}

/** The caller's last turn says goodbye or a closing line: the caller chose to end. */
function callerClosed(ctx: EvalContext): boolean {
  const last = ctx.callerTurns[ctx.callerTurns.length - 1];
  return last !== undefined && ctx.says(last.index, ctx.lang.farewell);
}

/** The earliest customer turn of the run of turns showing the cue that ends at `last`. */
function firstShowing(ctx: EvalContext, cue: RegExp, last: number): number {
  let from = last;
  for (let i = ctx.calleeTurns.length - 1; i >= 0; i--) {
    const turn = ctx.calleeTurns[i];
    if (turn === undefined || turn.index > last) continue;
    if (ctx.says(turn.index, cue)) from = turn.index;
    else if (turn.index < last) break;
  }
  return from;
}

/** The ending kind a text of the document (an end condition, a closing line) is written for. */
export function kindOfText(lang: EvalLang, text: string, customer = ""): EndingKind {
  const low = text.toLowerCase();
  if (lang.wrongPersonCondition.test(low) || lang.wrongPersonClose.test(low) || notTheCustomer(low, customer)) return "wrong-person";
  // "None of the times suits" closes with a ring back once one is found ("no time fits" is no customer short of time).
  if (lang.noSlotFits.test(low)) return "callback";
  for (const { kind, cue } of EARLY) if (cue(lang).test(low)) return kind;
  if (lang.suspicion.test(low)) return "refused";
  // A condition for a customer who calls off the order or the visit ("取消", "cancel") is the document's refusal ending.
  if (lang.cancel.test(low)) return "refused";
  if (lang.unresolvedEnding.test(low)) return "unresolved";
  if (lang.undecidedEnding.test(low)) return "undecided";
  return "done";
}

/** Courtesy titles, which name no one on their own ("not Mrs. X": the name after it is the customer's). */
const TITLE = /^(?:mr|mrs|ms|miss|mx|dr)$/u;

/**
 * "The person who answered is not <name>", "Not <first name> on the line", "接电话的不是<name>本人": the customer's name,
 * whole or one of its parts, right after a "not".
 */
function notTheCustomer(low: string, customer: string): boolean {
  return nameParts(customer).some((name) => !TITLE.test(name) && notBefore(low, name));
}

function notBefore(low: string, name: string): boolean {
  if (name.length < 2) return false;
  for (let at = low.indexOf(name); at >= 0; at = low.indexOf(name, at + 1)) {
    // A Latin name part is a whole word ("not al" is not "not alan").
    if (/^[a-z]+$/u.test(name) && (/[a-z]/u.test(low[at - 1] ?? "") || /[a-z]/u.test(low[at + name.length] ?? ""))) continue;
    if (at > 0 && /(?:\bnot|\bisn't|不是|非)\s*(?:mr\.?|mrs\.?|ms\.?)?\s*$/u.test(low.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}

/**
 * The ending kind of each closing line: its own words when they name an early ending, else the caller's end condition
 * at the same position (documents list closing lines in the order of the conditions, sometimes fewer of them).
 */
/**
 * Each line's condition when there are fewer lines than conditions: the strongest echoes first, each condition taken
 * once ("要点会发App消息" / "发到您App消息里"), so a line whose best echo is taken by a closer line moves to its next one;
 * a line echoing nothing keeps its position.
 */
function assignLines(lines: readonly string[], conditions: readonly string[]): number[] {
  const pairs = lines.flatMap((line, i) => conditions.map((condition, j) => ({ i, j, score: similarity(line, condition) })));
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const out = lines.map(() => -1);
  const taken = new Set<number>();
  for (const { i, j, score } of pairs) {
    if (score <= 0 || out[i] !== -1 || taken.has(j)) continue;
    out[i] = j;
    taken.add(j);
  }
  return out.map((j, i) => (j >= 0 ? j : i));
}

/** A place in a template line left to fill ("[time]", "{{day}}", "【时间】"). */
const SLOT = /\[[^\]\n]{1,20}\]|\{\{[^}\n]{1,30}\}\}|\{[^{}\n]{1,20}\}|【[^】\n]{1,20}】/u;

export function closingKinds(ctx: EvalContext): EndingKind[] {
  return perScenario(ctx.scenario, "closingKinds", () => {
    const { lines: closingLines, conditions: listed } = closingTable(ctx.scenario);
    // A closing-per-ending list ends on the document's general rule ("the call ends once a closing is said"): a line
    // of its own, no ending a closing is written for.
    const general = (text: string): boolean => ctx.lang.generalEndRule.test(text.toLowerCase());
    const endConditions = listed.length > closingLines.length ? listed.filter((text) => !general(text)) : listed;
    const assigned = closingLines.length < endConditions.length ? assignLines(closingLines, endConditions) : closingLines.map((_, i) => i);
    return closingLines.map((line, i) => {
      const own = kindOfText(ctx.lang, line, ctx.scenario.callee.name);
      if (own !== "done") return own;
      // "Sure, we'll phone you again at [hour], bye": a call back at a time left to fill is the close for a callback
      // (one at a time the line fixes, "a manager will phone you again by noon", closes a complaint or the like).
      if (ctx.lang.offersCallback.test(line.toLowerCase()) && SLOT.test(line)) return "callback";
      // With no end condition to place it, a line that sends the details in writing is the close for a customer short of time.
      if (endConditions.length === 0 && ctx.lang.inWriting.test(line.toLowerCase())) return "short";
      return kindOfText(ctx.lang, endConditions[assigned[i] ?? i] ?? "", ctx.scenario.callee.name);
    });
  });
}
