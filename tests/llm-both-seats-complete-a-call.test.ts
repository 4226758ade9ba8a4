import { describe, expect, it } from "vitest";
import { CallRecord } from "../src/schema/index.js";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { estimateTokens } from "./fakes/token-estimate.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();

const CALLER_LINES = [
  "Hi, is this Sam Taylor? This is Dana from Northside Fitness.",
  "Great. Your plan is about to end, so I'm calling about renewing.",
  "A full year is $480. That's 20% under the monthly price.",
  "Yes, you can freeze it for up to 3 months a year. Shall I set up the renewal?",
  "Thanks for your time, Sam, have a great workout week!",
];
const CUSTOMER_LINES = ["Yeah, speaking.", "Okay, what does it cost?", "Can I pause it when I travel?", "Sure, go ahead and renew it."];

function scriptHappyCall(): void {
  fake.server.script(
    CALLER_MODEL,
    { kind: "content", content: callerReply({ utterance: CALLER_LINES[0] ?? "", step: 1 }) },
    { kind: "content", content: callerReply({ utterance: CALLER_LINES[1] ?? "", step: 2, identity: "confirmed" }) },
    {
      kind: "content",
      content: callerReply({ utterance: CALLER_LINES[2] ?? "", step: 3, identity: "confirmed", question: { text: "what does it cost?", kb: null, answered: true } }),
    },
    {
      kind: "content",
      content: callerReply({ utterance: CALLER_LINES[3] ?? "", step: 4, kb: [1], identity: "confirmed", question: { text: "Can I pause it when I travel?", kb: 1, answered: true } }),
    },
    {
      kind: "content",
      content: callerReply({ utterance: CALLER_LINES[4] ?? "", identity: "confirmed", stepAnswer: { step: 4, answer: "renew" }, end: { condition: 1, reason: "member renews" } }),
    },
  );
  fake.server.script(CUSTOMER_MODEL, ...CUSTOMER_LINES.map((line) => ({ kind: "content" as const, content: customerReply(line) })));
}

describe("both seats played by a model", () => {
  it("runs a whole call over real HTTP and SSE, with signals, usage and streamed caller text", async () => {
    scriptHappyCall();
    const { record, deltas } = await runLlmCall({ baseUrl: fake.server.baseUrl });

    expect(CallRecord.parse(record)).toEqual(record);
    expect(record.turns.map((t) => [t.speaker, t.text])).toEqual([
      ["caller", CALLER_LINES[0]],
      ["callee", CUSTOMER_LINES[0]],
      ["caller", CALLER_LINES[1]],
      ["callee", CUSTOMER_LINES[1]],
      ["caller", CALLER_LINES[2]],
      ["callee", CUSTOMER_LINES[2]],
      ["caller", CALLER_LINES[3]],
      ["callee", CUSTOMER_LINES[3]],
      ["caller", CALLER_LINES[4]],
    ]);
    expect(record.end).toEqual({ by: "caller", condition: 1, reason: "member renews" });
    expect(record.turns.map((t) => t.step)).toEqual([1, null, 2, null, 3, null, 4, null, null]);
    expect(record.turns[6]?.kb).toEqual([0]);
    expect(record.outcome.stepsDelivered).toEqual([1, 2, 3, 4]);
    expect(record.outcome.identityConfirmed).toBe(true);
    expect(record.outcome.guard).toEqual([]);
    expect(record.seats).toEqual({ caller: { kind: "llm", model: `compatible:${CALLER_MODEL}` }, callee: { kind: "llm", model: `compatible:${CUSTOMER_MODEL}` } });

    // The caller's text reached the terminal as it streamed; the customer's whole line after its style check.
    expect(deltas.caller).toBe(CALLER_LINES.join(""));
    expect(deltas.callee).toBe(CUSTOMER_LINES.join(""));

    // Usage is the sum of what the fake.server reported.
    const callerRequests = fake.server.requestsFor(CALLER_MODEL);
    const customerRequests = fake.server.requestsFor(CUSTOMER_MODEL);
    const promptTokens = (rs: typeof callerRequests) => rs.reduce((sum, r) => sum + r.body.messages.reduce((s, m) => s + estimateTokens(m.content), 0), 0);
    expect(record.usage?.caller).toMatchObject({ model: `compatible:${CALLER_MODEL}`, requests: 5, retries: 0, inputTokens: promptTokens(callerRequests) });
    expect(record.usage?.callee).toMatchObject({ model: `compatible:${CUSTOMER_MODEL}`, requests: 4, retries: 0, inputTokens: promptTokens(customerRequests) });
    expect(record.usage?.callee?.outputTokens).toBe(CUSTOMER_LINES.reduce((s, l) => s + estimateTokens(customerReply(l)), 0));

    // Structured output is requested as a JSON schema; the caller streams.
    const first = callerRequests[0]?.body;
    expect(first?.stream).toBe(true);
    // A sampling seed drawn from the seat's seeded random, so providers that honour it repeat the call.
    expect(Number.isInteger(first?.seed)).toBe(true);
    expect(first?.response_format?.type).toBe("json_schema");
    expect(first?.response_format?.json_schema?.name).toBe("caller_turn");
    expect(first?.response_format?.json_schema?.schema["required"]).toEqual(["utterance", "step", "kb", "identity", "stepAnswer", "question", "complaint", "suggestion", "followUp", "end"]);
    expect(customerRequests[0]?.body.response_format?.json_schema?.name).toBe("customer_turn");
    expect(customerRequests[0]?.body.stream).not.toBe(true);
    expect(fake.server.unused(CALLER_MODEL)).toBe(0);
    expect(fake.server.unused(CUSTOMER_MODEL)).toBe(0);
  });

  it("keeps the stable system prompt first and byte-identical on every caller turn", async () => {
    scriptHappyCall();
    await runLlmCall({ baseUrl: fake.server.baseUrl });
    const bodies = fake.server.requestsFor(CALLER_MODEL).map((r) => r.body.messages);
    const systems = new Set(bodies.map((m) => (m[0]?.role === "system" ? m[0].content : "")));
    expect(systems.size).toBe(1);
    // Each request extends the previous one's history: only the last (state) message changes.
    for (let i = 1; i < bodies.length; i++) {
      const previous = bodies[i - 1] ?? [];
      const current = bodies[i] ?? [];
      expect(current.slice(0, previous.length - 1)).toEqual(previous.slice(0, -1));
    }
    expect(bodies[2]?.at(-1)?.content).toContain('Current step: 3 "Explain the offer"');
  });
});
