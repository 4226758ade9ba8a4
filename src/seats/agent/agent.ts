// `agent(fn)`: an agent written in TypeScript, in-process. fn(messages, context) → a string or { text, end?, toolCalls? }.
import type { Agent, AgentFn } from "./types.js";

export interface AgentOptions {
  /** Shown in records and reports (default "agent"). */
  name?: string;
  /** Seat kind recorded for it (default "agent"); lower-case letters, digits and dashes. */
  kind?: string;
}

export function agent(fn: AgentFn, options: AgentOptions = {}): Agent {
  return {
    kind: options.kind ?? "agent",
    name: options.name ?? (fn.name === "" ? "agent" : fn.name),
    reply: async (messages, context) => fn(messages, context),
  };
}
