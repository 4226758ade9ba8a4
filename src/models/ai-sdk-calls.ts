// The AI SDK itself, behind a dynamic import (ai-sdk-port.ts): importing callsim or running rule seats
// never loads it. Provider construction and one generate/stream attempt.
import { generateText, jsonSchema, NoObjectGeneratedError, Output, streamText, type LanguageModel } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { createDeepSeek } from "@ai-sdk/deepseek";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { ModelRequest } from "./model-port.js";
import type { ResolvedModel } from "./providers.js";
import { nodeFetch } from "./node-fetch.js";

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

export interface Usage {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
}

export type Common = {
  model: LanguageModel;
  system?: string;
  messages: ModelRequest["messages"][number][];
  maxRetries: number;
  abortSignal: AbortSignal;
  seed?: number;
};
type ObjectOutput = ReturnType<typeof Output.object> | undefined;

export function objectOutput(schema: ModelRequest["schema"]): ObjectOutput {
  return schema === undefined ? undefined : Output.object({ schema: jsonSchema(schema.jsonSchema), name: schema.name });
}

export async function generateOnce(common: Common, output: ObjectOutput): Promise<{ text: string; usage: Usage }> {
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

export async function streamOnce(
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
