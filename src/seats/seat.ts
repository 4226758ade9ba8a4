// The seat port: given the scenario and the call so far, produce the next turn.
// Rule, human and LLM seats all implement it; the engine owns the state and applies the signals.
import type { FollowUpChannel, GuardEvent, Outcome, Scenario, SeatInfo, SeatUsage, Speaker, Turn } from "../schema/index.js";
import type { Random } from "../util/random.js";

/** Read-only view of the engine's state, handed to a seat each turn. */
export interface CallState {
  readonly turns: readonly Turn[];
  /** Next script step the engine expects (1-based), null when every step was delivered. */
  readonly nextStep: number | null;
  readonly stepsDelivered: readonly number[];
  /** Knowledge-base entries (0-based) already answered. */
  readonly kbAnswered: readonly number[];
  readonly outcome: Readonly<Outcome>;
  /** Simulated call time so far, in ms. */
  readonly elapsedMs: number;
  readonly maxTurns: number;
  /** Set when the other side asked to wrap up: this is the caller's last turn (say the closing). */
  readonly wrapUpRequested: boolean;
}

export interface SeatContext {
  readonly scenario: Scenario;
  readonly state: CallState;
  /** This seat's own seeded random stream. */
  readonly random: Random;
  readonly signal?: AbortSignal | undefined;
  /** Streaming seats report text as it is produced (the CLI prints it live). */
  readonly onTextDelta?: ((delta: string) => void) | undefined;
}

/** One structured thing a seat recorded this turn; the engine stamps turn indices and merges it into the Outcome. */
export type RecordPatch =
  | { kind: "identity"; confirmed: boolean }
  | { kind: "stepAnswer"; step: number; answer: string }
  | { kind: "question"; text: string; kb: number | null; answered: boolean }
  | { kind: "complaint"; text: string }
  | { kind: "suggestion"; text: string }
  | { kind: "followUp"; channel: FollowUpChannel; contact: string | null }
  | { kind: "guard"; event: Omit<GuardEvent, "turn" | "seat"> };

export interface EndSignal {
  /** 1-based index into this seat's side's endConditions, or null when none fits. */
  condition: number | null;
  reason: string;
  /**
   * true: the line is said and the line goes dead.
   * false (callee only): the callee wants to wrap up; the caller gets one last turn for its closing.
   */
  hangUp: boolean;
}

export interface SeatTurn {
  text: string;
  /** Script step this turn delivers (caller), or null. */
  step?: number | null;
  /** Knowledge-base entries (0-based) this turn used. */
  kb?: number[];
  /** What this seat recorded (caller seats record the customer's feedback). */
  record?: RecordPatch[];
  /** This turn ends the call under one of the seat's end conditions. */
  end?: EndSignal | null;
  /** Callee only: this turn cuts in on the caller's previous (long) turn. */
  interrupt?: boolean;
}

export interface Seat {
  readonly role: Speaker;
  readonly info: SeatInfo;
  next(context: SeatContext): Promise<SeatTurn>;
  /** Token and request accounting for model seats; null for others. */
  usage?(): SeatUsage | null;
  /** Release resources (terminals, connections). */
  close?(): Promise<void>;
}
