// The timing model's figures and the call id's shape.
import { describe, expect, it } from "vitest";
import { callId, speakingMs } from "../src/call/index.js";
import { cutInMs, pauseMs } from "../src/call/timing.js";
import { createRandom } from "../src/util/random.js";

describe("speaking time", () => {
  it("reads Chinese at 4.5 characters and English at 2.7 words per second, in whole ms", () => {
    expect(speakingMs("您好，请问是张强先生吗？", "zh")).toBe(Math.round((1000 * 10) / 4.5));
    expect(speakingMs("Hi, is this Priya Raman speaking today?", "en")).toBe(Math.round((1000 * 7) / 2.7));
    expect(speakingMs("嗯", "zh")).toBe(400);
  });
  it("pauses and cut-ins stay within their bounds and repeat with the seed", () => {
    const a = createRandom(9);
    const b = createRandom(9);
    for (let i = 0; i < 100; i++) {
      const pause = pauseMs(a);
      expect(pause).toBe(pauseMs(b));
      expect(pause).toBeGreaterThanOrEqual(250);
      expect(pause).toBeLessThan(900);
      const cut = cutInMs(1000, 11_000, a);
      expect(cut).toBe(cutInMs(1000, 11_000, b));
      expect(cut).toBeGreaterThanOrEqual(1000 + 3500);
      expect(cut).toBeLessThanOrEqual(1000 + 7500);
    }
  });
});

describe("call ids", () => {
  it("are file-name safe and depend on scenario, seed and seat kinds only", () => {
    const id = callId("00 seed/followup", 7, "rule", "human");
    expect(id).toMatch(/^00-seed-followup-s7-rule-human-[0-9a-f]{8}$/);
    expect(callId("00 seed/followup", 7, "rule", "human")).toBe(id);
    expect(callId("00 seed/followup", 8, "rule", "human")).not.toBe(id);
    expect(callId("00 seed/followup", 7, "rule", "rule")).not.toBe(id);
  });
});
