// A test script for one simulated call: fixed customer lines, agent turns, simulated stretches and inline
// checkpoints, in the order they should happen (the caller speaks first, as on an outbound call).
import type { Outcome, Turn } from "../schema/index.js";
import type { Check } from "../schema/index.js";
import type { CheckId } from "./check-ids.js";

/** The call as a checkpoint sees it: every turn so far, the outcome recorded so far, its scorecard checks. */
export interface CallSoFar {
  readonly turns: readonly Turn[];
  readonly outcome: Readonly<Outcome>;
  /** The agent's (caller's) latest line, or "" before it spoke. */
  readonly lastAgentLine: string;
  /** One check of the scorecard of the call so far (the end check there means little before the call ended). */
  check(id: CheckId): Check;
}

export type Checkpoint = (call: CallSoFar) => void | boolean | Promise<void | boolean>;

export type ScriptStep =
  | { readonly kind: "customer"; readonly text: string; readonly hangUp: boolean }
  | { readonly kind: "agent" }
  | { readonly kind: "check"; readonly checkpoint: Checkpoint; readonly label: string }
  | { readonly kind: "proceed"; readonly turns: number };

/** The customer says exactly this line (hangUp: it is the customer's last and the line goes dead). */
export function customer(text: string, options: { hangUp?: boolean } = {}): ScriptStep {
  return { kind: "customer", text, hangUp: options.hangUp === true };
}

/** The agent under test takes its turn here. */
export function agentTurn(): ScriptStep {
  return { kind: "agent" };
}

/** A checkpoint on the call so far: throw (e.g. a failed expect) or return false to fail the call here. */
export function check(checkpoint: Checkpoint, label = "checkpoint"): ScriptStep {
  return { kind: "check", checkpoint, label };
}

/** Let the simulated customer and the agent go on for n turns (both sides counted), or to the end of the call. */
export function proceed(turns = Number.POSITIVE_INFINITY): ScriptStep {
  if (!(turns > 0)) throw new RangeError(`proceed(n) expects n > 0 (got ${turns})`);
  return { kind: "proceed", turns };
}
