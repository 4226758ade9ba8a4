// The real model port: one attempt through the AI SDK (no SDK retries: our retry loop counts them).
import { generateText, jsonSchema, NoObjectGeneratedError, Output, streamText, type LanguageModel } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { createDeepSeek } from "@ai-sdk/deepseek";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { ModelPort, ModelReply, ModelRequest } from "./model-port.js";
import type { ResolvedModel } from "./providers.js";
import { nodeFetch } from "./node-fetch.js";
import { ModelTimeoutError } from "./retryable.js";
import type { Clock } from "../util/clock.js";

export function languageModelFor(resolved: ResolvedModel): LanguageModel {
  const baseURL = resolved.baseUrl ?? undefined;
  switch (resolved.entry.sdk) {
    case "openai":
      // Chat Completions rather than Responses: it is what every compatible endpoint speaks.
      return createOpenAI({ apiKey: resolved.apiKey, baseURL, fetch: nodeFetch }).chat(resolved.model);
    case "deepseek":
      return createDeepSeek({ apiKey: resolved.apiKey, baseURL, fetch: nodeFetch })(resolved.model);
    case "openai-compatible":
      return createOpenAICompatible({
        name: resolved.provider,
        baseURL: baseURL ?? "",
        apiKey: resolved.apiKey,
        includeUsage: true,
        fetch: nodeFetch,
        supportsStructuredOutputs: resolved.entry.structuredOutputs,
      })(resolved.model);
  }
}

export interface AiSdkPortOptions {
  label: string;
  model: LanguageModel;
  /** Time limit of one attempt. */
  timeoutMs: number;
  clock: Clock;
}

interface Usage {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
}

export function createAiSdkPort(options: AiSdkPortOptions): ModelPort {
  return {
    label: options.label,
    async complete(request: ModelRequest): Promise<ModelReply> {
      const started = options.clock.nowMs();
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(new ModelTimeoutError(options.timeoutMs)), options.timeoutMs);
      const signal = request.signal === undefined ? timeout.signal : AbortSignal.any([request.signal, timeout.signal]);
      const output =
        request.schema === undefined
          ? undefined
          : Output.object({ schema: jsonSchema(request.schema.jsonSchema), name: request.schema.name });
      // The leading system message goes in `system` (the SDK warns about system messages mixed into `messages`).
      const [head, ...rest] = request.messages;
      const base = { model: options.model, maxRetries: 0, abortSignal: signal, ...(request.seed === undefined ? {} : { seed: request.seed }) };
      const common = head?.role === "system" ? { ...base, system: head.content, messages: rest } : { ...base, messages: [...request.messages] };
      try {
        const { text, usage } = request.stream === true ? await streamOnce(common, output, request.onTextDelta) : await generateOnce(common, output);
        return {
          text,
          inputTokens: usage.inputTokens ?? 0,
          outputTokens: usage.outputTokens ?? 0,
          retries: 0,
          latencyMs: Math.round(options.clock.nowMs() - started),
        };
      } catch (error) {
        if (timeout.signal.aborted && request.signal?.aborted !== true) throw new ModelTimeoutError(options.timeoutMs);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

type Common = {
  model: LanguageModel;
  system?: string;
  messages: ModelRequest["messages"][number][];
  maxRetries: number;
  abortSignal: AbortSignal;
  seed?: number;
};
type ObjectOutput = ReturnType<typeof Output.object> | undefined;

async function generateOnce(common: Common, output: ObjectOutput): Promise<{ text: string; usage: Usage }> {
  try {
    const result = await generateText({ ...common, ...(output === undefined ? {} : { output }) });
    return { text: result.text, usage: result.usage };
  } catch (error) {
    // The provider answered but not with parseable JSON: hand the text to the tolerant parser upstream.
    if (NoObjectGeneratedError.isInstance(error) && error.text !== undefined) {
      return { text: error.text, usage: error.usage ?? { inputTokens: undefined, outputTokens: undefined } };
    }
    throw error;
  }
}

async function streamOnce(
  common: Common,
  output: ObjectOutput,
  onTextDelta: ((delta: string) => void) | undefined,
): Promise<{ text: string; usage: Usage }> {
  const result = streamText({ ...common, ...(output === undefined ? {} : { output }), onError: () => {} });
  let text = "";
  for await (const part of result.fullStream) {
    if (part.type === "text-delta") {
      text += part.text;
      onTextDelta?.(part.text);
    } else if (part.type === "error") {
      throw part.error;
    } else if (part.type === "abort") {
      throw common.abortSignal.reason ?? new Error("aborted");
    }
  }
  return { text, usage: await result.usage };
}
