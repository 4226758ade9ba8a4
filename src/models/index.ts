// Model access for seats: providers, the port, retries, limits, structured output, record / replay.
export type { ChatMessage, ModelPort, ModelReply, ModelRequest, ResponseSchema } from "./model-port.js";
export { PROVIDERS, PROVIDER_NAMES, parseModelSpec, resolveModel, type ProviderName, type ModelSpec } from "./providers.js";
export { createAiSdkPort, languageModelFor } from "./ai-sdk-port.js";
export { classifyModelError, ModelTimeoutError } from "./retryable.js";
export { withRetries, ModelRequestFailed, DEFAULT_RETRY_POLICY, backoffDelayMs, type RetryPolicy } from "./retry.js";
export { Semaphore, ProviderLimits } from "./limiter.js";
export { ExchangeRecorder, ReplayPort, loadExchanges, replayPortsFrom, withRecording, type Exchange } from "./exchange-log.js";
export { requestObject, wireSchema } from "./structured.js";
export { parseTolerantJson } from "./tolerant-json.js";
export { UsageMeter } from "./usage-meter.js";
export { ModelRuntime, type ModelSettings } from "./model-runtime.js";
