// Requests to an OpenAI-compatible endpoint go over plain HTTP with the body the SDK would send, streamed or not;
// errors keep their status, body message and retry-after for the retry loop; a broken or cut stream is retried.
import { describe, expect, it } from "vitest";
import { APICallError } from "@ai-sdk/provider";
import { createChatCompletionsPort } from "../src/models/chat-completions-port.js";
import { classifyModelError } from "../src/models/retryable.js";
import type { ModelPort } from "../src/models/model-port.js";
import { systemClock } from "../src/util/clock.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();
const schema = { name: "turn", jsonSchema: { type: "object", properties: { a: { type: "number" } }, required: ["a"], additionalProperties: false } };

function port(structuredOutputs: boolean): ModelPort {
  return createChatCompletionsPort({ label: "compatible:m", baseUrl: `${fake.server.baseUrl}/`, model: "m", apiKey: "k-1", structuredOutputs, timeoutMs: 2_000, clock: systemClock });
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

  it("calls a 200 with a broken body a malformed response", async () => {
    fake.server.script("m", { kind: "malformed" });
    const error: unknown = await port(true).complete({ messages: [{ role: "user", content: "hi" }] }).catch((caught: unknown) => caught);
    expect(classifyModelError(error)).toEqual({ retryable: true, reason: "malformed response: Invalid JSON response" });
  });

  it("streams: asks for usage, hands each piece on as it comes, and returns the whole text with its tokens", async () => {
    const content = "Hello there, this reply comes in several pieces. 你好，分几段来。";
    fake.server.script("m", { kind: "content", content });
    const pieces: string[] = [];
    const reply = await port(true).complete({ messages: [{ role: "user", content: "go" }], stream: true, seed: 3, onTextDelta: (delta) => pieces.push(delta) });
    expect(reply.text).toBe(content);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(content);
    expect(reply.inputTokens).toBeGreaterThan(0);
    expect(reply.outputTokens).toBeGreaterThan(0);
    expect(fake.server.requestsFor("m")[0]?.body).toEqual({ model: "m", messages: [{ role: "user", content: "go" }], seed: 3, stream: true, stream_options: { include_usage: true } });
  });

  it("calls a broken event a malformed response and a stream cut halfway a cut, both retried", async () => {
    fake.server.script("m", { kind: "malformed" }, { kind: "cut", content: "A line long enough to come in several pieces before the cut." });
    const malformed: unknown = await port(true).complete({ messages: [{ role: "user", content: "go" }], stream: true }).catch((caught: unknown) => caught);
    expect(classifyModelError(malformed)).toEqual({ retryable: true, reason: "malformed response: Invalid JSON response" });
    const shown: string[] = [];
    const cut: unknown = await port(true).complete({ messages: [{ role: "user", content: "go" }], stream: true, onTextDelta: (delta) => shown.push(delta) }).catch((caught: unknown) => caught);
    expect(classifyModelError(cut)).toEqual({ retryable: true, reason: "stream cut" });
    expect(shown.join("")).not.toBe("");
  });

  it("turns an HTTP error on a streamed request into the same APICallError", async () => {
    fake.server.script("m", { kind: "status", status: 503 });
    const error: unknown = await port(true).complete({ messages: [{ role: "user", content: "go" }], stream: true }).catch((caught: unknown) => caught);
    expect(classifyModelError(error)).toEqual({ retryable: true, reason: "HTTP 503 fake status 503" });
  });
});
