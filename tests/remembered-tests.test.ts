import { describe, expect, it } from "vitest";
import { rememberTest, rememberTests } from "../src/util/remembered-tests.js";

describe("rememberTest", () => {
  it("answers as the pattern's own test does, call after call", () => {
    const plain = /\b(?:later|tomorrow)\b/iu;
    const kept = rememberTest(/\b(?:later|tomorrow)\b/iu);
    for (const text of ["call me later", "no", "TOMORROW then", "no", "call me later", ""]) {
      expect(kept.test(text)).toBe(plain.test(text));
      expect(kept.test(text)).toBe(plain.test(text));
    }
  });

  it("leaves g and y patterns alone (their test moves lastIndex)", () => {
    const global = /a/g;
    const sticky = /a/y;
    rememberTest(global);
    rememberTest(sticky);
    expect(Object.prototype.hasOwnProperty.call(global, "test")).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(sticky, "test")).toBe(false);
  });

  it("keeps each pattern's answers apart for the same text", () => {
    const a = rememberTest(/x/u);
    const b = rememberTest(/y/u);
    expect([a.test("xy"), b.test("xy"), a.test("x"), b.test("x")]).toEqual([true, true, true, false]);
  });

  it("reaches patterns nested in a pack's objects and arrays", () => {
    const pack = { cue: /a/u, kinds: [{ ask: /b/u }], deep: { list: [/c/u] } };
    rememberTests(pack);
    for (const re of [pack.cue, pack.kinds[0]?.ask, pack.deep.list[0]]) expect(Object.prototype.hasOwnProperty.call(re, "test")).toBe(true);
  });
});
