import { describe, expect, it } from "vitest";
import * as callsim from "../src/index.js";

describe("public API", () => {
  it("exports exactly the documented runtime names", () => {
    expect(Object.keys(callsim).sort()).toEqual([
      "CallEnd", "CallMetrics", "CallRecord", "CalleeSide", "CallerFaultKind", "CallerSide", "CallsimError", "Check", "CheckSeverity",
      "LabelledCall", "LabelledFault", "LabelledSimulatorFault", "LabelledTurn", "SimulatorFaultKind", "SimulatorSection", "Verdict", "VerdictReason",
      "DEFAULTS", "Diagnostic", "EndBy", "ExtraSection", "Fact", "FollowUpChannel", "GuardEvent", "KbEntry", "Language",
      "Outcome", "PROVIDER_NAMES", "Question", "Remark", "SCHEMAS", "SCHEMA_VERSION", "SEAT_KINDS", "Scenario",
      "Scorecard", "ModelRuntime", "llmSeatFactory", "createLlmCallerSeat", "createLlmCustomerSeat", "SeatInfo", "SeatKind", "SeatUsage", "Speaker", "Step", "Turn", "createRandom", "createSeat",
      "evaluateCall", "exportCalls", "isUserError", "jsonSchemaOf", "loadCall", "parseModelSpec", "parseScenarioBytes",
      "parseScenarioText", "readScenarioFile", "runCall", "startBatch", "systemClock", "systemError", "userError",
      "writeReport", "BUILTIN_SEAT_KINDS", "ToolCall", "agent", "seatOf", "httpAgent", "webhookAgent", "cmdAgent",
    ].sort());
  });

  it("plays a rule call end to end through the public names", async () => {
    const scenario = await callsim.readScenarioFile("examples/00-seed-service-followup.md");
    const record = await callsim.runCall({
      scenario,
      caller: callsim.createSeat("caller", "rule"),
      callee: callsim.createSeat("callee", "rule"),
      seed: 11,
    });
    expect(callsim.CallRecord.parse(record)).toEqual(record);
    // The opening, up to what a stranger may hear before the customer is confirmed (who calls, whom it wants).
    const first = record.turns[0]?.text ?? "";
    expect(first).not.toBe("");
    expect(scenario.caller.opening?.startsWith(first)).toBe(true);
    const card = callsim.evaluateCall(scenario, record);
    expect(card.checks.map((check) => check.id)).toContain("invented-figure");
    expect(typeof card.passed).toBe("boolean");
  });
});
