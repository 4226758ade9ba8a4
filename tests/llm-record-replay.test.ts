import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadExchanges } from "../src/models/exchange-log.js";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";

let server: FakeOpenAIServer;
let dir: string;
beforeEach(async () => {
  server = await FakeOpenAIServer.start();
  dir = mkdtempSync(join(tmpdir(), "callsim-replay-"));
});
afterEach(async () => {
  await server.close();
});

function scriptCall(): void {
  server.script(
    CALLER_MODEL,
    { kind: "status", status: 429 },
    { kind: "content", content: callerReply({ utterance: "Hi, is this Sam Taylor?", step: 1 }) },
    { kind: "content", content: "not json at all" },
    { kind: "content", content: callerReply({ utterance: "Great, your plan ends soon. A year is $480.", step: 3, identity: "confirmed" }) },
  );
  server.script(
    CUSTOMER_MODEL,
    { kind: "content", content: customerReply("Yes, speaking.") },
    { kind: "content", content: customerReply("Too pricey, bye.", { condition: 1, reason: "not renewing", hangUp: true }) },
  );
}

describe("--record / --replay of model exchanges", () => {
  it("records every exchange as it goes and replays the call identically with no network", async () => {
    scriptCall();
    const file = join(dir, "exchanges.jsonl");
    const recorded = await runLlmCall({ baseUrl: server.baseUrl, settings: { recordFile: file } });
    expect(recorded.record.end).toEqual({ by: "callee", condition: 1, reason: "not renewing" });

    const exchanges = loadExchanges(file).map((e) => e.exchange);
    expect(exchanges.map((e) => [e.seat, e.request.schema, e.reply?.retries ?? null])).toEqual([
      ["caller", "caller_turn", 1],
      ["callee", "customer_turn", 0],
      ["caller", "caller_turn", 0],
      ["caller", "caller_turn", 0],
      ["callee", "customer_turn", 0],
    ]);
    await server.close();

    const replayed = await runLlmCall({ baseUrl: "http://127.0.0.1:9/v1", settings: { replayFile: file, callerModel: undefined, calleeModel: undefined } });
    expect(JSON.stringify(replayed.record)).toBe(JSON.stringify(recorded.record));
    expect(replayed.deltas.caller).toBe(recorded.deltas.caller);
    server = await FakeOpenAIServer.start();
  });

  it("records a failed exchange and replays the same error end", async () => {
    server.script(CALLER_MODEL, { kind: "status", status: 500 }, { kind: "status", status: 500 }, { kind: "status", status: 500 });
    const file = join(dir, "failed.jsonl");
    const recorded = await runLlmCall({ baseUrl: server.baseUrl, settings: { recordFile: file } });
    expect(recorded.record.end.by).toBe("error");
    expect(readFileSync(file, "utf8").trim().split("\n")).toHaveLength(3);
    const replayed = await runLlmCall({ baseUrl: server.baseUrl, settings: { replayFile: file } });
    expect(replayed.record).toEqual(recorded.record);
    expect(server.requests).toHaveLength(3);
  });

  it("fails loudly when the call asks for something the recording does not hold", async () => {
    scriptCall();
    const file = join(dir, "exchanges.jsonl");
    await runLlmCall({ baseUrl: server.baseUrl, settings: { recordFile: file } });
    const changed = { ...SAMPLE_SCENARIO, caller: { ...SAMPLE_SCENARIO.caller, task: "A different task." } };
    const replayed = await runLlmCall({ baseUrl: server.baseUrl, scenario: changed, settings: { replayFile: file } });
    expect(replayed.record.end).toEqual({
      by: "error",
      condition: null,
      reason: "caller seat failed: caller request does not match the recording (message 1 (system) differs)",
    });
  });
});
