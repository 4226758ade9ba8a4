// The seat port: given this seat's own side of the scenario and the call so far, produce the next turn.
// Rule, human, LLM and outside-agent seats implement it; the engine owns the state and applies the signals.
import type { CalleeSide, CallerSide, FollowUpChannel, GuardEvent, Outcome, Scenario, SeatInfo, SeatUsage, Speaker, ToolCall, Turn } from "../schema/index.js";
import type { Random } from "../util/random.js";

/**
 * What the caller may know: its own side (script, knowledge base, endings), the document's figures and
 * the name of the person it calls. Never the customer's persona.
 */
export interface CallerView {
  readonly id: string;
  readonly title: string | null;
  readonly language: Scenario["language"];
  readonly caller: CallerSide;
  readonly facts: Scenario["facts"];
  /** The person called: their name only (it is in the caller's customer profile too). */
  readonly callee: Pick<CalleeSide, "name">;
}

/**
 * What the simulated customer may know: its persona and the language of the call. Never the caller's
 * script, knowledge base or figures; `stage` holds the author's directions for playing it.
 */
export interface CalleeView {
  readonly id: string;
  readonly language: Scenario["language"];
  readonly callee: CalleeSide;
  /** The customer's own verification data as the caller's record (profile, task, notes) states it: only the clauses
   *  naming an item of one of the pack's verification kinds (a birth date, last digits…), nothing else of that side. */
  readonly ownData: readonly string[];
  readonly stage: StageDirections;
}

/** Which variations of the customer the document anticipates (derived by the engine, not said by the caller). */
export interface StageDirections {
  /** The caller side has an ending for "the person who answered is not the customer": it may be played. */
  readonly wrongPerson: boolean;
}

/** A turn as the other side heard it: words and timing, none of the caller's script bookkeeping. */
export type HeardTurn = Pick<Turn, "index" | "speaker" | "text" | "startMs" | "endMs" | "interrupted">;

/** What the simulated customer sees of the call: the conversation so far. */
export interface CalleeState {
  readonly turns: readonly HeardTurn[];
  /** Simulated call time so far, in ms. */
  readonly elapsedMs: number;
  readonly maxTurns: number;
}

/** Read-only view of the engine's state, handed to the caller seat each turn. */
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

/** Each role's share of the scenario and of the call state. */
export type ViewOf<R extends Speaker> = R extends "caller" ? CallerView : CalleeView;
export type StateOf<R extends Speaker> = R extends "caller" ? CallState : CalleeState;

export interface SeatContext<R extends Speaker = Speaker> {
  /** This seat's own side of the scenario (the name stays `scenario` so seats read `scenario.caller` etc.). */
  readonly scenario: ViewOf<R>;
  readonly state: StateOf<R>;
  /** The call's id (deterministic from scenario, seed and seats), for agents that keep per-call state. */
  readonly callId?: string | undefined;
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
  /** Tools an outside agent reported calling for this turn (kept on the turn). */
  toolCalls?: ToolCall[];
}

export interface Seat<R extends Speaker = Speaker> {
  readonly role: R;
  readonly info: SeatInfo;
  next(context: SeatContext<R>): Promise<SeatTurn>;
  /** Token and request accounting for model seats; null for others. */
  usage?(): SeatUsage | null;
  /** Release resources (terminals, connections). */
  close?(): Promise<void>;
}

export type CallerSeat = Seat<"caller">;
export type CalleeSeat = Seat<"callee">;

/** The seat built for `role`: the one place where a role value meets the role type. */
export function forRole<R extends Speaker>(role: R, build: { readonly caller: () => CallerSeat; readonly callee: () => CalleeSeat }): Seat<R> {
  const seat: Seat = role === "caller" ? build.caller() : build.callee();
  return seat as Seat<R>;
}
