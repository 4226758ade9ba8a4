// The call record: what one call produced (turns, how it ended, the structured outcome, usage).
import { z } from "zod";
import { Language } from "./scenario.js";

export const Speaker = z.enum(["caller", "callee"]);
export type Speaker = z.infer<typeof Speaker>;

/** Seat kinds callsim ships; a seat of any other kind (an outside agent) is welcome too. */
export const BUILTIN_SEAT_KINDS = ["rule", "human", "llm", "replay", "agent", "http", "webhook", "cmd"] as const;
/** Open: a built-in kind or a custom one ("my-bot"): lower-case letters, digits and dashes. */
export const SeatKind = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, "a seat kind is lower-case letters, digits and dashes");
export type SeatKind = z.infer<typeof SeatKind>;

export const ToolCall = z.object({ name: z.string(), args: z.unknown() });
export type ToolCall = z.infer<typeof ToolCall>;

export const Turn = z.object({
  /** 0-based position in the call. */
  index: z.number().int().min(0),
  speaker: Speaker,
  text: z.string(),
  startMs: z.number().int().min(0),
  endMs: z.number().int().min(0),
  /** Script step (1-based) this caller turn delivers, or null. */
  step: z.number().int().min(1).nullable(),
  /** Knowledge-base entries (0-based indices into caller.knowledgeBase) this turn used. */
  kb: z.array(z.number().int().min(0)),
  /** True when the other side cut in before this turn finished. */
  interrupted: z.boolean(),
  /** Tools an outside agent called while producing this turn (as it reported them). */
  toolCalls: z.array(ToolCall).optional(),
});
export type Turn = z.infer<typeof Turn>;

export const FollowUpChannel = z.enum(["email", "sms", "phone", "app", "other"]);
export type FollowUpChannel = z.infer<typeof FollowUpChannel>;

export const Question = z.object({
  /** Index of the callee turn that asked it. */
  turn: z.number().int().min(0),
  text: z.string(),
  /** Matched knowledge-base entry (0-based) or null. */
  kb: z.number().int().min(0).nullable(),
  answered: z.boolean(),
});
export type Question = z.infer<typeof Question>;

export const Remark = z.object({ turn: z.number().int().min(0), text: z.string() });
export type Remark = z.infer<typeof Remark>;

export const GuardEvent = z.object({
  turn: z.number().int().min(0),
  seat: Speaker,
  kind: z.enum([
    "figure-regenerated",
    "figure-replaced",
    "negative-style-regenerated",
    "assistant-voice-regenerated",
    "schema-repaired",
    /** The caller model stepped out of role (talked about its prompt or rules); regenerated, then replaced. */
    "role-regenerated",
    "role-replaced",
  ]),
  detail: z.string(),
});
export type GuardEvent = z.infer<typeof GuardEvent>;

export const Outcome = z.object({
  /** true confirmed, false denied / wrong person, null never established. */
  identityConfirmed: z.boolean().nullable(),
  /** Script steps delivered (1-based), in delivery order. */
  stepsDelivered: z.array(z.number().int().min(1)),
  /** What the customer answered after each step. */
  stepAnswers: z.array(z.object({ step: z.number().int().min(1), turn: z.number().int().min(0), answer: z.string() })),
  questions: z.array(Question),
  complaints: z.array(Remark),
  suggestions: z.array(Remark),
  followUp: z
    .object({ channel: FollowUpChannel, contact: z.string().nullable(), turn: z.number().int().min(0) })
    .nullable(),
  guard: z.array(GuardEvent),
});
export type Outcome = z.infer<typeof Outcome>;

export const EndBy = z.enum(["caller", "callee", "limit", "error"]);
export type EndBy = z.infer<typeof EndBy>;

export const CallEnd = z.object({
  by: EndBy,
  /** 1-based index into that side's endConditions, or null. */
  condition: z.number().int().min(1).nullable(),
  reason: z.string(),
});
export type CallEnd = z.infer<typeof CallEnd>;

export const SeatInfo = z.object({
  kind: SeatKind,
  model: z.string().nullable(),
  /** Which agent of that kind (an endpoint's host, a command, a name given in code). */
  name: z.string().optional(),
});
export type SeatInfo = z.infer<typeof SeatInfo>;

export const SeatUsage = z.object({
  model: z.string(),
  requests: z.number().int().min(0),
  inputTokens: z.number().int().min(0),
  outputTokens: z.number().int().min(0),
  retries: z.number().int().min(0),
  latencyMs: z.number().min(0),
});
export type SeatUsage = z.infer<typeof SeatUsage>;

export const CallRecord = z.object({
  schemaVersion: z.literal(1),
  /** Deterministic id from scenario id, seed and seats. */
  id: z.string(),
  scenario: z.object({ id: z.string(), path: z.string().nullable(), language: Language }),
  seed: z.number().int(),
  seats: z.object({ caller: SeatInfo, callee: SeatInfo }),
  turns: z.array(Turn),
  end: CallEnd,
  outcome: Outcome,
  usage: z.object({ caller: SeatUsage.nullable(), callee: SeatUsage.nullable() }).optional(),
});
export type CallRecord = z.infer<typeof CallRecord>;
