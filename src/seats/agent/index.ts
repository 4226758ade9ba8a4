// Outside agents in a seat: in-process (agent(fn)), over HTTP (chat completions, webhook) or as a command.
export type { Agent, AgentContext, AgentEnd, AgentFn, AgentMessage, AgentReply, AgentReplyObject } from "./types.js";
export { agent, type AgentOptions } from "./agent.js";
export { seatOf } from "./agent-seat.js";
export { conversationFor } from "./conversation.js";
export { deliveryOf, DELIVERY } from "./delivery.js";
export { httpAgent, replyOfCompletion, END_TOOLS, type HttpAgentOptions } from "./http-agent.js";
export { webhookAgent, parseAgentReply, WebhookReply } from "./webhook-agent.js";
export { cmdAgent, type CmdAgentOptions } from "./cmd-agent.js";
export { postJson, retryableStatus, type TransportOptions } from "./post-json.js";
export { agentFromSpec, agentSpecKind, parseHeaders, AGENT_SPEC_KINDS, type AgentSpecKind, type AgentSpecOptions } from "./spec.js";
