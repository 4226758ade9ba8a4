// Plugs model seats into the seat factory (`createSeat(..., { llm })`): one runtime, one port per seat.
import type { ModelRuntime } from "../../models/model-runtime.js";
import type { Speaker } from "../../schema/index.js";
import type { LlmSeatFactory } from "../create-seat.js";
import { forRole, type Seat } from "../seat.js";
import { createLlmCallerSeat } from "./llm-caller-seat.js";
import { createLlmCustomerSeat } from "./llm-customer-seat.js";

export function llmSeatFactory(runtime: ModelRuntime, seed: number): LlmSeatFactory {
  return <R extends Speaker>(role: R): Seat<R> => {
    const port = runtime.portFor(role, seed);
    return forRole(role, { caller: () => createLlmCallerSeat(port), callee: () => createLlmCustomerSeat(port) });
  };
}
