// The real model port: one attempt through the AI SDK (no SDK retries: our retry loop counts them).
// The SDK is imported on the first request, so importing callsim or playing rule seats never loads it.
import type { LanguageModel } from "ai";
import type { ModelPort, ModelReply, ModelRequest } from "./model-port.js";
import type { ResolvedModel } from "./providers.js";
import { timedAttempt } from "./timed-attempt.js";
import type { Clock } from "../util/clock.js";
import type * as SdkModule from "./ai-sdk-calls.js";

type Sdk = typeof SdkModule;
let sdk: Promise<Sdk> | null = null;
/** The AI SDK and its providers, loaded once, on first use. */
export function loadAiSdk(): Promise<Sdk> {
  return (sdk ??= import("./ai-sdk-calls.js"));
}

export async function languageModelFor(resolved: ResolvedModel): Promise<LanguageModel> {
  return (await loadAiSdk()).languageModelFor(resolved);
}

export interface AiSdkPortOptions {
  label: string;
  /** The model, or its promise while the SDK loads. */
  model: LanguageModel | Promise<LanguageModel>;
  /** Time limit of one attempt. */
  timeoutMs: number;
  clock: Clock;
}

export function createAiSdkPort(options: AiSdkPortOptions): ModelPort {
  return {
    label: options.label,
    async complete(request: ModelRequest): Promise<ModelReply> {
      const { generateOnce, streamOnce, objectOutput } = await loadAiSdk();
      const model = await options.model;
      const output = objectOutput(request.schema);
      // The leading system message goes in `system` (the SDK warns about system messages mixed into `messages`).
      const [head, ...rest] = request.messages;
      return timedAttempt(options.timeoutMs, options.clock, request.signal, async (signal) => {
        const base = { model, maxRetries: 0, abortSignal: signal, ...(request.seed === undefined ? {} : { seed: request.seed }) };
        const common = head?.role === "system" ? { ...base, system: head.content, messages: rest } : { ...base, messages: [...request.messages] };
        const { text, usage } = request.stream === true ? await streamOnce(common, output, request.onTextDelta) : await generateOnce(common, output);
        return { text, inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 };
      });
    },
  };
}
