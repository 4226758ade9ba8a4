// What a test may put in a seat: a seat spec string ("rule", "http:…", "cmd:…"), an Agent (agent(fn),
// scripted([...])), or a function building a fresh Seat per call (seats keep per-call state).
import type { Speaker } from "../schema/index.js";
import type { Seat } from "../seats/seat.js";
import { createSeat, type CreateSeatOptions } from "../seats/create-seat.js";
import { seatOf } from "../seats/agent/agent-seat.js";
import type { Agent } from "../seats/agent/types.js";

export type SeatInput<R extends Speaker> = string | Agent | (() => Seat<R>);

function isAgent(value: unknown): value is Agent {
  return typeof value === "object" && value !== null && "reply" in value && "kind" in value;
}

export function seatFromInput<R extends Speaker>(role: R, input: SeatInput<R>, options: CreateSeatOptions = {}): Seat<R> {
  if (typeof input === "string") return createSeat(role, input, options);
  if (isAgent(input)) return seatOf(role, input);
  return input();
}
