// Plays a call at its simulated timing: a machine seat speaks only once the previous turn has been "said"
// (its simulated speaking time, divided by the chosen speed). A person is never kept waiting: their seat is
// not delayed, and a reply to a person's line comes at once (they "spoke" while typing).
import type { Speaker } from "../schema/index.js";
import type { Seat, SeatContext, SeatTurn } from "../seats/seat.js";
import type { Clock } from "../util/clock.js";

/** Simulated ms per wall ms; 0 plays as fast as the seats answer. */
export type Speed = number;

export interface PaceOptions {
  clock: Clock;
  speed: Speed;
  /** The seats a person holds. */
  humans: ReadonlySet<Speaker>;
  /** Sees each context handed to the seat (the live view reads the caller's state from it). */
  onContext?: (context: SeatContext) => void;
}

export function paced<R extends Speaker>(seat: Seat<R>, options: PaceOptions): Seat<R> {
  const wait = seat.info.kind !== "human" && options.speed > 0;
  return {
    role: seat.role,
    info: seat.info,
    usage: seat.usage?.bind(seat),
    close: seat.close?.bind(seat),
    async next(context: SeatContext<R>): Promise<SeatTurn> {
      options.onContext?.(context as SeatContext);
      const last = context.state.turns.at(-1);
      if (wait && last !== undefined && !options.humans.has(last.speaker)) await options.clock.sleep((last.endMs - last.startMs) / options.speed, context.signal);
      return seat.next(context);
    },
  };
}
