// LLM seats: the caller agent and the simulated customer on any model port.
export { createLlmCallerSeat } from "./llm-caller-seat.js";
export { createLlmCustomerSeat } from "./llm-customer-seat.js";
export { callerMessages, callerSystemPrompt, callerStateNote } from "./caller-prompt.js";
export { customerMessages, customerSystemPrompt } from "./customer-prompt.js";
export { CallerTurnReply, CalleeTurnReply } from "./turn-schemas.js";
export { llmSeatFactory } from "./llm-seat-factory.js";
