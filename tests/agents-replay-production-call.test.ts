// `callsim replay`: a production call's customer turns replayed against the shipped Python agent (cmd:), its
// upstream model a fake server on 127.0.0.1; the new agent turns are scored.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { FakeOpenAIServer } from "./fakes/fake-openai-server.js";
import { PYTHON_AGENT } from "./fakes/python-agent.js";
import { customerReply } from "./fakes/replies.js";
import { exchangesOf } from "../src/seats/replay/replay-customer.js";
import { CallRecord, Scorecard } from "../src/schema/index.js";
import { z } from "zod";

const SCENARIO = "examples/agents/renewal-call.md";
const PRODUCTION = "tests/fixtures/replay/renewal-production.txt";
const OPENING = "Hi, is this Tomas Berg? This is Maya from Brightwater Swim Club, do you have a minute to talk about your membership renewal?";
const Output = z.object({ record: CallRecord, scorecard: Scorecard, replay: z.object({ replayedCustomerTurns: z.number(), divergedAtTurn: z.number().nullable() }) });

let server: FakeOpenAIServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function replay(lines: string[], customerLines: string[] = []): Promise<z.infer<typeof Output>> {
  server = await FakeOpenAIServer.start({ fallback: () => ({ kind: "content", content: "Thanks for your time, goodbye. [END]" }) });
  server.script("agent-model", ...lines.map((content) => ({ kind: "content" as const, content })));
  server.script("customer-model", ...customerLines.map((content) => ({ kind: "content" as const, content })));
  const caller = `cmd:OPENAI_BASE_URL=${server.baseUrl} AGENT_MODEL=agent-model python3 ${PYTHON_AGENT} --stdio`;
  const takeOver = customerLines.length === 0 ? [] : ["--take-over", "llm", "--callee-model", "compatible:customer-model", "--base-url", server.baseUrl, "--max-retries", "0"];
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/main.ts", "replay", SCENARIO, PRODUCTION, "--caller", caller, "--json", ...takeOver], { encoding: "utf8" });
  return Output.parse(JSON.parse(stdout));
}

describe("callsim replay", () => {
  it("reads the recording as agent/customer exchanges", () => {
    expect(exchangesOf([{ speaker: "callee", text: "Hello?" }, { speaker: "caller", text: "Hi." }, { speaker: "caller", text: "Is this Tomas?" }, { speaker: "callee", text: "Yes." }])).toEqual([
      { agent: "", customer: "Hello?" },
      { agent: "Hi. Is this Tomas?", customer: "Yes." },
    ]);
  });

  it("an agent that keeps to the recording hears every real customer line; a changed price is flagged at its turn", async () => {
    const out = await replay([
      OPENING,
      "Your family membership ends on 2025-10-31, so I'm calling about the renewal. A 12-month renewal costs $590, which saves you $178 compared with paying monthly.",
      "Yes, you can pause it for up to 2 months a year at no charge. Would you like me to email you the renewal form?",
      "Thanks, Tomas. I'll email the renewal form today. Enjoy your swim! [END]",
    ]);
    expect(out.replay).toEqual({ replayedCustomerTurns: 3, divergedAtTurn: null });
    expect(out.record.turns.filter((t) => t.speaker === "callee").map((t) => t.text)).toEqual(["Yeah, this is Tomas. What's up?", "Hm. And can I pause it over the summer? We're away in July.", "Sure, just email it."]);
    expect(out.record.seats.callee).toEqual({ kind: "replay", model: null, name: "replay, then rule" });
    const grounding = out.scorecard.checks.find((c) => c.id === "invented-figure");
    expect(grounding).toMatchObject({ passed: false, turns: [2] });
  });

  it("where the agent leaves the recording, a rule customer takes over", async () => {
    const out = await replay([OPENING, "Before anything else, how often do you and the kids swim these days?"]);
    expect(out.replay).toEqual({ replayedCustomerTurns: 1, divergedAtTurn: 2 });
    expect(out.record.turns[1]?.text).toBe("Yeah, this is Tomas. What's up?");
    expect(out.record.turns[3]?.text).not.toBe("Hm. And can I pause it over the summer? We're away in July.");
    expect(out.record.end.by).not.toBe("error");
  });

  it("an LLM customer can take over instead, and only from the divergence on", async () => {
    const takeOverLine = "Honestly we barely go any more, maybe once a month.";
    const out = await replay([OPENING, "Before anything else, how often do you and the kids swim these days?", "Thanks, Tomas, goodbye. [END]"], [customerReply(takeOverLine), customerReply("Bye.", { condition: 0, reason: "done", hangUp: true })]);
    expect(out.replay).toEqual({ replayedCustomerTurns: 1, divergedAtTurn: 2 });
    expect(out.record.seats.callee).toEqual({ kind: "replay", model: null, name: "replay, then llm" });
    expect(out.record.turns[1]?.text).toBe("Yeah, this is Tomas. What's up?");
    expect(out.record.turns[3]?.text).toBe(takeOverLine);
  });

  it("an unknown take-over seat is a user error", async () => {
    const run = promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/main.ts", "replay", SCENARIO, PRODUCTION, "--caller", "rule", "--take-over", "human"], { encoding: "utf8" });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: 'callsim: --take-over expects rule or llm (got "human")\n' });
  });
});
