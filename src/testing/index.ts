// callsim/testing: test your own agent from vitest or jest. simulate() calls, scripts with checkpoints,
// expectCall() assertions, agent adapters, scripted seats and a fake model. tests/testing-exports.test.ts guards it.
export { simulate, type SimulateOptions, type SimulatedCall, type Simulation } from "./simulate.js";
export { customer, agentTurn, check, proceed, type ScriptStep, type Checkpoint, type CallSoFar } from "./script.js";
export { expectCall, CallAssertionError, type CallAssertion, type CheckAssertion } from "./expect-call.js";
export { CHECK_IDS, type CheckId } from "./check-ids.js";
export { scorecardPassed } from "./verdict.js";
export { scripted, type ScriptedAgent } from "./scripted.js";
export { fakeModel, type FakeModel, type FakeModelReply } from "./fake-model.js";
export type { CheckpointResult } from "./script-driver.js";
export type { SeatInput } from "./seat-input.js";
export { agent, seatOf, httpAgent, webhookAgent, cmdAgent } from "../seats/agent/index.js";
export type { Agent, AgentContext, AgentEnd, AgentFn, AgentMessage, AgentReply, AgentReplyObject, AgentOptions, HttpAgentOptions, CmdAgentOptions, TransportOptions } from "../seats/agent/index.js";
export type { ModelPort, ModelRequest, ModelReply, ChatMessage } from "../models/model-port.js";
export type { Seat, CallerSeat, CalleeSeat, SeatContext, SeatTurn, CallState, CalleeState, CallerView, CalleeView, HeardTurn, EndSignal, RecordPatch } from "../seats/seat.js";
export { createLlmCallerSeat, createLlmCustomerSeat } from "../seats/llm/index.js";
