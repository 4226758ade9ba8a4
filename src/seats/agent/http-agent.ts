// `http:URL`: the user's agent as an OpenAI-compatible chat-completions endpoint. It is sent only the
// conversation; a tool call named `end_call` (or `hang_up`) in its answer ends the call after that line.
import { z } from "zod";
import type { ToolCall } from "../../schema/index.js";
import { postJson, type TransportOptions } from "./post-json.js";
import type { Agent, AgentReplyObject } from "./types.js";

/** Tool names an agent calls to end the call (common in voice-agent frameworks). */
export const END_TOOLS: readonly string[] = ["end_call", "hang_up"];

const Completion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullable().optional(),
          tool_calls: z.array(z.object({ function: z.object({ name: z.string(), arguments: z.string().optional() }) })).optional(),
        }),
      }),
    )
    .min(1),
});

function parseArgs(text: string | undefined): unknown {
  if (text === undefined || text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function replyOfCompletion(body: unknown, url: string): AgentReplyObject {
  const parsed = Completion.safeParse(body);
  if (!parsed.success) throw new Error(`${url}: not a chat completion (expected choices[0].message)`);
  const message = parsed.data.choices[0]?.message;
  const toolCalls: ToolCall[] = (message?.tool_calls ?? []).map((call) => ({ name: call.function.name, args: parseArgs(call.function.arguments) }));
  const ending = toolCalls.find((call) => END_TOOLS.includes(call.name));
  const args = ending?.args;
  const reason = typeof args === "object" && args !== null && "reason" in args && typeof args.reason === "string" ? args.reason : undefined;
  return {
    text: message?.content ?? "",
    end: ending === undefined ? null : reason === undefined ? true : { reason },
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
  };
}

export interface HttpAgentOptions extends TransportOptions {
  /** `model` field of the request (default "agent"; most agent endpoints ignore it). */
  model?: string;
}

export function httpAgent(url: string, options: HttpAgentOptions = {}): Agent {
  return {
    kind: "http",
    name: url,
    async reply(messages, context) {
      const body = await postJson(url, { model: options.model ?? "agent", messages }, options, context.signal);
      return replyOfCompletion(body, url);
    },
  };
}
