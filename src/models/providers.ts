// `--model PROVIDER:MODEL` → a provider entry: which AI SDK provider, base URL and API key variable it uses.
import { userError } from "../errors.js";

export const PROVIDER_NAMES = ["openai", "deepseek", "qwen", "glm", "moonshot", "ollama", "vllm", "compatible"] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export interface ProviderEntry {
  /** Which AI SDK package builds the model. */
  sdk: "openai" | "deepseek" | "openai-compatible";
  /** Default base URL (null: the SDK's own default). */
  baseUrl: string | null;
  /** Environment variable holding the key; null when the provider needs none. */
  apiKeyEnv: string | null;
  /** A missing key is a user error (hosted services); local servers run without one. */
  keyRequired: boolean;
  /** The endpoint honours response_format json_schema. */
  structuredOutputs: boolean;
}

export const PROVIDERS: Readonly<Record<ProviderName, ProviderEntry>> = {
  openai: { sdk: "openai", baseUrl: null, apiKeyEnv: "OPENAI_API_KEY", keyRequired: true, structuredOutputs: true },
  deepseek: { sdk: "deepseek", baseUrl: null, apiKeyEnv: "DEEPSEEK_API_KEY", keyRequired: true, structuredOutputs: false },
  qwen: {
    sdk: "openai-compatible",
    baseUrl: "https://dashscope.aliyuncs.com/compatible-mode/v1",
    apiKeyEnv: "DASHSCOPE_API_KEY",
    keyRequired: true,
    // DashScope's compatible mode documents json_object everywhere, json_schema only for some models.
    structuredOutputs: false,
  },
  // Zhipu GLM and Moonshot (Kimi) speak the OpenAI chat API; both document json_object, not json_schema.
  glm: { sdk: "openai-compatible", baseUrl: "https://open.bigmodel.cn/api/paas/v4", apiKeyEnv: "ZHIPUAI_API_KEY", keyRequired: true, structuredOutputs: false },
  moonshot: { sdk: "openai-compatible", baseUrl: "https://api.moonshot.cn/v1", apiKeyEnv: "MOONSHOT_API_KEY", keyRequired: true, structuredOutputs: false },
  ollama: { sdk: "openai-compatible", baseUrl: "http://127.0.0.1:11434/v1", apiKeyEnv: null, keyRequired: false, structuredOutputs: true },
  vllm: { sdk: "openai-compatible", baseUrl: "http://127.0.0.1:8000/v1", apiKeyEnv: "VLLM_API_KEY", keyRequired: false, structuredOutputs: true },
  compatible: { sdk: "openai-compatible", baseUrl: null, apiKeyEnv: "CALLSIM_API_KEY", keyRequired: false, structuredOutputs: true },
};

export interface ModelSpec {
  provider: ProviderName;
  model: string;
  /** "provider:model" as written. */
  label: string;
}

export interface ResolvedModel extends ModelSpec {
  entry: ProviderEntry;
  baseUrl: string | null;
  apiKey: string | undefined;
}

function isProviderName(name: string): name is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(name);
}

export function parseModelSpec(text: string): ModelSpec {
  const colon = text.indexOf(":");
  const provider = colon < 0 ? "" : text.slice(0, colon).trim().toLowerCase();
  const model = colon < 0 ? "" : text.slice(colon + 1).trim();
  if (!isProviderName(provider) || model === "") {
    throw userError(
      "bad-model",
      `--model expects PROVIDER:MODEL with PROVIDER one of ${PROVIDER_NAMES.join(", ")} (got "${text}")`,
    );
  }
  return { provider, model, label: `${provider}:${model}` };
}

/** Resolve base URL and key; env is passed in (not read from process.env here) so tests stay hermetic. */
export function resolveModel(spec: ModelSpec, env: Readonly<Record<string, string | undefined>>, baseUrl?: string): ResolvedModel {
  const entry = PROVIDERS[spec.provider];
  const url = baseUrl ?? entry.baseUrl;
  if (spec.provider === "compatible" && url === null) {
    throw userError("bad-model", `provider "compatible" needs --base-url (an OpenAI-compatible endpoint, e.g. http://host/v1)`);
  }
  if (url !== null && !/^https?:\/\//.test(url)) {
    throw userError("bad-base-url", `--base-url must start with http:// or https:// (got "${url}")`);
  }
  const key = entry.apiKeyEnv === null ? undefined : env[entry.apiKeyEnv];
  if (entry.keyRequired && (key === undefined || key === "")) {
    throw userError("missing-api-key", `model ${spec.label} needs the environment variable ${entry.apiKeyEnv ?? ""}`);
  }
  return { ...spec, entry, baseUrl: url, apiKey: key === "" ? undefined : key };
}
