// The engine's end rules, error handling, turn limit, record stamping and cut-in timing, with scripted seats.
import { describe, expect, it } from "vitest";
import { runCall } from "../src/call/index.js";
import { CallRecord } from "../src/schema/index.js";
import { ScriptedSeat, TINY_SCENARIO } from "./fixtures/call-scenario.js";

const base = { scenario: TINY_SCENARIO, seed: 7 };

describe("how a call ends", () => {
  it("a hang-up ends the call at once, by that seat and condition", async () => {
    const caller = new ScriptedSeat("caller", [{ text: "Hello?", step: 1 }]);
    const callee = new ScriptedSeat("callee", [{ text: "Busy, bye.", end: { condition: 2, reason: "busy", hangUp: true } }]);
    const record = await runCall({ ...base, caller, callee });
    expect(record.end).toEqual({ by: "callee", condition: 2, reason: "busy" });
    expect(record.turns.map((t) => t.speaker)).toEqual(["caller", "callee"]);
  });

  it("a callee wrap-up gives the caller one last turn; its end signal wins", async () => {
    const caller = new ScriptedSeat("caller", [{ text: "Hello?" }, (ctx) => ({ text: ctx.state.wrapUpRequested ? "Bye then." : "?", end: { condition: 2, reason: "closing", hangUp: true } })]);
    const callee = new ScriptedSeat("callee", [{ text: "Email me.", end: { condition: 2, reason: "wants email", hangUp: false } }]);
    const record = await runCall({ ...base, caller, callee });
    expect(record.turns.map((t) => t.text)).toEqual(["Hello?", "Email me.", "Bye then."]);
    expect(record.end).toEqual({ by: "caller", condition: 2, reason: "closing" });
  });

  it("without a caller end signal the wrap-up ends by the callee's condition", async () => {
    const caller = new ScriptedSeat("caller", [{ text: "Hello?" }, { text: "Okay." }]);
    const callee = new ScriptedSeat("callee", [{ text: "Got it, thanks.", end: { condition: 1, reason: "done", hangUp: false } }]);
    const record = await runCall({ ...base, caller, callee });
    expect(record.end).toEqual({ by: "callee", condition: 1, reason: "done" });
    expect(record.turns).toHaveLength(3);
  });

  it("reaching the turn limit is a failure recorded as by = limit", async () => {
    const caller = new ScriptedSeat("caller", Array.from({ length: 3 }, () => ({ text: "More." })));
    const callee = new ScriptedSeat("callee", Array.from({ length: 3 }, () => ({ text: "Mm." })));
    const record = await runCall({ ...base, caller, callee, maxTurns: 5 });
    expect(record.turns).toHaveLength(5);
    expect(record.end.by).toBe("limit");
    expect(record.end.condition).toBeNull();
  });

  it("a failing seat ends the call with by = error and still returns the record", async () => {
    const caller = new ScriptedSeat("caller", [{ text: "Hello?" }, () => { throw new Error("socket closed"); }]);
    const callee = new ScriptedSeat("callee", [{ text: "Yes?" }]);
    const record = await runCall({ ...base, caller, callee });
    expect(record.end).toEqual({ by: "error", condition: null, reason: "caller seat failed: socket closed" });
    expect(record.turns).toHaveLength(2);
    expect(CallRecord.safeParse(record).success).toBe(true);
  });

  it("an out-of-range condition is stored as null", async () => {
    const caller = new ScriptedSeat("caller", [{ text: "Bye.", end: { condition: 9, reason: "?", hangUp: true } }]);
    const record = await runCall({ ...base, caller, callee: new ScriptedSeat("callee", []) });
    expect(record.end).toEqual({ by: "caller", condition: null, reason: "?" });
  });
});

describe("the record", () => {
  it("stamps caller patches about the customer with the latest callee turn, validates steps and kb", async () => {
    const caller = new ScriptedSeat("caller", [
      { text: "Hi, is this Sam?", step: 1 },
      { text: "You can freeze it.", kb: [0, 0, 5], step: 99, record: [{ kind: "question", text: "Can I pause it?", kb: 0, answered: true }, { kind: "identity", confirmed: true }] },
      { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true }, record: [{ kind: "followUp", channel: "email", contact: "sam@example.com" }, { kind: "guard", event: { kind: "figure-replaced", detail: "x" } }] },
    ]);
    const callee = new ScriptedSeat("callee", [{ text: "Yes. Can I pause it?" }, { text: "Fine." }]);
    const record = await runCall({ ...base, caller, callee });
    expect(record.turns[2]?.kb).toEqual([0]);
    expect(record.turns[2]?.step).toBeNull();
    expect(record.outcome.stepsDelivered).toEqual([1]);
    expect(record.outcome.identityConfirmed).toBe(true);
    expect(record.outcome.questions).toEqual([{ turn: 1, text: "Can I pause it?", kb: 0, answered: true }]);
    expect(record.outcome.followUp).toEqual({ channel: "email", contact: "sam@example.com", turn: 3 });
    expect(record.outcome.guard).toEqual([{ kind: "figure-replaced", detail: "x", turn: 4, seat: "caller" }]);
    expect(record.seats).toEqual({ caller: { kind: "replay", model: null }, callee: { kind: "replay", model: null } });
    expect(record.usage).toBeUndefined();
  });

  it("the same inputs give the same id and bytes; the seed changes the id", async () => {
    const play = async (seed: number): Promise<string> =>
      JSON.stringify(await runCall({ ...base, seed, caller: new ScriptedSeat("caller", [{ text: "Hello there, this is a longer line to time.", end: { condition: 1, reason: "r", hangUp: true } }]), callee: new ScriptedSeat("callee", []) }));
    expect(await play(3)).toBe(await play(3));
    const a = JSON.parse(await play(3)) as CallRecord;
    const b = JSON.parse(await play(4)) as CallRecord;
    expect(a.id).toBe("tiny-renewal-s3-replay-replay-" + a.id.split("-").at(-1));
    expect(a.id).not.toBe(b.id);
  });
});

describe("timing", () => {
  it("gives integer, ordered times and cuts a long caller turn short when the callee interrupts", async () => {
    const long = "Renewing for a year costs a good deal less than paying monthly, and I would like to walk you through every single detail of the offer, the terms, the freeze options and the rest of it before you decide anything at all today.";
    const caller = new ScriptedSeat("caller", [{ text: "Hi, is this Sam?" }, { text: long }, { text: "Bye.", end: { condition: 1, reason: "done", hangUp: true } }]);
    const callee = new ScriptedSeat("callee", [{ text: "Yes.", interrupt: true }, { text: "Just tell me the price.", interrupt: true }]);
    const record = await runCall({ ...base, caller, callee });
    const [t0, t1, t2, t3] = record.turns;
    expect(t0?.interrupted).toBe(false); // too short to cut into
    expect(t2?.interrupted).toBe(true);
    expect(t3?.startMs).toBe(t2?.endMs);
    const fullMs = Math.round((1000 * long.split(/\s+/).length) / 2.7);
    expect((t2?.endMs ?? 0) - (t2?.startMs ?? 0)).toBeLessThan(fullMs);
    for (const turn of record.turns) {
      expect(Number.isInteger(turn.startMs) && Number.isInteger(turn.endMs)).toBe(true);
      expect(turn.endMs).toBeGreaterThan(turn.startMs);
    }
    expect((t1?.startMs ?? 0)).toBeGreaterThan(t0?.endMs ?? 0);
  });
});
