// The outside-agent contract: an agent under test gets only the conversation, never the scenario, and
// answers with its line (and maybe an end signal or the tools it called). Every adapter speaks this.
import type { Speaker, ToolCall } from "../../schema/index.js";

/** AI-SDK-style chat message: the other side's words are `user`, the agent's own earlier lines `assistant`. */
export interface AgentMessage {
  role: "user" | "assistant";
  content: string;
}

export interface AgentEnd {
  /** Why the agent ends the call (free text; the scorer infers which end condition it fits). */
  reason?: string;
}

/** An agent's turn: its line, optionally an end signal (no condition index needed) and the tools it called. */
export interface AgentReplyObject {
  text: string;
  /** true or { reason }: this line is the agent's last and the call ends after it. */
  end?: boolean | AgentEnd | null;
  toolCalls?: readonly ToolCall[];
}
export type AgentReply = string | AgentReplyObject;

/** What an agent may know besides the conversation: which call, which turn, which side it plays. */
export interface AgentContext {
  readonly callId: string;
  /** 0-based index the agent's line will have in the call. */
  readonly turn: number;
  readonly role: Speaker;
  readonly signal?: AbortSignal | undefined;
}

export type AgentFn = (messages: readonly AgentMessage[], context: AgentContext) => AgentReply | Promise<AgentReply>;

/** The adapter port: two members to answer, an optional close for resources (processes, sockets). */
export interface Agent {
  /** Seat kind recorded for it ("agent", "http", "webhook", "cmd", or your own). */
  readonly kind: string;
  /** Which agent of that kind (shown in records and reports). */
  readonly name: string;
  reply(messages: readonly AgentMessage[], context: AgentContext): Promise<AgentReply>;
  close?(): Promise<void>;
}
