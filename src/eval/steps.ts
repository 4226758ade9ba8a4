// `steps` and `order`: which script steps the caller delivered, matched by meaning to each step's sample lines
// (never trusting turn.step alone: a transcribed call has none), which were skipped, which came out of order.
import type { Check } from "../schema/index.js";
import { bestLine, sentences } from "./segments.js";
import { QUESTION } from "./cues.js";
import { THRESHOLDS } from "./thresholds.js";
import { turnList, type EvalContext } from "./context.js";
import { endState } from "./end-state.js";
import { identityState } from "./identity.js";

export interface StepDelivery {
  /** 1-based step index. */
  step: number;
  /** First caller turn that delivered it, or null. */
  turn: number | null;
  score: number;
}

/**
 * First delivery of every step. A turn may deliver several steps, but a step whose match is far below the turn's
 * best step match only shares wording with it (a recap step repeating the slots another step offered).
 */
export function matchSteps(ctx: EvalContext): StepDelivery[] {
  return ctx.once("steps", () => {
    const steps = ctx.scenario.caller.steps;
    const closings = ctx.scenario.caller.closingLines;
    const scores = ctx.callerTurns.map((turn) => steps.map((step) => bestLine(turn.text, [...step.lines, step.title], { minShared: 3 }).score));
    const closingMemo = new Map<number, number>();
    const closing = (i: number, text: string): number => {
      let score = closingMemo.get(i);
      if (score === undefined) closingMemo.set(i, (score = bestLine(text, closings).score));
      return score;
    };
    return steps.map((step, k) => {
      let best = 0;
      for (const [i, turn] of ctx.callerTurns.entries()) {
        const row = scores[i] ?? [];
        const score = row[k] ?? 0;
        best = Math.max(best, score);
        const delivers =
          score >= THRESHOLDS.stepLine &&
          score >= THRESHOLDS.stepRelativeToBest * Math.max(...row) &&
          // A closing line that resembles the last step's wording closes the call; it does not deliver the step.
          closing(i, turn.text) <= score;
        if (delivers) return { step: step.index, turn: turn.index, score };
      }
      return { step: step.index, turn: null, score: best };
    });
  });
}

/**
 * "Handle objections…" with "If you're comparing us…": a step about reacting to the customer whose every line is
 * conditional is said only when it applies. ("如果您用过我们的App，可否评价…" alone is a polite prompt, not a condition.)
 */
const CONDITIONAL = /^\s*(如果|如客户|如对方|如用户|若|假如|要是|万一|一旦|if\b|when\b|should\b|in case\b|unless\b)/iu;
const REACTIVE_TITLE = /(objection|push-?back|complain|if\b|when\b|in case|异议|抗拒|投诉|如遇|若|如果|视情况|应对)/iu;

export function isConditionalStep(step: { title: string; lines: readonly string[] }): boolean {
  return REACTIVE_TITLE.test(step.title) && step.lines.length > 0 && step.lines.every((line) => CONDITIONAL.test(line));
}

/**
 * Steps left out while a later step was delivered of the caller's own accord: each points at the turn that jumped
 * past it. A later step's content given in answer to the customer's question is not a jump.
 */
function skippedSteps(ctx: EvalContext, deliveries: readonly StepDelivery[]): { step: number; jumpedAt: number }[] {
  const skipped: { step: number; jumpedAt: number }[] = [];
  deliveries.forEach((delivery, i) => {
    if (delivery.turn !== null) return;
    const later = deliveries.slice(i + 1).find((d) => d.turn !== null && !answersQuestion(ctx, d.turn));
    if (later?.turn != null) skipped.push({ step: delivery.step, jumpedAt: later.turn });
  });
  return skipped;
}

export function stepsCheck(ctx: EvalContext): Check {
  const deliveries = matchSteps(ctx);
  const total = deliveries.length;
  if (total === 0) {
    return { id: "steps", passed: true, severity: "info", message: "the script has no steps", turns: [], details: { applicable: false } };
  }
  const denied = identityState(ctx).deniedAt;
  if (denied !== null && deliveries.every((d) => d.turn === null || d.turn <= denied)) {
    // The person who answered is not the customer: the script was rightly not delivered to them.
    return { id: "steps", passed: true, severity: "info", message: `the person who answered was not the customer (turn ${denied}); the script did not apply`, turns: [denied], details: { applicable: false } };
  }
  const delivered = deliveries.filter((d) => d.turn !== null);
  // Steps jumped over after the customer asked to wrap up (busy, refusing, wrong person), in a call that then ended
  // under a condition allowing that, were cut short, not skipped.
  const end = endState(ctx);
  const earlyFrom = end.earlyExitFrom;
  // The customer ended the call (recorded) or asked to wrap up: steps left after that are not the caller's shortfall.
  const customerEnded = earlyFrom !== null || (end.side === "callee" && !end.inferred);
  const conditional = new Set(ctx.scenario.caller.steps.filter((s) => isConditionalStep(s)).map((s) => s.index));
  const jumps = skippedSteps(ctx, deliveries).filter((s) => !conditional.has(s.step));
  const cutShort = jumps.filter((s) => earlyFrom !== null && s.jumpedAt > earlyFrom);
  const skipped = jumps.filter((s) => !cutShort.includes(s));
  const unused = deliveries.filter((d) => d.turn === null && conditional.has(d.step)).map((d) => d.step);
  const skippedSet = new Set(jumps.map((s) => s.step));
  const notReached = deliveries.filter((d) => d.turn === null && !skippedSet.has(d.step) && !conditional.has(d.step)).map((d) => d.step);
  const parts = [`${delivered.length}/${total} steps delivered`];
  if (skipped.length > 0) parts.push(`skipped ${skipped.map((s) => `step ${s.step} (turn ${s.jumpedAt} went past it)`).join(", ")}`);
  if (cutShort.length > 0) parts.push(`cut short after turn ${earlyFrom}: ${cutShort.map((s) => s.step).join(", ")}`);
  if (notReached.length > 0) parts.push(`not reached${customerEnded ? " (the customer ended the call)" : ""}: ${notReached.join(", ")}`);
  if (unused.length > 0) parts.push(`conditional, not needed: ${unused.join(", ")}`);
  return {
    id: "steps",
    passed: skipped.length === 0,
    severity: "major",
    message: parts.join("; "),
    turns: turnList(skipped.map((s) => s.jumpedAt)),
    details: {
      // Conditional steps that never applied, and steps the customer's ending left no room for, count neither way.
      fraction: fractionDelivered(delivered.length, total - unused.length - (customerEnded ? cutShort.length + notReached.length : 0)),
      delivered: delivered.map((d) => ({ step: d.step, turn: d.turn, score: round(d.score) })),
      skipped,
      cutShort: cutShort.map((s) => s.step),
      conditional: unused,
      notReached,
    },
  };
}

function fractionDelivered(delivered: number, expected: number): number {
  return expected <= 0 ? 1 : Math.min(1, delivered / expected);
}

/**
 * Steps whose first delivery came after a later step's: those outside the longest in-order run. A step delivered
 * while answering the customer's question (the turn right after a callee question) is responsive, not out of order.
 */
export function orderCheck(ctx: EvalContext): Check {
  const delivered = matchSteps(ctx).filter((d): d is StepDelivery & { turn: number } => d.turn !== null && !answersQuestion(ctx, d.turn));
  const inOrder = longestOrderedRun(delivered);
  const outOfOrder = delivered.filter((d) => !inOrder.has(d.step));
  return {
    id: "order",
    passed: outOfOrder.length === 0,
    severity: "minor",
    message:
      outOfOrder.length === 0
        ? `delivered steps came in script order`
        : `out of order: ${outOfOrder.map((d) => `step ${d.step} at turn ${d.turn}`).join(", ")}`,
    turns: turnList(outOfOrder.map((d) => d.turn)),
    details: { outOfOrder: outOfOrder.map((d) => ({ step: d.step, turn: d.turn })) },
  };
}

function answersQuestion(ctx: EvalContext, turn: number): boolean {
  const before = ctx.turns[turn - 1];
  return before?.speaker === "callee" && sentences(before.text).some((s) => QUESTION.test(s));
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
