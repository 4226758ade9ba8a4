// The scorecard: checks of one call against its scenario, the verdict a supervisor would give, a 0-100 score,
// the simulated customer's fidelity (apart: it never changes the caller's verdict) and call metrics.
import { z } from "zod";

export const CheckSeverity = z.enum(["critical", "major", "minor", "info"]);
export type CheckSeverity = z.infer<typeof CheckSeverity>;

/** The caller faults a supervisor fails calls for: stable ids, the same as the labelled benchmark's fault kinds. */
export const CallerFaultKind = z.enum([
  "disclosure",
  "wrong-answer",
  "deflected-answer",
  "ignored-question",
  "false-claim",
  "wrong-closing",
  "no-closing",
  "repetition",
  "marketing",
  "sensitive-info",
  "invented-figure",
  "opening",
  "identity",
  "missing-step",
  "order",
]);
export type CallerFaultKind = z.infer<typeof CallerFaultKind>;

/** Faults of the simulated customer: reported apart, never held against the caller. */
export const SimulatorFaultKind = z.enum([
  "persona-break",
  "end-without-cause",
  "verbatim-persona",
  "negative-style",
  "assistant-voice",
  "stage-direction",
]);
export type SimulatorFaultKind = z.infer<typeof SimulatorFaultKind>;

/** Every rule check id: a caller fault kind or a simulator fault kind. Judge checks add "judge:<kind>". */
export type CheckId = CallerFaultKind | SimulatorFaultKind;

export const Check = z.object({
  /** Stable id: a CallerFaultKind, a SimulatorFaultKind, or "judge:<kind>" for a model judge's finding. */
  id: z.string(),
  passed: z.boolean(),
  severity: CheckSeverity,
  message: z.string(),
  /** Turn indices concerned (0-based, as in the call record); for a failed check, the turns of its faults. */
  turns: z.array(z.number().int().min(0)),
  /** Check-specific detail (e.g. invented figures, skipped steps). */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Check = z.infer<typeof Check>;

export const CallMetrics = z.object({
  turns: z.number().int(),
  callerTurns: z.number().int(),
  calleeTurns: z.number().int(),
  /** Share of characters spoken by the caller, 0..1. */
  callerTalkShare: z.number(),
  avgCallerTurnChars: z.number(),
  avgCalleeTurnChars: z.number(),
  interruptions: z.number().int(),
  questionsAsked: z.number().int(),
  questionsAnswered: z.number().int(),
  durationMs: z.number().int(),
});
export type CallMetrics = z.infer<typeof CallMetrics>;

/** One fault the verdict rests on: the check that failed and the turn (null for a call-wide fault). */
export const VerdictReason = z.object({ id: z.string(), severity: CheckSeverity, turn: z.number().int().min(0).nullable(), message: z.string() });
export type VerdictReason = z.infer<typeof VerdictReason>;

export const Verdict = z.object({
  /** The rule the verdict follows (VERDICT_RULE in src/eval/verdict.ts), so a reader knows what "passed" means. */
  rule: z.string(),
  /** The failed caller checks, every severity (any caller fault fails the call): empty exactly when the call passed. */
  reasons: z.array(VerdictReason),
  /** Failed checks that weigh nothing ("info"): noted for the trainer, never enough to fail the call. */
  notes: z.array(VerdictReason),
});
export type Verdict = z.infer<typeof Verdict>;

export const SimulatorSection = z.object({
  /** True when the simulated customer misbehaved (any failed simulator check): rerun rather than blame the caller. */
  simulatorFault: z.boolean(),
  checks: z.array(Check),
  /** Share of the customer's lines copied verbatim from its persona text, 0..1. */
  verbatimShare: z.number(),
});
export type SimulatorSection = z.infer<typeof SimulatorSection>;

export const Scorecard = z.object({
  /** Would a supervisor sign this call? See `verdict` for why not. */
  passed: z.boolean(),
  verdict: Verdict,
  score: z.number().min(0).max(100),
  /** The caller's checks (one per CallerFaultKind), plus any judge checks. */
  checks: z.array(Check),
  simulator: SimulatorSection,
  metrics: CallMetrics,
});
export type Scorecard = z.infer<typeof Scorecard>;
