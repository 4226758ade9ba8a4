import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agent, seatOf, simulate } from "../src/testing/index.js";
import { evaluateCall, loadCall } from "../src/eval/index.js";
import { SeatInfo } from "../src/schema/index.js";
import { CLEAN_AGENT, RENEWAL_SCENARIO } from "./fixtures/agent-lines.js";

describe("open seat kinds", () => {
  it("a record with a custom seat kind and name loads back and scores", async () => {
    let next = 0;
    const bot = agent(() => CLEAN_AGENT[next++] ?? { text: "Goodbye.", end: true }, { kind: "my-bot", name: "renewal-bot v2" });
    const result = await simulate({ scenario: RENEWAL_SCENARIO, caller: bot, maxTurns: 8 });
    const call = result.calls[0];
    if (call === undefined) throw new Error("no call");
    expect(call.record.seats.caller).toEqual({ kind: "my-bot", model: null, name: "renewal-bot v2" });
    expect(call.record.id).toMatch(/^renewal-call-s1-my-bot-rule-[0-9a-f]{8}$/);
    const file = join(mkdtempSync(join(tmpdir(), "callsim-kind-")), "call.json");
    writeFileSync(file, JSON.stringify(call.record));
    const loaded = await loadCall(file, result.scenario);
    expect(loaded).toEqual(call.record);
    expect(evaluateCall(result.scenario, loaded)).toEqual(call.scorecard);
  });

  it("kinds stay file- and report-safe", () => {
    expect(SeatInfo.safeParse({ kind: "My Bot!", model: null }).success).toBe(false);
    expect(() => seatOf("caller", agent(() => "hi", { kind: "Bad Kind" }))).toThrow("agent kind 'Bad Kind' must be lower-case letters, digits and dashes");
  });
});
