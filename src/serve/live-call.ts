// One call owned by the server: it runs the engine with seats built from the browser's choices, keeps every
// event so a reloaded page can replay it, feeds human seats from HTTP and hands the finished call on.
import type { Scenario, Speaker } from "../schema/index.js";
import type { CallerSeat, CalleeSeat, CallState } from "../seats/seat.js";
import { runCall } from "../call/index.js";
import { evaluateCall } from "../eval/index.js";
import type { Clock } from "../util/clock.js";
import { coachCall } from "./coaching.js";
import type { CallEvent, CallMeta, FinishedCall } from "./call-events.js";
import { httpLineSource, type HttpLineSource } from "./http-lines.js";
import { buildSeat } from "./seat-choice.js";
import { paced } from "./pacing.js";
import { withDifficulty, type Difficulty } from "./difficulty.js";

export interface LiveCallOptions {
  meta: CallMeta;
  scenario: Scenario;
  scenarioPath: string | null;
  difficulty: Difficulty | null;
  maxTurns: number;
  clock: Clock;
  now: () => Date;
  /** Persists the finished call before the browser hears it ended. */
  onFinished: (call: FinishedCall) => Promise<void>;
}

type Listener = (event: CallEvent) => void;

export class LiveCall {
  readonly events: CallEvent[] = [];
  private readonly listeners = new Set<Listener>();
  private readonly lines = new Map<Speaker, HttpLineSource>();
  private readonly abort = new AbortController();
  finished: FinishedCall | null = null;
  /** Settles once the call has ended and been handed on (saved), whatever happened. */
  done: Promise<void> = Promise.resolve();

  private constructor(readonly id: string) {}

  /** A call already over (from disk): its events replay at once. */
  static replay(call: FinishedCall): LiveCall {
    const live = new LiveCall(call.meta.id);
    live.events.push({ type: "meta", meta: call.meta }, ...call.record.turns.map((turn) => ({ type: "turn" as const, turn })), { type: "end", call });
    live.finished = call;
    return live;
  }

  /** Builds the seats (a bad choice throws before anything runs) and starts the call in the background. */
  static start(options: LiveCallOptions): LiveCall {
    const live = new LiveCall(options.meta.id);
    const { meta } = options;
    const source = (role: Speaker): HttpLineSource => {
      const lines = httpLineSource((waiting) => live.emit({ type: "waiting", role: waiting ? role : null }));
      live.lines.set(role, lines);
      return lines;
    };
    let caller: CallerSeat = buildSeat("caller", meta.seats.caller, { seed: meta.seed, lines: source("caller") });
    let callee: CalleeSeat = buildSeat("callee", meta.seats.callee, { seed: meta.seed, lines: source("callee") });
    if (options.difficulty !== null) callee = withDifficulty(callee, options.difficulty);
    const humans = new Set((["caller", "callee"] as const).filter((role) => meta.seats[role] === "human"));
    const pace = { clock: options.clock, speed: meta.speed, humans };
    caller = paced(caller, { ...pace, onContext: (context) => { if ("nextStep" in context.state) live.emitState(context.state); } });
    callee = paced(callee, pace);
    live.emit({ type: "meta", meta });
    live.done = live.run(options, caller, callee);
    return live;
  }

  private async run(options: LiveCallOptions, caller: CallerSeat, callee: CalleeSeat): Promise<void> {
    const { meta, scenario } = options;
    try {
      const record = await runCall({
        scenario,
        scenarioPath: options.scenarioPath,
        caller,
        callee,
        seed: meta.seed,
        maxTurns: options.maxTurns,
        signal: this.abort.signal,
        onTurn: (turn) => this.emit({ type: "turn", turn: { ...turn } }),
        onTextDelta: (speaker, text) => this.emit({ type: "delta", speaker, text }),
      });
      const scorecard = evaluateCall(scenario, record);
      const call: FinishedCall = { meta, record, scorecard, coaching: coachCall(scenario, record, scorecard), finishedAt: options.now().toISOString() };
      await options.onFinished(call);
      this.finished = call;
      this.emit({ type: "end", call });
    } catch (error) {
      this.emit({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      await caller.close?.();
      await callee.close?.();
    }
  }

  private emitState(state: CallState): void {
    this.emit({ type: "state", state: { nextStep: state.nextStep, stepsDelivered: [...state.stepsDelivered], kbAnswered: [...state.kbAnswered], outcome: structuredClone(state.outcome) } });
  }

  private emit(event: CallEvent): void {
    this.events.push(event);
    for (const listener of this.listeners) listener(event);
  }

  /** Every event so far, then each new one; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    for (const event of this.events) listener(event);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True when `role` is a person's seat in this call. */
  hasHuman(role: Speaker): boolean {
    return this.finished === null && this.lines.has(role) && this.events.some((e) => e.type === "meta" && e.meta.seats[role] === "human");
  }

  say(role: Speaker, text: string): void {
    this.lines.get(role)?.push(text);
  }

  hangUp(role: Speaker): void {
    this.lines.get(role)?.hangUp();
  }

  stop(reason = "stopped from the console"): void {
    this.abort.abort(new Error(reason));
    for (const lines of this.lines.values()) lines.hangUp();
  }
}
