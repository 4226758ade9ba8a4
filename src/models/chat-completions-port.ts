// The non-streaming request path to an OpenAI-compatible endpoint, straight over node:http: one JSON body out, one
// JSON body in. The AI SDK re-validates the whole history and rebuilds its objects on every request (about 1 ms of
// CPU each), which caps how many concurrent calls one process drives; streamed requests still go through it.
import http from "node:http";
import https from "node:https";
import { APICallError } from "@ai-sdk/provider";
import type { Clock } from "../util/clock.js";
import type { ModelPort, ModelReply, ModelRequest } from "./model-port.js";
import { timedAttempt } from "./timed-attempt.js";

const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: Infinity }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: Infinity }),
};

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
  /** Takes the streamed requests. */
  streaming: ModelPort;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

function post(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, { method: "POST", headers, agent: url.protocol === "https:" ? agents["https:"] : agents["http:"], signal }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("aborted", () => reject(Object.assign(new Error("terminated"), { code: "ECONNRESET" })));
      response.on("end", () => {
        if (!response.complete) return reject(Object.assign(new Error("terminated"), { code: "ECONNRESET" }));
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === "string") flat[name] = value;
        resolve({ status: response.statusCode ?? 500, headers: flat, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

interface CompletionBody {
  choices?: { message?: { content?: unknown } }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
  error?: { message?: unknown };
}

function parseBody(text: string): CompletionBody | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as CompletionBody) : null;
  } catch {
    return null;
  }
}

export function createChatCompletionsPort(options: ChatCompletionsPortOptions): ModelPort {
  const url = new URL(`${options.baseUrl.replace(/\/+$/, "")}/chat/completions`);
  const headers: Record<string, string> = { "content-type": "application/json", ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }) };
  return {
    label: options.label,
    async complete(request: ModelRequest): Promise<ModelReply> {
      if (request.stream === true) return options.streaming.complete(request);
      const schema = request.schema;
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
      };
      return timedAttempt(options.timeoutMs, options.clock, request.signal, async (signal) => {
        const response = await post(url, headers, JSON.stringify(values), signal);
        const body = parseBody(response.text);
        const fail = (message: string): APICallError =>
          new APICallError({ message, url: url.href, requestBodyValues: values, statusCode: response.status, responseHeaders: response.headers, responseBody: response.text });
        if (response.status < 200 || response.status >= 300) {
          throw fail(typeof body?.error?.message === "string" ? body.error.message : `HTTP ${response.status}`);
        }
        const content = body?.choices?.[0]?.message?.content;
        if (body === null || typeof content !== "string") throw fail("Invalid JSON response");
        const usage = body.usage;
        return {
          text: content,
          inputTokens: typeof usage?.prompt_tokens === "number" ? usage.prompt_tokens : 0,
          outputTokens: typeof usage?.completion_tokens === "number" ? usage.completion_tokens : 0,
        };
      });
    },
  };
}
