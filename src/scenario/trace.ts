// The reader's decisions with their evidence and source lines, for `callsim parse --explain` and `callsim import`.

export interface Decision {
  /** The Scenario field or reading decision ("caller.steps", "callee side", "caller.organization"). */
  field: string;
  /** 1-based source lines the decision rests on. */
  lines: number[];
  /** Why, in one sentence. */
  evidence: string;
}
