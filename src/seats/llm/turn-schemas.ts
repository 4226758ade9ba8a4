// The structured reply each model seat returns every turn (sent as JSON Schema; every field required for strict mode).
import { z } from "zod";
import { FollowUpChannel } from "../../schema/index.js";

/** Refinements are checked on our side only (z.toJSONSchema leaves them out, so strict providers accept the schema). */
const spoken = z.string().refine((text) => text.trim() !== "", { message: "utterance is empty" });

export const CallerTurnReply = z.object({
  /** Exactly what the caller says now. */
  utterance: spoken,
  /** Script step (1-based) this utterance delivers, or null. */
  step: z.number().nullable(),
  /** Knowledge-base entry numbers (1-based, as shown in the prompt) this utterance uses. */
  kb: z.array(z.number()),
  /** Identity of the person on the line as established so far. */
  identity: z.enum(["confirmed", "denied", "unknown"]),
  /** The customer's answer (in their last turn) to a step, or null. */
  stepAnswer: z.object({ step: z.number(), answer: z.string() }).nullable(),
  /** A question the customer asked in their last turn, or null. */
  question: z.object({ text: z.string(), kb: z.number().nullable(), answered: z.boolean() }).nullable(),
  complaint: z.string().nullable(),
  suggestion: z.string().nullable(),
  followUp: z.object({ channel: FollowUpChannel, contact: z.string().nullable() }).nullable(),
  /** Set when this utterance ends the call under one of the caller's end conditions. */
  end: z.object({ condition: z.number().nullable(), reason: z.string() }).nullable(),
});
export type CallerTurnReply = z.infer<typeof CallerTurnReply>;

export const CalleeTurnReply = z
  .object({
    utterance: z.string(),
    /** Set when the customer ends (hangUp) or wants to wrap up the call, naming one of their end conditions. */
    end: z.object({ condition: z.number().nullable(), reason: z.string(), hangUp: z.boolean() }).nullable(),
  })
  // Silence is only a way to hang up.
  .refine((reply) => reply.utterance.trim() !== "" || reply.end?.hangUp === true, { message: "utterance is empty", path: ["utterance"] });
export type CalleeTurnReply = z.infer<typeof CalleeTurnReply>;
