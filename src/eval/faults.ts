// The fault kinds, their severity and what each means: one table, the scorecard's vocabulary. A check reports the
// faults of one kind with their turns; `faultCheck` turns them into the scorecard's Check.
import type { CallerFaultKind, Check, CheckId, CheckSeverity, SimulatorFaultKind } from "../schema/index.js";
import { turnList } from "./context.js";

/**
 * Every caller severity fails the call (the labels fail a call for any caller fault); severity sets the score: critical
 * caps it at 59, major costs 10 per further fault, minor 5.
 * Simulator kinds never touch the caller's verdict (their severity only orders the simulator section).
 */
export const SEVERITY: Readonly<Record<CheckId, CheckSeverity>> = {
  disclosure: "critical",
  "invented-figure": "critical",
  "sensitive-info": "critical",
  "wrong-answer": "major",
  "deflected-answer": "major",
  "ignored-question": "major",
  "false-claim": "major",
  "wrong-closing": "major",
  "no-closing": "major",
  marketing: "major",
  opening: "major",
  identity: "major",
  "missing-step": "major",
  repetition: "minor",
  order: "minor",
  "persona-break": "major",
  "end-without-cause": "major",
  "verbatim-persona": "minor",
  "negative-style": "minor",
  "assistant-voice": "major",
  "stage-direction": "major",
};

/** What each kind means (the label format's table): the judge's instructions and the docs. */
export const FAULT_MEANING: Readonly<Record<CheckId, string>> = {
  disclosure: "A customer-specific fact said to someone who denied being the customer or said they are a relative/colleague/assistant, or said before identity is confirmed where the script asks to confirm it.",
  "wrong-answer": "Contradicts the knowledge base, or answers with another entry than the one asked.",
  "deflected-answer": "'I don't know / we'll reply in writing' when the document holds the answer.",
  "ignored-question": "The customer asked or complained; no answer at all, the caller moves on.",
  "false-claim": "A summary, confirmation or closing states a choice, agreement, rating, time or contact the customer never gave.",
  "wrong-closing": "A closing that belongs to another end condition than what happened.",
  "no-closing": "The caller ends (or the call ends on the caller's side) without any closing or goodbye.",
  repetition: "The same content said 3+ times.",
  marketing: "A sales push against a no-sales rule of the document (in any wording).",
  "sensitive-info": "Asks for information the document forbids asking (passwords, full card numbers, verification codes).",
  "invented-figure": "States a figure (amount, date, time, count, percentage) that is in neither the document nor the customer's words.",
  opening: "Opening missing or wrong (no self-introduction where the script gives one).",
  identity: "Does not confirm who answered where the script asks to (and nothing was disclosed).",
  "missing-step": "A script step that should have been delivered in this call was not.",
  order: "Steps in the wrong order against the script.",
  "persona-break": "The customer contradicts who they are (name, situation, relation; a relative claiming to be the customer).",
  "end-without-cause": "The customer ends for a cause that never appeared in the call.",
  "verbatim-persona": "The customer's lines copied verbatim from the persona text.",
  "negative-style": "The customer says something of the 'style to avoid' list.",
  "assistant-voice": "The customer speaks like an AI assistant.",
  "stage-direction": "The customer reads a bracketed stage direction or background prose aloud.",
};

export interface Fault {
  /** 0-based turn, or null for a fault of the whole call (a step never delivered). */
  turn: number | null;
  message: string;
}

export function faultCheck(id: CallerFaultKind | SimulatorFaultKind, faults: readonly Fault[], passMessage: string, details?: Record<string, unknown>): Check {
  // Most checks pass: a passed check builds no turn list, and `details` is set rather than spread (same key order).
  const turns = faults.length === 0 ? [] : turnList(faults.flatMap((f) => (f.turn === null ? [] : [f.turn])));
  const check: Check = {
    id,
    passed: faults.length === 0,
    severity: SEVERITY[id],
    message: faults.length === 0 ? passMessage : faults.map((f) => (f.turn === null ? f.message : `turn ${f.turn}: ${f.message}`)).join("; "),
    turns,
  };
  if (details !== undefined) check.details = details;
  return check;
}

/** A check that does not apply to this call or scenario: passed, weighs nothing. */
export function notApplicable(id: CallerFaultKind | SimulatorFaultKind, message: string): Check {
  return { id, passed: true, severity: "info", message, turns: [], details: { applicable: false } };
}
