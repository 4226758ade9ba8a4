import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APICallError } from "@ai-sdk/provider";
import { parseModelSpec, resolveModel } from "../src/models/providers.js";
import { classifyModelError, ModelTimeoutError } from "../src/models/retryable.js";
import { backoffDelayMs, DEFAULT_RETRY_POLICY } from "../src/models/retry.js";
import { Semaphore } from "../src/models/limiter.js";
import { isUserError } from "../src/errors.js";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";

function userErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
  return "no error";
}

describe("--model PROVIDER:MODEL", () => {
  it("resolves each provider's endpoint and key variable", () => {
    const env = { OPENAI_API_KEY: "o", DEEPSEEK_API_KEY: "d", DASHSCOPE_API_KEY: "q", ZHIPUAI_API_KEY: "z", MOONSHOT_API_KEY: "m", CALLSIM_API_KEY: "" };
    const pick = (text: string, baseUrl?: string) => {
      const r = resolveModel(parseModelSpec(text), env, baseUrl);
      return [r.entry.sdk, r.model, r.baseUrl, r.apiKey ?? null];
    };
    expect(pick("openai:gpt-4o-mini")).toEqual(["openai", "gpt-4o-mini", null, "o"]);
    expect(pick("deepseek:deepseek-chat")).toEqual(["deepseek", "deepseek-chat", null, "d"]);
    expect(pick("qwen:qwen-plus")).toEqual(["openai-compatible", "qwen-plus", "https://dashscope.aliyuncs.com/compatible-mode/v1", "q"]);
    expect(pick("glm:glm-4-plus")).toEqual(["openai-compatible", "glm-4-plus", "https://open.bigmodel.cn/api/paas/v4", "z"]);
    expect(pick("moonshot:moonshot-v1-8k")).toEqual(["openai-compatible", "moonshot-v1-8k", "https://api.moonshot.cn/v1", "m"]);
    expect(pick("ollama:qwen2.5:7b")).toEqual(["openai-compatible", "qwen2.5:7b", "http://127.0.0.1:11434/v1", null]);
    expect(pick("vllm:meta/llama")).toEqual(["openai-compatible", "meta/llama", "http://127.0.0.1:8000/v1", null]);
    expect(pick("compatible:my-model", "http://10.0.0.2:9000/v1")).toEqual(["openai-compatible", "my-model", "http://10.0.0.2:9000/v1", null]);
  });

  it("gives one clear user error for a bad spec, a missing key or a missing --base-url", () => {
    expect(userErrorOf(() => parseModelSpec("gpt-4o"))).toBe('--model expects PROVIDER:MODEL with PROVIDER one of openai, deepseek, qwen, glm, moonshot, ollama, vllm, compatible (got "gpt-4o")');
    expect(userErrorOf(() => resolveModel(parseModelSpec("deepseek:deepseek-chat"), {}))).toBe("model deepseek:deepseek-chat needs the environment variable DEEPSEEK_API_KEY");
    expect(userErrorOf(() => resolveModel(parseModelSpec("compatible:x"), {}))).toBe('provider "compatible" needs --base-url (an OpenAI-compatible endpoint, e.g. http://host/v1)');
    expect(userErrorOf(() => resolveModel(parseModelSpec("compatible:x"), {}, "localhost:1234"))).toBe('--base-url must start with http:// or https:// (got "localhost:1234")');
  });
});

describe("CALLSIM_API_KEY on a compatible endpoint", () => {
  let server: FakeOpenAIServer;
  beforeEach(async () => {
    server = await FakeOpenAIServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  it("is sent as a bearer token, and nothing is sent when it is empty", async () => {
    for (const key of ["sk-test-123", ""]) {
      server.script(CALLER_MODEL, { kind: "content", content: callerReply({ utterance: "Hi, is this Sam?", step: 1 }) });
      server.script(CUSTOMER_MODEL, { kind: "content", content: customerReply("Wrong number.", { condition: 2, reason: "wrong person", hangUp: true }) });
      await runLlmCall({ baseUrl: server.baseUrl, env: { CALLSIM_API_KEY: key } });
    }
    expect(server.requests.map((r) => r.authorization ?? null)).toEqual(["Bearer sk-test-123", "Bearer sk-test-123", null, null]);
  });
});

describe("retry classification and backoff", () => {
  const apiError = (statusCode: number | undefined) =>
    new APICallError({ message: "x", url: "http://h/v1/chat/completions", requestBodyValues: {}, statusCode });

  it("retries 408, 429, 5xx, timeouts and broken bodies, not other 4xx", () => {
    const retryable = [408, 429, 500, 502, 503].map((s) => classifyModelError(apiError(s)).retryable);
    expect(retryable).toEqual([true, true, true, true, true]);
    expect([400, 401, 403, 404, 422].map((s) => classifyModelError(apiError(s)).retryable)).toEqual([false, false, false, false, false]);
    expect(classifyModelError(new ModelTimeoutError(50))).toEqual({ retryable: true, reason: "timeout" });
    expect(classifyModelError(apiError(200)).retryable).toBe(true);
    expect(classifyModelError(new Error("boom")).retryable).toBe(false);
  });

  it("doubles the ceiling each attempt, jitters within its upper half, caps at the maximum", () => {
    const policy = DEFAULT_RETRY_POLICY;
    expect([0, 1, 2, 3, 6].map((a) => backoffDelayMs(policy, a, () => 0, null))).toEqual([250, 500, 1000, 2000, 4000]);
    expect([0, 1, 2, 3, 6].map((a) => backoffDelayMs(policy, a, () => 0.999999, null))).toEqual([500, 1000, 2000, 4000, 8000]);
    expect(backoffDelayMs(policy, 0, () => 0, 3000)).toBe(3000);
  });
});

describe("per-provider concurrency limit", () => {
  it("never lets more than the limit run at once and serves waiters in order", async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (i) => {
        const release = await semaphore.acquire();
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        release();
      }),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(semaphore.inFlight).toBe(0);
  });
});
