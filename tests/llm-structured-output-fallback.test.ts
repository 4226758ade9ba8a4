import { describe, expect, it } from "vitest";
import { parseTolerantJson } from "../src/models/tolerant-json.js";
import { correctionMessage } from "../src/models/structured.js";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();

const OPENING = callerReply({ utterance: "Hi, is this Sam Taylor?", step: 1 });
const BYE = customerReply("No thanks, bye.", { condition: 1, reason: "not renewing", hangUp: true });

describe("tolerant JSON", () => {
  it("reads fenced, chatty and slightly broken JSON, and refuses prose", () => {
    expect(parseTolerantJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 }, repaired: false });
    expect(parseTolerantJson('```json\n{"a": 1}\n```')).toEqual({ ok: true, value: { a: 1 }, repaired: true });
    expect(parseTolerantJson('Sure! Here it is: {"a": [1, 2,], b: None,}')).toEqual({ ok: true, value: { a: [1, 2], b: null }, repaired: true });
    expect(parseTolerantJson('<think>Maybe {"a": 2}? No.</think>\n{"a": 3}')).toEqual({ ok: true, value: { a: 3 }, repaired: true });
    expect(parseTolerantJson("Hello, this is Sam.")).toEqual({ ok: false, error: "no JSON object in the reply" });
  });
});

describe("structured output fallback when the provider ignores the JSON schema", () => {
  it("repairs a fenced reply without another request and notes it", async () => {
    fake.server.script(CALLER_MODEL, { kind: "content", content: `Here you go:\n\`\`\`json\n${OPENING}\n\`\`\`` });
    fake.server.script(CUSTOMER_MODEL, { kind: "content", content: BYE });
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.turns.map((t) => t.text)).toEqual(["Hi, is this Sam Taylor?", "No thanks, bye."]);
    expect(record.turns[0]?.step).toBe(1);
    expect(fake.server.requestsFor(CALLER_MODEL)).toHaveLength(1);
    expect(record.outcome.guard).toEqual([{ turn: 0, seat: "caller", kind: "schema-repaired", detail: "reply was not bare JSON; extracted and repaired" }]);
  });

  it("sends one corrective retry when the reply is not JSON, then continues", async () => {
    fake.server.script(CALLER_MODEL, { kind: "content", content: "Hi, is this Sam Taylor?" }, { kind: "content", content: OPENING });
    fake.server.script(CUSTOMER_MODEL, { kind: "content", content: '{"utterance": 42}' }, { kind: "content", content: BYE });
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.end).toEqual({ by: "callee", condition: 1, reason: "not renewing" });
    const retry = fake.server.requestsFor(CALLER_MODEL)[1]?.body.messages ?? [];
    expect(retry.at(-2)).toEqual({ role: "assistant", content: "Hi, is this Sam Taylor?" });
    expect(retry.at(-1)).toEqual({ role: "user", content: correctionMessage("no JSON object in the reply") });
    const customerRetry = fake.server.requestsFor(CUSTOMER_MODEL)[1]?.body.messages ?? [];
    expect(customerRetry.at(-1)?.content).toContain("utterance: Invalid input: expected string, received number");
    expect(record.outcome.guard.map((g) => [g.seat, g.kind])).toEqual([
      ["caller", "schema-repaired"],
      ["callee", "schema-repaired"],
    ]);
    expect(record.usage?.caller?.requests).toBe(2);
  });

  it("treats an empty utterance as invalid and corrects it", async () => {
    fake.server.script(CALLER_MODEL, { kind: "content", content: callerReply({ utterance: "  " }) }, { kind: "content", content: OPENING });
    fake.server.script(CUSTOMER_MODEL, { kind: "content", content: BYE });
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.turns[0]?.text).toBe("Hi, is this Sam Taylor?");
    expect(fake.server.requestsFor(CALLER_MODEL)[1]?.body.messages.at(-1)?.content).toBe(correctionMessage("utterance: utterance is empty"));
  });

  it("ends the call with end.by = error when the corrective retry is not JSON either", async () => {
    fake.server.script(CALLER_MODEL, { kind: "content", content: "Hello there." }, { kind: "content", content: "Hello again." });
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.end).toEqual({
      by: "error",
      condition: null,
      reason: "caller seat failed: model compatible:caller-model gave no valid JSON after a corrective retry: no JSON object in the reply",
    });
    expect(record.turns).toEqual([]);
  });
});
