// callsim/testing is a public entry point: this fails when its runtime surface drifts, and checks that the
// package resolves it by name (package.json "exports") once built.
import { describe, expect, it } from "vitest";
import * as testing from "../src/testing/index.js";
import type { Agent, CallerSeat, CheckId, ModelPort, SeatContext, SimulateOptions } from "../src/testing/index.js";

describe("callsim/testing", () => {
  it("exports exactly the documented runtime names", () => {
    expect(Object.keys(testing).sort()).toEqual(
      [
        "simulate", "customer", "agentTurn", "check", "proceed", "expectCall", "CallAssertionError", "CHECK_IDS", "scorecardPassed",
        "scripted", "fakeModel", "agent", "seatOf", "httpAgent", "webhookAgent", "cmdAgent", "createLlmCallerSeat", "createLlmCustomerSeat",
      ].sort(),
    );
  });

  it("resolves as callsim/testing through the package exports", async () => {
    const byName = (await import("callsim/testing")) as Record<string, unknown>;
    expect(Object.keys(byName).sort()).toEqual(Object.keys(testing).sort());
  });

  it("its types are usable: check ids are checked, the model port and seat types are exported", () => {
    const id: CheckId = "invented-figure";
    // @ts-expect-error not a check id
    const wrong: CheckId = "groundng";
    const port: ModelPort = testing.fakeModel(["hi"]);
    const seat: CallerSeat = testing.seatOf("caller", testing.agent(() => "hi"));
    const options: SimulateOptions = { scenario: "x.md", caller: "rule" };
    const fn = (_context: SeatContext<"caller">, a: Agent): string => a.kind;
    expect([id, wrong, port.label, seat.role, options.caller, typeof fn]).toEqual(["invented-figure", "groundng", "fake:model", "caller", "rule", "function"]);
  });

  it("the fake model answers in order, records requests and fails past its script", async () => {
    const model = testing.fakeModel(["one", (request) => `two:${request.messages.length}`]);
    expect((await model.complete({ messages: [{ role: "user", content: "a" }] })).text).toBe("one");
    expect((await model.complete({ messages: [] })).text).toBe("two:0");
    expect(model.unused()).toBe(0);
    await expect(model.complete({ messages: [] })).rejects.toThrow("fake model fake:model: no reply scripted for request 3");
  });
});
