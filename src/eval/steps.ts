// `missing-step` and `order`: which script steps the caller delivered, matched by meaning to each step's sample lines
// (a transcript has no step marks), which never came although the call ran its course, which came out of order.
// A legitimate short ending (busy, callback, refusal, wrong person) excuses the steps after it.
import { memoByText } from "../util/bounded-memo.js";
import type { Check } from "../schema/index.js";
import { bestLine } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import { closingKinds, endingOf, firstEarlyCue } from "./ending.js";
import { faultCheck, notApplicable, type Fault } from "./faults.js";
import { messageWithoutNumber } from "./message-left.js";
import { lowRatingNotFollowed } from "./rating-follow-up.js";
import { ratingNotGiven } from "./rating-not-given.js";
import { stepContentSaid } from "./step-content.js";
import { directionsReadOut, readsBack, stepDirections, type DirectionAction } from "./step-directions.js";
import { closingSaid } from "./closing-said.js";
import { earlyCloseAt } from "./early-close.js";
import { closedAsDoneAt, ownFiguresUnsaid } from "./closed-as-done.js";
import { alternativeCloseSteps } from "./close-steps.js";
import { turnSayingStepFigures } from "./step-figures.js";
import { checkStepIndexes, identityStepIndex } from "./identity-rule.js";
import { asksVerification } from "./verification.js";
import { ALMOST_NOTHING_TURNS, taskNeverBegun } from "./task-never-begun.js";
import { byCheckQuestion } from "./check-step-asked.js";
import { onlyReferences, pointsElsewhere } from "./step-references.js";
import { numeralsAsDigits } from "./numerals-as-digits.js";
import { identityState } from "./identity.js";
import { barsMoney } from "./listener-limits.js";
import { figuresIn } from "../text/figures.js";
import { unitClass } from "../text/units.js";

export interface StepDelivery {
  /** 1-based step index. */
  step: number;
  /** First caller turn that delivered it, or null. */
  turn: number | null;
  score: number;
  /** Delivered by the close the caller said (a direction to close): every ending has one, so it passes over nothing. */
  byClose?: boolean;
}

/** A step's first delivery scores at least this share of its best match in the call. */
const STEP_RELATIVE_TO_OWN_BEST = 0.75;

/**
 * First delivery of every step. A turn may deliver several steps, but a step whose match is far below the turn's
 * best step match only shares wording with it (a recap step repeating what another step offered).
 */
export function matchSteps(ctx: EvalContext): StepDelivery[] {
  return ctx.once("steps", () => {
    const steps = ctx.scenario.caller.steps;
    // A turn that reads a step's direction out delivers nothing of that step.
    const scores = ctx.callerTurns.map((turn) => {
      // Figures spoken in number words are matched as the digits a script writes them in, whichever scores higher.
      const row = perScenarioText(ctx.scenario, "stepScores", turn.text, (): readonly number[] => {
        const digits = numeralsAsDigits(turn.text);
        const score = (text: string, step: (typeof steps)[number]): number => bestLine(text, [...step.lines.filter((line) => !pointsElsewhere(ctx.scenario, line)), step.title], { minShared: 3 }).score;
        return steps.map((step) => (digits === turn.text ? score(turn.text, step) : Math.max(score(turn.text, step), score(digits, step))));
      });
      const readOut = directionsReadOut(ctx, turn.index);
      return readOut.length === 0 ? row : row.map((score, k) => (readOut.includes(k) ? 0 : score));
    });
    const bests = steps.map((_, k) => Math.max(0, ...scores.map((row) => row[k] ?? 0)));
    // A turn far below the step's own best delivery only shares its wording (a rating step's "好、中、差"
    // in another rating question): the step came where it was said in earnest.
    const delivers = (i: number, k: number): boolean => {
      const row = scores[i] ?? [];
      const score = row[k] ?? 0;
      return score >= THRESHOLDS.stepLine && score >= THRESHOLDS.stepRelativeToBest * Math.max(...row) && score >= STEP_RELATIVE_TO_OWN_BEST * (bests[k] ?? 0);
    };
    const fromOpening = openingSteps(ctx, (k) => delivers(0, k));
    const byWords = steps.map((step, k): StepDelivery => {
      for (const [i, turn] of ctx.callerTurns.entries()) {
        if (i === 0 && !fromOpening[k]) continue;
        if (delivers(i, k)) return { step: step.index, turn: turn.index, score: scores[i]?.[k] ?? 0 };
      }
      return { step: step.index, turn: null, score: bests[k] ?? 0 };
    });
    return byCheckQuestion(ctx, byDeed(ctx, byWords.map((d, k) => (d.turn === null ? byOwnFigures(ctx, d, k) : earlierByFigures(ctx, d, k)))));
  });
}

/**
 * A step no line matched is still said where a turn names most of its own figures; the script's identity check is
 * done where the caller asks for the datum, whatever the step's words ("could you confirm your date of birth?").
 */
function byOwnFigures(ctx: EvalContext, d: StepDelivery, k: number): StepDelivery {
  const asks = (text: string, low: string): boolean => perScenarioText(ctx.scenario, "stepAsksVerification", text, () => asksVerification(ctx, low));
  const turn = turnSayingStepFigures(ctx, k) ?? (identityStepIndex(ctx) === k + 1 || (k > 0 && checkStepIndexes(ctx).has(k + 1)) ? ctx.callerTurns.find((t) => asks(t.text, ctx.low(t.index)))?.index ?? null : null);
  return turn === null ? d : { step: d.step, turn, score: THRESHOLDS.stepLine };
}

/**
 * A step its words matched only where it was said again (a read-back of the slot offered earlier) came where the caller
 * first said most of its own figures, when that was earlier: the offer, not the read-back, delivered it.
 */
function earlierByFigures(ctx: EvalContext, d: StepDelivery, k: number): StepDelivery {
  const turn = turnSayingStepFigures(ctx, k);
  return turn === null || d.turn === null || turn >= d.turn ? d : { step: d.step, turn, score: d.score };
}

/**
 * The steps the opening turn (the caller's first) may deliver: a run from the first step, with the conditional ones
 * and a direction to say the opening ("Open and confirm identity. Say the opening line…") in it. A later step
 * whose words the opening echoes (a script that repeats the opening line in its last step) was not said before
 * the steps between: nothing comes before the opening.
 */
function openingSteps(ctx: EvalContext, saidAtOpening: (k: number) => boolean): boolean[] {
  const steps = ctx.scenario.caller.steps;
  const directions = stepDirections(ctx.scenario, ctx.lang);
  const out: boolean[] = [];
  let run = true;
  for (const [k, step] of steps.entries()) {
    const opens = directions[k]?.action === "open";
    const said = saidAtOpening(k) || opens;
    out.push(run && said);
    if (!said && !isConditionalStep(step)) run = false;
  }
  return out;
}


/**
 * A step that is only a direction with a deed the talk shows ("Read the booked day back", "Finish with
 * the close for whatever happened") is delivered where the caller does it, after the steps before it, whatever words
 * it takes: its own words are never said to a customer.
 */
function byDeed(ctx: EvalContext, deliveries: StepDelivery[]): StepDelivery[] {
  const directions = stepDirections(ctx.scenario, ctx.lang);
  let after = 0;
  return deliveries.map((d, k) => {
    const direction = directions[k];
    if (d.turn === null && direction?.directionOnly === true && direction.action !== null) {
      const turn = deedTurn(ctx, direction.action, k, after);
      if (turn !== null) d = { step: d.step, turn, score: THRESHOLDS.stepLine, ...(direction.action === "close" ? { byClose: true } : {}) };
    }
    if (d.turn !== null) after = Math.max(after, d.turn);
    return d;
  });
}

/** Where the caller did what the direction asks, from turn `after` on. Any close does a direction to close: which
 *  close fits the ending is wrong-closing's question, not this step's. */
function deedTurn(ctx: EvalContext, action: Exclude<DirectionAction, null>, k: number, after: number): number | null {
  if (action === "close") {
    const close = closingSaid(ctx);
    return close !== null && close.turn >= after ? close.turn : null;
  }
  if (action === "open") {
    const open = ctx.callerTurns[0];
    return open !== undefined && open.index >= after ? open.index : null;
  }
  return ctx.callerTurns.find((t) => t.index >= after && readsBack(ctx, t.index) && !directionsReadOut(ctx, t.index).includes(k))?.index ?? null;
}

/**
 * A step's direction read out ("Next: read their score back.") and the step not done after it: charged at the reading.
 * Done after it means the deed the direction asks for, or else the step's first delivery.
 */
function readOutFaults(ctx: EvalContext, deliveries: readonly StepDelivery[]): Fault[] {
  const directions = stepDirections(ctx.scenario, ctx.lang);
  const faults: Fault[] = [];
  for (const [k, direction] of directions.entries()) {
    if (direction.sentences.length === 0) continue;
    const read = ctx.callerTurns.find((t) => directionsReadOut(ctx, t.index).includes(k));
    if (read === undefined) continue;
    const delivered = deliveries[k]?.turn ?? null;
    const done = direction.action === null ? delivered !== null : deedTurn(ctx, direction.action, k, read.index + 1) !== null;
    if (!done) faults.push({ turn: read.index, message: `reads step ${k + 1}'s direction out instead of doing it` });
  }
  return faults;
}

/**
 * "Handle objections…" with "If you're comparing us…": a step about reacting to the customer whose every line is
 * conditional is said only when it applies.
 */
export const CONDITIONAL = /^\s*(如果|如客户|如对方|如用户|若|假如|要是|万一|一旦|if\b|when\b|should\b|in case\b|unless\b)/iu;
const REACTIVE_TITLE = /(objection|push-?back|complain|if\b|when\b|in case|异议|抗拒|投诉|如遇|若|如果|视情况|应对)/iu;

/** A title that is itself a condition ("客户忙或不方便时，改约", "If the customer objects: …"): the step applies only then. */
const CONDITION_TITLE = /^\s*(?:如果|如客户|如对方|若|假如|要是|万一|一旦|如遇|遇到|当(?!前|天|日|月|年|地|场|面|时)|if\b|when\b|in case\b|should\b|unless\b)|(?<![及同准临按暂随何定实届])时[，,：:]/iu;

export function isConditionalStep(step: { title: string; lines: readonly string[] }): boolean {
  if (CONDITION_TITLE.test(step.title)) return true;
  return REACTIVE_TITLE.test(step.title) && step.lines.length > 0 && step.lines.every((line) => CONDITIONAL.test(line));
}

export function missingStepCheck(ctx: EvalContext): Check {
  const deliveries = matchSteps(ctx);
  if (deliveries.length === 0) {
    const never = taskNeverBegun(ctx);
    return never.length > 0 ? faultCheck("missing-step", never, "the script has no steps; the task was never begun", { ending: endingOf(ctx).kind }) : notApplicable("missing-step", "the script has no steps");
  }
  const ending = endingOf(ctx);
  const closes = alternativeCloseSteps(ctx);
  const conditional = perScenario(ctx.scenario, "conditionalSteps", () => new Set(ctx.scenario.caller.steps.filter((s) => isConditionalStep(s) || onlyReferences(ctx.scenario, s) || closes.has(s.index)).map((s) => s.index)));
  // Steps no turn matched are listed; charging all of them agreed with supervisors 4 times against 33 false alarms on
  // the dev set (paraphrase matching misses short real-call wording, and a call cut short owes nothing after the cut).
  const barred = moneyStepsBarred(ctx);
  const notDelivered = deliveries.filter((d, i) => d.turn === null && !conditional.has(d.step) && !barred.has(d.step) && (ending.kind === "done" || jumpedOver(deliveries, i, ending.from))).map((d) => d.step);
  // Charged: a step no line matched and whose own content the caller never said in other words either, jumped over
  // (a later step came before the customer's first sign of an early ending), so the call got far enough for it.
  const said = stepContentSaid(ctx);
  const cue = firstEarlyCue(ctx);
  const cut = earliest(ending.from, cue, earlyCloseAt(ctx));
  const jumped = deliveries.filter((d, i) => d.turn === null && !conditional.has(d.step) && !barred.has(d.step) && (said[i] ?? 0) < THRESHOLDS.stepContent && jumpedOver(deliveries, i, cut) && !questionsAlreadyAsked(ctx, deliveries, i, cut));
  // Charged where the caller went past it: the turn of the first later step (supervisors mark the skip there). A check
  // step of the script's opening gone past is the identity check skipped: `identity` charges it (check-step-skipped.ts).
  const faults: Fault[] = jumped
    .filter((d) => !isOpeningCheckStep(ctx, d.step))
    .map((d) => ({ turn: passedAt(deliveries, d.step, cut), message: `step ${d.step} was never delivered though the call went past it` }));
  // Closed with the close for a call that ran its course, and no early cue: a step whose own figures were never said
  // before it was skipped.
  const doneAt = ending.kind === "done" && cue === null ? closedAsDoneAt(ctx) : null;
  if (doneAt !== null) {
    const charged = new Set(jumped.map((d) => d.step));
    const skipped = deliveries.filter((d, i) => d.turn === null && !charged.has(d.step) && !conditional.has(d.step) && !barred.has(d.step) && (said[i] ?? 0) < THRESHOLDS.stepContent && !isOpeningCheckStep(ctx, d.step) && ownFiguresUnsaid(ctx, i, doneAt));
    faults.push(...skipped.map((d) => ({ turn: doneAt, message: `step ${d.step} was never delivered before the close for a call that ran its course` })));
  }
  faults.push(...neverReached(ctx, deliveries, conditional, said, ending.kind));
  faults.push(...messageWithoutNumber(ctx));
  faults.push(...lowRatingNotFollowed(ctx));
  faults.push(...ratingNotGiven(ctx));
  faults.push(...readOutFaults(ctx, deliveries));
  // A template read out with its blanks ("您的评分是___分", "{name}") delivers nothing of the step.
  for (const turn of ctx.callerTurns) {
    const blank = templateBlankIn(turn.text);
    if (blank !== null) faults.push({ turn: turn.index, message: `reads a template with its blank ("${blank}")` });
  }
  const delivered = deliveries.filter((d) => d.turn !== null).length;
  const rest = notDelivered.length > 0 ? `not matched: ${notDelivered.join(", ")}` : ending.kind === "done" ? "are conditional" : `not reached (the call ended "${ending.kind}")`;
  return faultCheck("missing-step", faults, `${delivered}/${deliveries.length} steps delivered; the rest ${rest}`, {
    notDelivered,
    delivered: deliveries.filter((d) => d.turn !== null).map((d) => ({ step: d.step, turn: d.turn })),
    ending: ending.kind,
    fraction: deliveries.length === 0 ? 1 : delivered / deliveries.length,
  });
}

/**
 * Steps stating a sum of money, where the one who answered is someone the document allows to be told all but money:
 * the caller rightly leaves them for the customer.
 */
function moneyStepsBarred(ctx: EvalContext): ReadonlySet<number> {
  const at = identityState(ctx).authorisedAt;
  if (at === null || !barsMoney(ctx, at)) return new Set();
  return new Set(ctx.scenario.caller.steps.filter((step) => [step.title, ...step.lines].some((line) => figuresIn(line).some((f) => unitClass(f.unit) === "money"))).map((step) => step.index));
}

/**
 * A call that got no further than its opening step and ended with no early ending (nobody was busy, refused, asked
 * for a callback or was the wrong person, and the customer did not walk off): the steps after it, never said in any
 * words, are charged at the caller's last turn, where the call was let go.
 */
function neverReached(ctx: EvalContext, deliveries: readonly StepDelivery[], conditional: ReadonlySet<number>, said: readonly number[], ending: string): Fault[] {
  if (ending !== "done") return [];
  const last = ctx.callerTurns.at(-1);
  if (last === undefined) return [];
  let reached = -1;
  deliveries.forEach((d, i) => {
    if (d.turn !== null && d.byClose !== true) reached = i;
  });
  // Only a call that got no further than its first step: past it, a short call is far likelier a legitimate ending
  // the talk does not name than a caller who gave up (charging every unreached step flagged 70 of 197 clean calls).
  if (reached > 0 || firstEarlyCue(ctx) !== null || ctx.callerTurns.length > ALMOST_NOTHING_TURNS) return [];
  // A close written for an early ending (a message left, a call back) is the caller's reading that the call ended early.
  const close = closingSaid(ctx);
  if (close !== null && close.line >= 0 && closingKinds(ctx)[close.line] !== "done") return [];
  return deliveries
    .filter((d, i) => i > reached && d.turn === null && !conditional.has(d.step) && (said[i] ?? 0) < THRESHOLDS.stepContent)
    .map((d) => ({ turn: last.index, message: `step ${d.step} was never reached, and nothing ended the call early` }));
}


/**
 * A step that only invites the customer's questions ("报告方面还有疑问吗？", "Any questions so far?") is moot where the
 * customer asked their own before the call went past it: the questions it invites came anyway.
 */
function questionsAlreadyAsked(ctx: EvalContext, deliveries: readonly StepDelivery[], i: number, cut: number | null): boolean {
  const step = ctx.scenario.caller.steps[i];
  if (step === undefined || step.lines.length === 0 || !step.lines.every((line) => ctx.lang.questionsInvite.test(line.toLowerCase()))) return false;
  const from = Math.max(-1, ...deliveries.slice(0, i).map((d) => d.turn ?? -1));
  const to = passedAt(deliveries, step.index, cut) ?? Infinity;
  return ctx.calleeTurns.some((t) => t.index > from && t.index < to && ctx.says(t.index, ctx.lang.question));
}

/**
 * A check step of the script's opening (after the first step, before the errand: "2. Check: could you tell me …?",
 * "核对") that no turn delivered, in words or by asking a datum, while a later step came before any early ending: the
 * turn where the caller went past it, or null.
 */
export function openingCheckPassed(ctx: EvalContext): number | null {
  return ctx.once("openingCheckPassed", () => {
    const deliveries = matchSteps(ctx);
    const ending = endingOf(ctx);
    const cue = firstEarlyCue(ctx);
    const cut = ending.from === null ? cue : cue === null ? ending.from : Math.min(cue, ending.from);
    const i = deliveries.findIndex((d) => isOpeningCheckStep(ctx, d.step));
    const d = deliveries[i];
    if (d === undefined || d.turn !== null || !jumpedOver(deliveries, i, cut)) return null;
    return passedAt(deliveries, d.step, cut);
  });
}

/** How far into the script the opening's check may stand (its first steps: greeting, then the check). */
const OPENING_CHECK_STEPS = 3;

function isOpeningCheckStep(ctx: EvalContext, step: number): boolean {
  if (step < 2 || step > OPENING_CHECK_STEPS) return false;
  const own = ctx.scenario.caller.steps[step - 1];
  if (own === undefined || isConditionalStep(own)) return false;
  // A script whose first step is already its identity check ("Greet and check who answered") has none after it.
  const first = perScenario(ctx.scenario, "openingCheckStep", () =>
    identityStepIndex(ctx) === 1
      ? -1
      : ctx.scenario.caller.steps.findIndex((s, k) => k >= 1 && k < OPENING_CHECK_STEPS && (checkStepIndexes(ctx).has(k + 1) || identityStepIndex(ctx) === k + 1 || namesCheck(ctx, s))),
  );
  return first === step - 1;
}

/**
 * The step is a check (its title or line names one) whose line asks the customer to tell something ("Just to check,
 * could you tell me …?"): a datum asked for, not a question about the errand.
 */
function namesCheck(ctx: EvalContext, step: { title: string; lines: readonly string[] }): boolean {
  const low = (text: string): string => text.toLowerCase();
  const titled = ctx.lang.checkWord.test(low(step.title));
  return step.lines.some((line) => (titled || ctx.lang.checkWord.test(low(line))) && ctx.lang.question.test(low(line)) && ctx.lang.request.test(low(line)));
}

/** A later step came before the customer's early ending: this one was jumped over, not cut short. */
function earliest(...turns: readonly (number | null)[]): number | null {
  const known = turns.filter((t): t is number => t !== null);
  return known.length === 0 ? null : Math.min(...known);
}

function jumpedOver(deliveries: readonly StepDelivery[], i: number, from: number | null): boolean {
  return deliveries.slice(i + 1).some((d) => d.turn !== null && d.byClose !== true && (from === null || d.turn < from));
}

/** The first turn a step after `step` was delivered in (before the early ending): where the caller went past it. */
function passedAt(deliveries: readonly StepDelivery[], step: number, from: number | null): number | null {
  const turns = deliveries.filter((d) => d.step > step && d.turn !== null && d.byClose !== true && (from === null || d.turn < from)).map((d) => d.turn ?? 0);
  return turns.length === 0 ? null : Math.min(...turns);
}

/** Steps whose first delivery came after a later step's: those outside the longest in-order run. */
export const TEMPLATE_BLANK = /(?<=[\u4e00-\u9fff：:])(?:…{1,2}|\.{3,6})(?=[，,、；;分]|\s*[，,])|_{2,}|\{\{?[^{}]{0,20}\}\}?|【\s*】|（\s*）|\(\s*\)|\[\s*\]|［\s*］|ＸＸ|XX(?![a-z])|××|某某|<[^<>]{1,20}>/u;

/** The first template blank a text holds, or null: kept per text (the pattern has no fixed first character, so it is
 *  tried at every position of every caller turn, and rule calls say the same turns call after call). */
const templateBlankIn = memoByText((text: string): string | null => TEMPLATE_BLANK.exec(text)?.[0] ?? null, 20_000);

export function orderCheck(ctx: EvalContext): Check {
  // A step the one who answered may not hear (money, to a relative allowed all but money) has no place in their order.
  const barred = moneyStepsBarred(ctx);
  const all = matchSteps(ctx).filter((d): d is StepDelivery & { turn: number } => d.turn !== null && !barred.has(d.step));
  const delivered = all.filter((d) => !answersQuestion(ctx, d.turn));
  const inOrder = longestOrderedRun(delivered);
  const faults = delivered.filter((d) => !inOrder.has(d.step)).map((d) => checkToldAfter(ctx, delivered, d) ?? { turn: d.turn, message: `step ${d.step} came after a later step` });
  // A step first said only when the customer asked for it ("Wait, what happened to my flight?") was skipped: the later
  // step said before it jumped ahead, and that is where the caller went out of order.
  const charged = new Set(faults.map((f) => f.turn));
  for (const late of all.filter((d) => answersQuestion(ctx, d.turn))) {
    const ahead = delivered.filter((d) => d.step > late.step && d.turn < late.turn && d.byClose !== true).sort((a, b) => a.turn - b.turn)[0];
    if (ahead === undefined || charged.has(ahead.turn)) continue;
    charged.add(ahead.turn);
    faults.push({ turn: ahead.turn, message: `step ${ahead.step} came before step ${late.step}, which the customer then had to ask for` });
  }
  return faultCheck("order", faults.sort((a, b) => a.turn - b.turn), "delivered steps came in script order");
}

/**
 * The opening's check asked only after the errand was told ("Your order is ready… Oh, and can you confirm your
 * postcode?"): what went out of order is the telling before the check, charged where the caller told it.
 */
function checkToldAfter(ctx: EvalContext, delivered: readonly (StepDelivery & { turn: number })[], late: StepDelivery & { turn: number }): { turn: number; message: string } | null {
  if (!isOpeningCheckStep(ctx, late.step)) return null;
  const ahead = delivered.filter((d) => d.step > late.step && d.turn < late.turn && d.byClose !== true).sort((a, b) => a.turn - b.turn)[0];
  return ahead === undefined ? null : { turn: ahead.turn, message: `step ${ahead.step} was told before the check (step ${late.step}) was asked` };
}

/** A step said right after the customer's question answers it: responsive, not out of order. */
function answersQuestion(ctx: EvalContext, turn: number): boolean {
  const before = ctx.turns[turn - 1];
  return before?.speaker === "callee" && ctx.says(before.index, ctx.lang.question);
}

/** Longest run of steps (ascending step) whose turns are non-decreasing: O(n^2), n is a script's step count. */
function longestOrderedRun(delivered: readonly { step: number; turn: number }[]): Set<number> {
  const length = delivered.map(() => 1);
  const previous = delivered.map(() => -1);
  for (let i = 0; i < delivered.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((delivered[j]?.turn ?? 0) <= (delivered[i]?.turn ?? 0) && (length[j] ?? 0) + 1 > (length[i] ?? 0)) {
        length[i] = (length[j] ?? 0) + 1;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < delivered.length; i++) if (end < 0 || (length[i] ?? 0) > (length[end] ?? 0)) end = i;
  const run = new Set<number>();
  for (let i = end; i >= 0; i = previous[i] ?? -1) {
    const d = delivered[i];
    if (d !== undefined) run.add(d.step);
  }
  return run;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
