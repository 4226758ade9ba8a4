// The scorecard's check ids as a type, so `expectCall(r).check("grounding")` is checked by the compiler.
// (Moves to the scorecard's own typed id list once it exports one.)

export const CHECK_IDS = [
  "opening",
  "identity",
  "steps",
  "order",
  "kb",
  "grounding",
  "sensitive-info",
  "marketing",
  "end",
  "closing",
  "negative-style",
  "assistant-voice",
] as const;

/** A rule check id, or a model-judge aspect ("judge:concern"). */
export type CheckId = (typeof CHECK_IDS)[number] | `judge:${string}`;
