// The customer's view of the turns: a copy made again only when turns were added, reusing the copies of the turns
// that can no longer change, and still showing a cut-in that shortened the last turn while the next was placed.
import { describe, expect, it } from "vitest";
import { calleeState } from "../src/call/seat-views.js";
import type { CallState } from "../src/seats/seat.js";
import type { Turn } from "../src/schema/index.js";

const turn = (index: number, text: string): Turn => ({
  index,
  speaker: index % 2 === 0 ? "caller" : "callee",
  text,
  startMs: index * 1000,
  endMs: index * 1000 + 900,
  step: null,
  kb: [],
  interrupted: false,
});

describe("calleeState", () => {
  it("shows a cut-in on the last turn (zh and en) and reuses the final turns' copies", () => {
    const turns: Turn[] = [turn(0, "您好，请问是王先生吗？"), turn(1, "是我。")];
    const state = { turns, elapsedMs: 0, maxTurns: 40 } as unknown as CallState;
    const view = calleeState(state);
    const first = view.turns;
    expect(first.map((t) => t.text)).toEqual(["您好，请问是王先生吗？", "是我。"]);
    expect(view.turns).toBe(first);
    turns.push(turn(2, "Your booster is due by Friday, and the fee is $48."));
    const second = view.turns;
    // The customer cuts in on turn 2 while turn 3 is placed.
    const cut = turns[2] as Turn;
    cut.endMs = 2400;
    cut.interrupted = true;
    turns.push(turn(3, "Sorry, which day?"));
    const third = view.turns;
    expect(third.map(({ index, speaker, text, startMs, endMs, interrupted }) => ({ index, speaker, text, startMs, endMs, interrupted }))).toEqual(
      turns.map(({ index, speaker, text, startMs, endMs, interrupted }) => ({ index, speaker, text, startMs, endMs, interrupted })),
    );
    expect(third[2]?.interrupted).toBe(true);
    expect(third[2]?.endMs).toBe(2400);
    expect(second[2]?.interrupted).toBe(false);
    expect(third[0]).toBe(first[0]);
    expect(Object.keys(third[3] ?? {})).toEqual(["index", "speaker", "text", "startMs", "endMs", "interrupted"]);
  });
});
