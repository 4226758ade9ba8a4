// Non-streamed requests to an OpenAI-compatible endpoint go over plain HTTP with the body the SDK would send;
// errors keep their status, body message and retry-after for the retry loop; streamed requests still use the SDK.
import { describe, expect, it } from "vitest";
import { APICallError } from "@ai-sdk/provider";
import { createChatCompletionsPort } from "../src/models/chat-completions-port.js";
import { classifyModelError } from "../src/models/retryable.js";
import type { ModelPort } from "../src/models/model-port.js";
import { systemClock } from "../src/util/clock.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();
const schema = { name: "turn", jsonSchema: { type: "object", properties: { a: { type: "number" } }, required: ["a"], additionalProperties: false } };

function port(structuredOutputs: boolean, streamed: string[] = []): ModelPort {
  const streaming: ModelPort = {
    label: "sdk",
    complete: async (request) => {
      streamed.push(request.messages.at(-1)?.content ?? "");
      return { text: "streamed", inputTokens: 0, outputTokens: 0, retries: 0, latencyMs: 0 };
    },
  };
  return createChatCompletionsPort({ label: "compatible:m", baseUrl: `${fake.server.baseUrl}/`, model: "m", apiKey: "k-1", structuredOutputs, timeoutMs: 2_000, clock: systemClock, streaming });
}

describe("the plain HTTP request path", () => {
  it("sends the chat body with the schema, seed and key, and reads text and usage", async () => {
    fake.server.script("m", { kind: "content", content: '{"a":1}' }, { kind: "content", content: '{"a":2}' });
    const reply = await port(true).complete({ messages: [{ role: "system", content: "sys" }, { role: "user", content: "hi" }], schema, seed: 7 });
    expect(reply).toMatchObject({ text: '{"a":1}', retries: 0 });
    expect(reply.inputTokens).toBeGreaterThan(0);
    const first = fake.server.requestsFor("m")[0];
    expect(first?.body).toEqual({
      model: "m",
      messages: [{ role: "system", content: "sys" }, { role: "user", content: "hi" }],
      seed: 7,
      response_format: { type: "json_schema", json_schema: { name: "turn", schema: schema.jsonSchema, strict: true } },
    });
    expect(first?.authorization).toBe("Bearer k-1");
    await port(false).complete({ messages: [{ role: "user", content: "hi" }], schema });
    expect(fake.server.requestsFor("m")[1]?.body.response_format).toEqual({ type: "json_object" });
  });

  it("turns an HTTP error into an APICallError the retry loop classifies, with retry-after", async () => {
    fake.server.script("m", { kind: "status", status: 429, retryAfterSeconds: 3 });
    const error: unknown = await port(true).complete({ messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(classifyModelError(error)).toEqual({ retryable: true, reason: "HTTP 429 fake status 429" });
    expect(APICallError.isInstance(error) ? error.responseHeaders?.["retry-after"] : null).toBe("3");
  });

  it("calls a 200 with a broken body a malformed response, and leaves streamed requests to the SDK", async () => {
    fake.server.script("m", { kind: "malformed" });
    const error: unknown = await port(true).complete({ messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(classifyModelError(error)).toEqual({ retryable: true, reason: "malformed response: Invalid JSON response" });
    const streamed: string[] = [];
    expect((await port(true, streamed).complete({ messages: [{ role: "user", content: "go" }], stream: true })).text).toBe("streamed");
    expect(streamed).toEqual(["go"]);
  });
});
