// The scorecard: checks of one call against its scenario, a 0-100 score and call metrics.
import { z } from "zod";

export const CheckSeverity = z.enum(["critical", "major", "minor", "info"]);
export type CheckSeverity = z.infer<typeof CheckSeverity>;

export const Check = z.object({
  /** Stable id, e.g. "opening", "grounding", "steps", "order", "kb", "judge:concern". */
  id: z.string(),
  passed: z.boolean(),
  severity: CheckSeverity,
  message: z.string(),
  /** Turn indices concerned (0-based, as in the call record). */
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

export const Scorecard = z.object({
  score: z.number().min(0).max(100),
  checks: z.array(Check),
  metrics: CallMetrics,
});
export type Scorecard = z.infer<typeof Scorecard>;
