// `webhook:URL`: for agents that are not chat endpoints. POST { callId, turn, role, messages } → { text, end?, toolCalls? }
// (docs/agents.md). Same time limit and retries as the http adapter.
import { z } from "zod";
import { ToolCall } from "../../schema/index.js";
import { postJson, type TransportOptions } from "./post-json.js";
import type { Agent, AgentReplyObject } from "./types.js";

export const WebhookReply = z.object({
  text: z.string(),
  end: z.union([z.boolean(), z.object({ reason: z.string().optional() }), z.null()]).optional(),
  toolCalls: z.array(ToolCall).optional(),
});

export function parseAgentReply(value: unknown, where: string): AgentReplyObject {
  const parsed = WebhookReply.safeParse(value);
  if (!parsed.success) throw new Error(`${where}: expected { "text": string, "end"?: boolean | { "reason": string } }`);
  const { text, end, toolCalls } = parsed.data;
  return { text, end: end ?? null, ...(toolCalls === undefined ? {} : { toolCalls }) };
}

export function webhookAgent(url: string, options: TransportOptions = {}): Agent {
  return {
    kind: "webhook",
    name: url,
    async reply(messages, context) {
      const body = await postJson(url, { callId: context.callId, turn: context.turn, role: context.role, messages }, options, context.signal);
      return parseAgentReply(body, url);
    },
  };
}
