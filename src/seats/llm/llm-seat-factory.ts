// Plugs model seats into the seat factory (`createSeat(..., { llm })`): one runtime, one port per seat.
import type { ModelRuntime } from "../../models/model-runtime.js";
import type { Speaker } from "../../schema/index.js";
import type { LlmSeatFactory } from "../create-seat.js";
import type { Seat } from "../seat.js";
import { createLlmCallerSeat } from "./llm-caller-seat.js";
import { createLlmCustomerSeat } from "./llm-customer-seat.js";

export function llmSeatFactory(runtime: ModelRuntime, seed: number): LlmSeatFactory {
  return (role: Speaker): Seat => {
    const port = runtime.portFor(role, seed);
    return role === "caller" ? createLlmCallerSeat(port) : createLlmCustomerSeat(port);
  };
}
