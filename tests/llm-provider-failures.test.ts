import { describe, expect, it } from "vitest";
import { writeFileSync, readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CallRecord } from "../src/schema/index.js";
import { type FakeReply } from "./fakes/fake-openai-server.js";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();

const OPENING = callerReply({ utterance: "Hi, is this Sam Taylor?", step: 1 });
const HANG_UP = customerReply("Sorry, I'm cooking, bye.", { condition: 2, reason: "too busy", hangUp: true });

/** A two-turn call (a request timeout with room for a loaded machine) where `failures` come before the caller's (streamed) and the customer's (plain) answers. */
async function callWith(callerFailures: FakeReply[], customerFailures: FakeReply[]) {
  fake.server.script(CALLER_MODEL, ...callerFailures, { kind: "content", content: OPENING });
  fake.server.script(CUSTOMER_MODEL, ...customerFailures, { kind: "content", content: HANG_UP });
  return runLlmCall({ baseUrl: fake.server.baseUrl, settings: { timeoutMs: 1500, maxRetries: 2 } });
}

describe("provider failures are retried, counted, and the call completes", () => {
  it.each<[string, FakeReply]>([
    ["HTTP 429", { kind: "status", status: 429 }],
    ["HTTP 500", { kind: "status", status: 500 }],
    ["HTTP 408", { kind: "status", status: 408 }],
    ["a timeout", { kind: "timeout" }],
    ["a malformed JSON body", { kind: "malformed" }],
    ["a stream cut halfway", { kind: "cut", content: OPENING }],
  ])("recovers from %s on both seats", async (_name, failure) => {
    const { record, deltas } = await callWith([failure], [failure]);
    expect(record.end).toEqual({ by: "callee", condition: 2, reason: "too busy" });
    expect(record.turns.map((t) => t.text)).toEqual(["Hi, is this Sam Taylor?", "Sorry, I'm cooking, bye."]);
    expect(record.usage?.caller).toMatchObject({ requests: 1, retries: 1 });
    expect(record.usage?.callee).toMatchObject({ requests: 1, retries: 1 });
    expect(fake.server.requestsFor(CALLER_MODEL)).toHaveLength(2);
    expect(fake.server.requestsFor(CUSTOMER_MODEL)).toHaveLength(2);
    // A cut stream showed part of the line; the retry continues it without repeating.
    expect(deltas.caller).toBe("Hi, is this Sam Taylor?");
  });

  it("backs off with growing, jittered delays and honours Retry-After", async () => {
    const { clock, record } = await callWith(
      [{ kind: "status", status: 503 }, { kind: "status", status: 429, retryAfterSeconds: 2 }],
      [],
    );
    expect(record.usage?.caller?.retries).toBe(2);
    expect(clock.sleeps).toHaveLength(2);
    const [first, second] = clock.sleeps;
    expect(first).toBeGreaterThanOrEqual(250);
    expect(first).toBeLessThanOrEqual(500);
    expect(second).toBe(2000);
  });

  it("does not retry a 400 and ends the call with end.by = error", async () => {
    fake.server.script(CALLER_MODEL, { kind: "status", status: 400 });
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.end.by).toBe("error");
    expect(record.end.reason).toContain("HTTP 400");
    expect(fake.server.requestsFor(CALLER_MODEL)).toHaveLength(1);
    expect(record.usage?.caller).toMatchObject({ requests: 1, retries: 0 });
  });
});

describe("a seat that gets no answer after its retries ends the call with end.by = error", () => {
  it.each<[string, FakeReply, string]>([
    ["500", { kind: "status", status: 500 }, "HTTP 500"],
    ["timeout", { kind: "timeout" }, "timeout"],
    ["stream cut", { kind: "cut", content: OPENING }, "stream cut after 2 retries"],
    ["malformed", { kind: "malformed" }, "after 2 retries"],
  ])("%s three times: error end, usage counted, record valid and saved", async (_name, failure, reason) => {
    fake.server.script(CUSTOMER_MODEL, { kind: "content", content: customerReply("Hello?") });
    fake.server.script(CALLER_MODEL, { kind: "content", content: OPENING }, failure, failure, failure);
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl, settings: { timeoutMs: 1500, maxRetries: 2 } });
    expect(record.end.by).toBe("error");
    expect(record.end.condition).toBeNull();
    expect(record.end.reason).toContain("caller seat failed");
    expect(record.end.reason).toContain(reason);
    expect(record.turns.map((t) => t.text)).toEqual(["Hi, is this Sam Taylor?", "Hello?"]);
    expect(record.usage?.caller).toMatchObject({ requests: 2, retries: 2 });
    // The record the engine returns is complete and round-trips through the schema (the CLI writes it).
    const file = join(mkdtempSync(join(tmpdir(), "callsim-llm-")), "call.json");
    writeFileSync(file, JSON.stringify(record));
    expect(CallRecord.parse(JSON.parse(readFileSync(file, "utf8")))).toEqual(record);
  });
});
