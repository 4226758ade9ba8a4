// Each provider's published entry-tier quota, the default of --rpm / --tpm. Where the provider publishes none that
// holds for every model and account (limits per model, or none at all), the preset is empty: give the flags.
import type { ProviderName } from "./providers.js";
import type { RateLimits } from "./rate-limit.js";

export const RATE_PRESETS: Readonly<Record<ProviderName, RateLimits>> = {
  // OpenAI usage tier 1 for the small chat models (platform.openai.com/docs/guides/rate-limits).
  openai: { requestsPerMinute: 500, tokensPerMinute: 200_000 },
  // DeepSeek documents no fixed limit: it slows responses under load instead.
  deepseek: {},
  // DashScope and Zhipu set limits per model and account level.
  qwen: {},
  glm: {},
  // Moonshot tier 1 (platform.moonshot.ai/docs/pricing/limits): 200 RPM, 2,000,000 TPM.
  moonshot: { requestsPerMinute: 200, tokensPerMinute: 2_000_000 },
  // Local and self-described endpoints: no quota.
  ollama: {},
  vllm: {},
  compatible: {},
};

/** The preset of a provider with the flags laid over it (a flag of 0 lifts that limit). */
export function rateLimitsFor(provider: ProviderName, overrides: RateLimits): RateLimits {
  const preset = RATE_PRESETS[provider];
  const pick = (flag: number | undefined, fallback: number | undefined): number | undefined => (flag === undefined ? fallback : flag === 0 ? undefined : flag);
  return {
    requestsPerMinute: pick(overrides.requestsPerMinute, preset.requestsPerMinute),
    tokensPerMinute: pick(overrides.tokensPerMinute, preset.tokensPerMinute),
  };
}
