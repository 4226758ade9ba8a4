import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCall } from "../src/call/run-call.js";
import { ProviderLimits } from "../src/models/limiter.js";
import { ModelRuntime } from "../src/models/model-runtime.js";
import { createLlmCallerSeat } from "../src/seats/llm/llm-caller-seat.js";
import { createLlmCustomerSeat } from "../src/seats/llm/llm-customer-seat.js";
import { partialUtterance, UtteranceStream } from "../src/seats/llm/utterance-stream.js";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";

describe("per-provider concurrency limit across calls", () => {
  let server: FakeOpenAIServer;
  beforeEach(async () => {
    server = await FakeOpenAIServer.start({
      latencyMs: 20,
      fallback: (request) =>
        request.body.model === "agent"
          ? { kind: "content", content: callerReply({ utterance: "Hi, is this Sam Taylor?", step: 1 }) }
          : { kind: "content", content: customerReply("Not interested, bye.", { condition: 2, reason: "busy", hangUp: true }) },
    });
  });
  afterEach(async () => {
    await server.close();
  });

  async function calls(limit: number, count: number): Promise<void> {
    const limits = new ProviderLimits(limit);
    await Promise.all(
      Array.from({ length: count }, async (_, seed) => {
        const runtime = new ModelRuntime({ callerModel: "compatible:agent", calleeModel: "compatible:customer", baseUrl: server.baseUrl }, { env: {}, limits });
        const record = await runCall({ scenario: SAMPLE_SCENARIO, caller: createLlmCallerSeat(runtime.portFor("caller", seed)), callee: createLlmCustomerSeat(runtime.portFor("callee", seed)), seed });
        expect(record.end.by).toBe("callee");
      }),
    );
  }

  it("never has more requests in flight to one endpoint than the limit", async () => {
    await calls(3, 12);
    expect(server.requests).toHaveLength(24);
    expect(server.maxInFlight).toBe(3);
  });

  it("lets calls run side by side when the limit allows", async () => {
    await calls(50, 12);
    expect(server.maxInFlight).toBeGreaterThan(3);
  });
});

describe("streaming the caller's utterance out of partial JSON", () => {
  it("reads the utterance field of unfinished JSON, escapes included", () => {
    expect(partialUtterance('{"utter')).toBeNull();
    expect(partialUtterance('{"utterance": "Hi \\"Sam\\", \\u4f60')).toBe('Hi "Sam", 你');
    expect(partialUtterance('{"utterance":"one\\ntwo","step":1}')).toBe("one\ntwo");
  });

  it("shows finished sentences only, and stops before an unsafe one", () => {
    const shown: string[] = [];
    const stream = new UtteranceStream((d) => shown.push(d), (sentence) => !sentence.includes("$999"));
    for (const piece of ['{"utterance":"Hello th', 'ere. It costs', ' $999. Bye.', '"}']) stream.feed(piece);
    expect(shown).toEqual(["Hello there."]);
    stream.finish("Hello there. Let me check the price.");
    expect(shown.join("")).toBe("Hello there. Let me check the price.");
  });
});
