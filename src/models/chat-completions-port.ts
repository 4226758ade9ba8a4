// The request path to an OpenAI-compatible endpoint, straight over node:http: one JSON body out, and one JSON body
// or a stream of server-sent events in. The AI SDK re-validates the whole history and rebuilds its objects on every
// request (about 1 ms of CPU each, more when streamed), which caps how many concurrent calls one process drives.
import { APICallError } from "@ai-sdk/provider";
import type { Clock } from "../util/clock.js";
import type { ModelPort, ModelReply, ModelRequest } from "./model-port.js";
import { timedAttempt, type AttemptResult } from "./timed-attempt.js";
import { post, type RawResponse } from "./chat-completions-http.js";

export interface ChatCompletionsPortOptions {
  label: string;
  /** Base URL of the endpoint, e.g. http://127.0.0.1:8000/v1. */
  baseUrl: string;
  model: string;
  apiKey: string | undefined;
  /** The endpoint honours response_format json_schema; otherwise json_object is asked for. */
  structuredOutputs: boolean;
  timeoutMs: number;
  clock: Clock;
}

interface Usage {
  prompt_tokens?: unknown;
  completion_tokens?: unknown;
}

interface CompletionBody {
  choices?: { message?: { content?: unknown } }[];
  usage?: Usage;
  error?: { message?: unknown };
}

/** One event of a streamed reply: a piece of the text, or (last, with include_usage) the token counts. */
interface ChunkBody {
  choices?: { delta?: { content?: unknown } }[];
  usage?: Usage | null;
  error?: { message?: unknown };
}

function parseBody<T>(text: string): T | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as T) : null;
  } catch {
    return null;
  }
}

const tokens = (value: unknown): number => (typeof value === "number" ? value : 0);

export function createChatCompletionsPort(options: ChatCompletionsPortOptions): ModelPort {
  const url = new URL(`${options.baseUrl.replace(/\/+$/, "")}/chat/completions`);
  const headers: Record<string, string> = { "content-type": "application/json", ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }) };
  return {
    label: options.label,
    async complete(request: ModelRequest): Promise<ModelReply> {
      const schema = request.schema;
      const streamed = request.stream === true;
      const values = {
        model: options.model,
        messages: request.messages,
        ...(request.seed === undefined ? {} : { seed: request.seed }),
        ...(schema === undefined
          ? {}
          : {
              response_format: options.structuredOutputs
                ? { type: "json_schema", json_schema: { name: schema.name, schema: schema.jsonSchema, strict: true } }
                : { type: "json_object" },
            }),
        ...(streamed ? { stream: true, stream_options: { include_usage: true } } : {}),
      };
      return timedAttempt(options.timeoutMs, options.clock, request.signal, async (signal): Promise<AttemptResult> => {
        const fail = (message: string, response: RawResponse | null, cause?: unknown): APICallError =>
          new APICallError({ message, url: url.href, requestBodyValues: values, statusCode: response?.status ?? 200, responseHeaders: response?.headers, responseBody: response?.text, cause });
        const reply = { text: "", inputTokens: 0, outputTokens: 0 };
        // Each event's text goes on at once (the caller's words are shown as they come); a broken event is a
        // malformed response, as a broken body is.
        const onEvent = (data: string): void => {
          const chunk = parseBody<ChunkBody>(data);
          if (chunk === null) throw fail("Invalid JSON response", null);
          if (chunk.error !== undefined) throw fail(typeof chunk.error.message === "string" ? chunk.error.message : "provider error in stream", null);
          const delta = chunk.choices?.[0]?.delta?.content;
          if (typeof delta === "string" && delta !== "") {
            reply.text += delta;
            request.onTextDelta?.(delta);
          }
          if (chunk.usage !== undefined && chunk.usage !== null) {
            reply.inputTokens = tokens(chunk.usage.prompt_tokens);
            reply.outputTokens = tokens(chunk.usage.completion_tokens);
          }
        };
        let response: RawResponse;
        try {
          response = await post(url, headers, JSON.stringify(values), signal, streamed ? onEvent : undefined);
        } catch (error) {
          // Cut after a 200 and its first events: a 2xx whose body broke off, as the SDK reports it.
          if (streamed && !signal.aborted && !APICallError.isInstance(error) && error instanceof Error && error.message === "terminated") throw fail("stream cut", null, error);
          throw error;
        }
        if (response.streamed) return reply;
        const body = parseBody<CompletionBody>(response.text);
        if (response.status < 200 || response.status >= 300) {
          throw fail(typeof body?.error?.message === "string" ? body.error.message : `HTTP ${response.status}`, response);
        }
        const content = body?.choices?.[0]?.message?.content;
        if (body === null || typeof content !== "string") throw fail("Invalid JSON response", response);
        // A server that ignored `stream` answered in one body: the text still reaches the listener.
        if (streamed && content !== "") request.onTextDelta?.(content);
        return { text: content, inputTokens: tokens(body.usage?.prompt_tokens), outputTokens: tokens(body.usage?.completion_tokens) };
      });
    },
  };
}
