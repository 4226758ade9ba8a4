// A labelled call: the turns of one call with a supervisor's verdict and the faults found in it (kind and turn),
// the truth the scorer and any judge are measured against (format: tests/labelled/, docs/eval.md).
import { z } from "zod";
import { Language } from "./scenario.js";
import { CallerFaultKind, SimulatorFaultKind } from "./score.js";

export const LabelledTurn = z.object({ speaker: z.enum(["caller", "callee"]), text: z.string() });
export type LabelledTurn = z.infer<typeof LabelledTurn>;

const faultOf = <K extends z.ZodType>(kind: K) =>
  z.object({
    kind,
    /** 0-based index into `turns`; null for a fault with no single turn (a step never delivered). */
    turn: z.number().int().min(0).nullable(),
    why: z.string().optional(),
  });

export const LabelledFault = faultOf(CallerFaultKind);
export type LabelledFault = z.infer<typeof LabelledFault>;
export const LabelledSimulatorFault = faultOf(SimulatorFaultKind);
export type LabelledSimulatorFault = z.infer<typeof LabelledSimulatorFault>;

export const LabelledCall = z.object({
  id: z.string(),
  /** Scenario document, relative to the labelled set's root folder (the folder holding dev/ and heldout/). */
  scenario: z.string(),
  language: Language,
  industry: z.string().optional(),
  /** Who produced the turns. */
  source: z.enum(["hand", "rule", "human", "llm", "agent"]).optional(),
  turns: z.array(LabelledTurn).min(1),
  verdict: z.enum(["pass", "fail"]),
  faults: z.array(LabelledFault),
  simulatorFaults: z.array(LabelledSimulatorFault).default([]),
});
export type LabelledCall = z.infer<typeof LabelledCall>;
