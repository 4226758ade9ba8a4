import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import type { SeatContext } from "../src/seats/seat.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

/** Every string under a value, for "does this view contain that text" checks. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("each seat gets only its own side of the scenario", () => {
  const run = async () => {
    const caller = new ScriptedSeat("caller", [{ text: "Hi, is this Sam Taylor?", step: 1, kb: [0] }, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const callee = new ScriptedSeat("callee", [{ text: "Yes, speaking." }]);
    await runCall({ scenario: TINY_SCENARIO, caller, callee, seed: 1 });
    return { caller: caller.seen, callee: callee.seen };
  };

  it("the customer sees its persona and the words said, none of the caller's script, knowledge base or figures", async () => {
    const { callee } = await run();
    const seen = callee[0] as SeatContext<"callee">;
    expect(Object.keys(seen.scenario).sort()).toEqual(["callee", "id", "language", "ownData", "stage"]);
    // Its own verification data is the one exception; this profile states none.
    expect(seen.scenario.ownData).toEqual([]);
    expect(seen.scenario.callee).toEqual(TINY_SCENARIO.callee);
    const text = strings(seen.scenario).join("\n");
    const c = TINY_SCENARIO.caller;
    const callerOnly = [c.task, c.role, ...c.customerProfile, ...c.steps.flatMap((s) => s.lines), ...c.knowledgeBase.map((e) => e.answer), c.opening ?? "", ...c.endConditions, ...c.closingLines];
    expect(callerOnly.filter((t) => text.includes(t))).toEqual([]);
    // The wrong-person variation is a stage direction (the caller side has such an ending), not caller text.
    expect(seen.scenario.stage).toEqual({ wrongPerson: true });
    // The state is a live view; its first turn is the caller's opening, without the step and kb bookkeeping.
    expect(seen.state.turns[0]).toEqual({ index: 0, speaker: "caller", text: "Hi, is this Sam Taylor?", startMs: 0, endMs: expect.any(Number), interrupted: false });
    expect(Object.keys(seen.state).sort()).toEqual(["elapsedMs", "maxTurns", "turns"]);
  });

  it("the caller sees its own side, the figures and the customer's name, never the persona", async () => {
    const { caller } = await run();
    const seen = caller[1] as SeatContext<"caller">;
    expect(seen.scenario.caller).toEqual(TINY_SCENARIO.caller);
    expect(seen.scenario.facts).toEqual(TINY_SCENARIO.facts);
    expect(seen.scenario.callee).toEqual({ name: "Sam Taylor" });
    const text = strings(seen.scenario).join("\n");
    const p = TINY_SCENARIO.callee;
    expect([p.background, p.role, ...p.concerns, ...p.behaviours, ...p.style.positive, ...p.endConditions].filter((t) => text.includes(t))).toEqual([]);
    expect(seen.state.stepsDelivered).toEqual([1]);
  });

  it("is enforced by the types", () => {
    const callerOnly = (context: SeatContext<"callee">): unknown =>
      // @ts-expect-error the customer's view has no caller side
      context.scenario.caller;
    const personaOnly = (context: SeatContext<"caller">): unknown =>
      // @ts-expect-error the caller's view has the customer's name only
      context.scenario.callee.background;
    const scriptState = (context: SeatContext<"callee">): unknown =>
      // @ts-expect-error the customer does not see the caller's script progress
      context.state.stepsDelivered;
    expect([callerOnly, personaOnly, scriptState]).toHaveLength(3);
  });
});
