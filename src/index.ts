// callsim's public API: the path of a call, stage by stage. tests/public-api.test.ts fails when it drifts.
export * from "./schema/index.js";
export { CallsimError, userError, systemError, isUserError } from "./errors.js";
export { DEFAULTS } from "./defaults.js";
export { createRandom, type Random } from "./util/random.js";
export { systemClock, type Clock } from "./util/clock.js";

export { parseScenarioText, parseScenarioBytes, readScenarioFile } from "./scenario/index.js";
export type { Seat, CallerSeat, CalleeSeat, SeatContext, SeatTurn, CallState, CalleeState, CallerView, CalleeView, HeardTurn, StageDirections, RecordPatch, EndSignal } from "./seats/seat.js";
export { createSeat, SEAT_KINDS } from "./seats/create-seat.js";
export { agent, seatOf, httpAgent, webhookAgent, cmdAgent } from "./seats/agent/index.js";
export type { Agent, AgentContext, AgentFn, AgentMessage, AgentReply, AgentReplyObject } from "./seats/agent/index.js";
export type { ModelPort, ModelRequest, ModelReply, ChatMessage } from "./models/model-port.js";
export { runCall, type RunCallOptions } from "./call/index.js";
export { evaluateCall, loadCall } from "./eval/index.js";
export { startBatch } from "./batch/index.js";
export { writeReport } from "./report/index.js";
export { exportCalls } from "./export/index.js";
export { parseModelSpec, PROVIDER_NAMES, ModelRuntime } from "./models/index.js";
export { llmSeatFactory, createLlmCallerSeat, createLlmCustomerSeat } from "./seats/llm/index.js";
