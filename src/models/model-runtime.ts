// Builds each model seat's port from the options: provider → limiter → retries → recording, or a replay.
import type { Speaker } from "../schema/index.js";
import { userError } from "../errors.js";
import { DEFAULTS } from "../defaults.js";
import { createRandom } from "../util/random.js";
import { systemClock, type Clock } from "../util/clock.js";
import { createAiSdkPort, languageModelFor } from "./ai-sdk-port.js";
import { createChatCompletionsPort } from "./chat-completions-port.js";
import { ExchangeRecorder, replayPortsFrom, withRecording, type ReplayPort } from "./exchange-log.js";
import { ProviderLimits } from "./limiter.js";
import type { ModelPort } from "./model-port.js";
import { parseModelSpec, resolveModel, type ResolvedModel } from "./providers.js";
import type { LanguageModel } from "ai";
import { DEFAULT_RETRY_POLICY, withRetries } from "./retry.js";
import { rateLimitsFor } from "./rate-presets.js";

export interface ModelSettings {
  /** PROVIDER:MODEL for both seats. */
  model?: string | undefined;
  callerModel?: string | undefined;
  calleeModel?: string | undefined;
  baseUrl?: string | undefined;
  recordFile?: string | undefined;
  replayFile?: string | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  concurrencyPerProvider?: number | undefined;
  /** Per-provider quota over the provider's preset (0: no limit). */
  requestsPerMinute?: number | undefined;
  tokensPerMinute?: number | undefined;
}

export interface ModelRuntimeDeps {
  env?: Readonly<Record<string, string | undefined>>;
  clock?: Clock;
  /** Share one instance across calls (a batch) so the limit is per provider, not per call. */
  limits?: ProviderLimits;
}

export class ModelRuntime {
  private readonly env: Readonly<Record<string, string | undefined>>;
  private readonly clock: Clock;
  readonly limits: ProviderLimits;
  private recorder: ExchangeRecorder | null = null;
  private replay: { caller: ReplayPort; callee: ReplayPort } | null = null;
  /** Provider model objects are costly to build (schemas per instance): one per endpoint + model + key. */
  private readonly models = new Map<string, Promise<LanguageModel>>();

  constructor(
    readonly settings: ModelSettings,
    deps: ModelRuntimeDeps = {},
  ) {
    this.env = deps.env ?? process.env;
    this.clock = deps.clock ?? systemClock;
    this.limits = deps.limits ?? new ProviderLimits(settings.concurrencyPerProvider ?? DEFAULTS.modelConcurrencyPerProvider);
    if (settings.recordFile !== undefined && settings.replayFile !== undefined) {
      throw userError("bad-flags", "--record and --replay cannot be used together");
    }
  }

  /** The model label a seat would use, or null when none was given (and no replay). */
  modelFor(role: Speaker): string | null {
    const own = role === "caller" ? this.settings.callerModel : this.settings.calleeModel;
    return own ?? this.settings.model ?? null;
  }

  private languageModel(resolved: ResolvedModel): Promise<LanguageModel> {
    const key = JSON.stringify([resolved.provider, resolved.model, resolved.baseUrl, resolved.apiKey ?? null]);
    let model = this.models.get(key);
    if (model === undefined) {
      model = languageModelFor(resolved);
      this.models.set(key, model);
    }
    return model;
  }

  /** A ready port for one seat; `seed` only feeds the retry jitter. */
  portFor(role: Speaker, seed: number): ModelPort {
    if (this.settings.replayFile !== undefined) {
      this.replay ??= replayPortsFrom(this.settings.replayFile);
      return this.replay[role];
    }
    const text = this.modelFor(role);
    if (text === null) throw userError("missing-model", `the ${role} seat is "llm" but no model was given (--model or --${role}-model PROVIDER:MODEL)`);
    const resolved = resolveModel(parseModelSpec(text), this.env, this.settings.baseUrl);
    const timeoutMs = this.settings.timeoutMs ?? DEFAULTS.modelTimeoutMs;
    // OpenAI-compatible endpoints get their requests, streamed or not, over plain HTTP (a fraction of the SDK's CPU).
    const raw =
      resolved.entry.sdk === "openai-compatible" && resolved.baseUrl !== null
        ? createChatCompletionsPort({
            label: resolved.label,
            baseUrl: resolved.baseUrl,
            model: resolved.model,
            apiKey: resolved.apiKey,
            structuredOutputs: resolved.entry.structuredOutputs,
            timeoutMs,
            clock: this.clock,
          })
        : createAiSdkPort({ label: resolved.label, model: this.languageModel(resolved), timeoutMs, clock: this.clock });
    const jitter = createRandom(`${seed}:${role}:jitter`);
    const endpoint = `${resolved.provider}|${resolved.baseUrl ?? ""}`;
    const port = withRetries(
      raw,
      { ...DEFAULT_RETRY_POLICY, maxRetries: this.settings.maxRetries ?? DEFAULTS.modelMaxRetries },
      {
        clock: this.clock,
        random: () => jitter.next(),
        limiter: this.limits.for(endpoint),
        rate: this.limits.rateFor(endpoint, rateLimitsFor(resolved.provider, { requestsPerMinute: this.settings.requestsPerMinute, tokensPerMinute: this.settings.tokensPerMinute })),
      },
    );
    if (this.settings.recordFile === undefined) return port;
    this.recorder ??= new ExchangeRecorder(this.settings.recordFile);
    return withRecording(port, this.recorder, role);
  }
}
