import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Command } from "commander";
import { createSeat } from "../src/seats/create-seat.js";
import type { LineSource } from "../src/seats/human/line-source.js";
import { addModelOptions, modelSeatOptionsFrom, modelSettingsFrom } from "../src/cli/model-options.js";
import { customerSystemPrompt } from "../src/seats/llm/customer-prompt.js";
import { isUserError } from "../src/errors.js";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";

const CALLER_LINES = ["Hello, is that Sam?", "Your plan is ending soon.", "The yearly plan costs $480.", "Shall I renew it for you?"];
let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await FakeOpenAIServer.start({
    // Whatever the rule seat says, the model side keeps going and ends on its 5th request.
    fallback: (request) => {
      const n = server.requestsFor(request.body.model).length;
      if (request.body.model === CALLER_MODEL) {
        return { kind: "content", content: callerReply(n >= 5 ? { utterance: "Thanks for your time, Sam!", end: { condition: 1, reason: "done" } } : { utterance: CALLER_LINES[n - 1] ?? "", step: Math.min(n, 4) }) };
      }
      return { kind: "content", content: customerReply(n >= 5 ? "Okay, bye now." : "Mm-hm, go on.", n >= 5 ? { condition: 1, reason: "decided", hangUp: true } : null) };
    },
  });
});
afterEach(async () => {
  await server.close();
});

function seatOptions(): ReturnType<typeof modelSeatOptionsFrom> {
  const program = addModelOptions(new Command("run").exitOverride());
  program.parse(["--caller-model", `compatible:${CALLER_MODEL}`, "--callee-model", `compatible:${CUSTOMER_MODEL}`, "--base-url", server.baseUrl, "--max-retries", "1"], { from: "user" });
  return modelSeatOptionsFrom(program.opts(), 7);
}

describe("mixed seats through the seat factory and the model flags", () => {
  it("llm caller with a rule callee", async () => {
    const options = seatOptions();
    const { record } = await runLlmCall({ baseUrl: server.baseUrl, caller: createSeat("caller", "llm", options), callee: createSeat("callee", "rule", options) });
    expect(record.seats).toEqual({ caller: { kind: "llm", model: `compatible:${CALLER_MODEL}` }, callee: { kind: "rule", model: null } });
    expect(record.end.by === "caller" || record.end.by === "callee").toBe(true);
    const callerTurns = record.turns.filter((t) => t.speaker === "caller").map((t) => t.text);
    expect(callerTurns.slice(0, 2)).toEqual(CALLER_LINES.slice(0, 2));
    expect(record.outcome.guard).toEqual([]);
    expect(callerTurns.length).toBe(server.requestsFor(CALLER_MODEL).length);
    expect(record.usage?.callee).toBeNull();
    expect(record.usage?.caller?.requests).toBe(callerTurns.length);
  });

  it("rule caller with an llm callee", async () => {
    const options = seatOptions();
    const { record } = await runLlmCall({ baseUrl: server.baseUrl, caller: createSeat("caller", "rule", options), callee: createSeat("callee", "llm", options) });
    expect(record.seats.callee).toEqual({ kind: "llm", model: `compatible:${CUSTOMER_MODEL}` });
    expect(record.end.by).not.toBe("error");
    const calleeTurns = record.turns.filter((t) => t.speaker === "callee").map((t) => t.text);
    expect(calleeTurns[0]).toBe("Mm-hm, go on.");
    const first = server.requestsFor(CUSTOMER_MODEL)[0]?.body;
    expect(first?.messages[0]).toEqual({ role: "system", content: customerSystemPrompt(SAMPLE_SCENARIO.callee, "en") });
    expect(first?.messages[1]).toEqual({ role: "user", content: record.turns[0]?.text });
    expect(record.usage?.caller).toBeNull();
  });
});

/** A typed scripted human: the given lines, then end of input (the human hangs up). */
function scriptedLines(lines: readonly string[]): LineSource {
  const queue = [...lines];
  return { read: async () => queue.shift() ?? null, close: async () => {} };
}

describe("a human in either seat with a model on the other", () => {
  it("human caller with an llm callee", async () => {
    const options = { ...seatOptions(), lines: scriptedLines(["Hi, is this Sam?", "Your plan is ending soon."]) };
    const { record } = await runLlmCall({ baseUrl: server.baseUrl, caller: createSeat("caller", "human", options), callee: createSeat("callee", "llm", options) });
    expect(record.turns.map((t) => [t.speaker, t.text])).toEqual([
      ["caller", "Hi, is this Sam?"],
      ["callee", "Mm-hm, go on."],
      ["caller", "Your plan is ending soon."],
      ["callee", "Mm-hm, go on."],
    ]);
    expect(record.seats.caller.kind).toBe("human");
    expect(record.end.by).toBe("caller");
  });

  it("llm caller with a human callee", async () => {
    const options = { ...seatOptions(), lines: scriptedLines(["Yes, speaking.", "Okay, tell me more."]) };
    const { record } = await runLlmCall({ baseUrl: server.baseUrl, caller: createSeat("caller", "llm", options), callee: createSeat("callee", "human", options) });
    expect(record.turns.slice(0, 4).map((t) => [t.speaker, t.text])).toEqual([
      ["caller", CALLER_LINES[0]],
      ["callee", "Yes, speaking."],
      ["caller", CALLER_LINES[1]],
      ["callee", "Okay, tell me more."],
    ]);
    expect(record.seats.callee.kind).toBe("human");
    expect(record.end.by).toBe("callee");
  });
});

describe("model flags", () => {
  it("rejects a bad provider, a bad number and --record with --replay as user errors", () => {
    const bad = [{ model: "gpt-4o" }, { model: "foo:bar" }, { maxRetries: "-1" }, { timeoutMs: "soon" }, { record: "a", replay: "b" }];
    for (const opts of bad) {
      let caught: unknown = null;
      try {
        modelSettingsFrom(opts);
      } catch (error) {
        caught = error;
      }
      expect(isUserError(caught)).toBe(true);
    }
  });

  it("an llm seat without any model is a user error", () => {
    const options = modelSeatOptionsFrom({}, 1);
    expect(() => createSeat("callee", "llm", options)).toThrow('the callee seat is "llm" but no model was given (--model or --callee-model PROVIDER:MODEL)');
  });
});
