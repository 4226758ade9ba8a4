// `closing`: among the caller's last turns, a closing line fitting the end condition was said (by meaning).
// When the record names the caller's condition, the line must be that condition's own (same position, or the line
// closest in meaning to the condition); when the condition was only inferred from the talk, any closing line counts.
import type { Check } from "../schema/index.js";
import { similarity } from "../text/similarity.js";
import { bestLine } from "./segments.js";
import { FAREWELL, HANG_UP } from "./cues.js";
import { THRESHOLDS } from "./thresholds.js";
import { endState } from "./end-state.js";
import { turnList, type EvalContext } from "./context.js";
import { round } from "./steps.js";

const LAST_CALLER_TURNS = 2;

/**
 * 0-based closing lines that fit a caller condition (1-based): the line at the same position and the line closest in
 * meaning to the condition. null means any line fits; "none" means the script has no line for that condition.
 */
export function fittingLines(conditions: readonly string[], lines: readonly string[], condition: number | null): Set<number> | null | "none" {
  if (condition === null) return null;
  const text = conditions[condition - 1] ?? "";
  let best = { index: -1, score: 0 };
  lines.forEach((line, index) => {
    const score = similarity(text, line);
    if (score > best.score) best = { index, score };
  });
  const fitting = new Set<number>();
  if (condition <= lines.length) fitting.add(condition - 1);
  if (best.index >= 0 && (condition <= lines.length || best.score >= THRESHOLDS.closingLine)) fitting.add(best.index);
  return fitting.size === 0 ? "none" : fitting;
}

/**
 * The record says the customer ended the call under a condition that has them hang up ("…后直接挂断", "hangs up"),
 * and the last word was theirs: the caller had no turn left to close in. A transcript (no recorded condition) never
 * qualifies, so a caller who simply forgot the closing still fails.
 */
function hungUpOnCaller(ctx: EvalContext, condition: number | null): boolean {
  const last = ctx.turns[ctx.turns.length - 1];
  if (ctx.call.end.by !== "callee" || condition === null || last?.speaker !== "callee") return false;
  const text = ctx.scenario.callee.endConditions[condition - 1] ?? "";
  return HANG_UP.test(text) || HANG_UP.test(ctx.call.end.reason);
}

export function closingCheck(ctx: EvalContext): Check {
  const caller = ctx.scenario.caller;
  const lines = caller.closingLines;
  if (lines.length === 0) {
    return { id: "closing", passed: true, severity: "info", message: "the script has no closing lines", turns: [], details: { applicable: false } };
  }
  const state = endState(ctx);
  // A recorded condition that does not fit the call is the `end` check's finding; the closing is then not held to it.
  const recordedFit = state.callerInferred || !state.fits ? null : fittingLines(caller.endConditions, lines, state.callerCondition);
  // No line for the condition (e.g. "wrong person" in a script with three closing lines for four conditions):
  // any closing line or a polite farewell closes the call properly.
  const noOwnLine = recordedFit === "none" || !state.fits || (state.callerCondition === null && !state.callerInferred);
  const fitting = recordedFit === "none" ? null : recordedFit;
  const candidates = ctx.callerTurns.slice(-LAST_CALLER_TURNS);
  const lastCaller = candidates[candidates.length - 1];
  let said: { turn: number; line: number; score: number } | null = null;
  for (const turn of candidates) {
    const hit = bestLine(turn.text, lines);
    if (hit.score >= THRESHOLDS.closingLine && (said === null || hit.score > said.score)) said = { turn: turn.index, line: hit.index, score: hit.score };
  }
  const details = { callerCondition: state.callerCondition, inferred: state.callerInferred, fitting: fitting === null ? null : [...fitting].map((i) => i + 1), said: said === null ? null : { ...said, line: said.line + 1, score: round(said.score) } };
  // A wrong person hears a plain goodbye: a script closing written for the customer may say too much.
  const wrongPerson = state.fits && state.side === "caller" && state.kinds.includes("identity");
  const saidFits = said !== null && (fitting === null || fitting.has(said.line));
  const farewell = (noOwnLine && said === null) || (wrongPerson && !saidFits) ? candidates.find((t) => FAREWELL.test(t.text)) : undefined;
  if (farewell !== undefined) {
    return {
      id: "closing",
      passed: true,
      severity: "major",
      message: wrongPerson && !noOwnLine
        ? `the person was not the customer (condition ${state.callerCondition}); a farewell was said at turn ${farewell.index}`
        : `the script has no closing line for condition ${state.callerCondition ?? "(none)"}; a farewell was said at turn ${farewell.index}`,
      turns: [farewell.index],
      details: { ...details, farewell: farewell.index },
    };
  }
  if (said === null && hungUpOnCaller(ctx, state.inferred ? null : state.condition)) {
    const last = ctx.turns[ctx.turns.length - 1];
    return {
      id: "closing",
      passed: true,
      severity: "info",
      message: `the customer hung up (turn ${last?.index ?? 0}, condition ${state.condition}) before a closing was possible`,
      turns: turnList(last === undefined ? [] : [last.index]),
      details: { ...details, applicable: false },
    };
  }
  if (said === null) {
    return {
      id: "closing",
      passed: false,
      severity: "major",
      message: "no closing line was said at the end of the call",
      turns: turnList(lastCaller === undefined ? [] : [lastCaller.index]),
      details,
    };
  }
  const fits = fitting === null || fitting.has(said.line);
  const condition = state.callerCondition === null ? "" : ` for condition ${state.callerCondition}`;
  return {
    id: "closing",
    passed: fits,
    severity: "major",
    message: fits
      ? `closing line ${said.line + 1} said at turn ${said.turn}${condition}`
      : `closing line ${said.line + 1} said at turn ${said.turn} does not fit condition ${state.callerCondition} (expected line ${[...(fitting ?? [])].map((i) => i + 1).join(" or ")})`,
    turns: [said.turn],
    details,
  };
}
