import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { containedIn } from "../src/text/contained-in.js";

describe("containedIn", () => {
  it("answers exactly as includes does, needle by needle", () => {
    const alphabet = fc.constantFrom("a", "b", "客", "服", " ", "\n", "1");
    const text = fc.array(alphabet, { maxLength: 400 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, fc.array(fc.array(alphabet, { maxLength: 30 }).map((c) => c.join("")), { maxLength: 20 }), fc.nat(), (haystack, randomNeedles, seed) => {
        // Half the needles are cut from the text itself, so both answers are exercised.
        const cut = randomNeedles.map((_, i) => {
          const start = (seed + i * 7) % (haystack.length + 1);
          return haystack.slice(start, start + ((seed + i) % 40));
        });
        const needles = [...randomNeedles, ...cut];
        expect(containedIn(haystack, needles)).toEqual(needles.map((n) => haystack.includes(n)));
      }),
      { numRuns: 300 },
    );
  });

  it("finds long needles that share their beginnings and ends", () => {
    const lines = Array.from({ length: 50 }, (_, i) => `Ledger line ${i}: invoice ${100000 + i} due, per month`);
    const text = lines.filter((_, i) => i % 2 === 0).join("\n");
    expect(containedIn(text, lines)).toEqual(lines.map((_, i) => i % 2 === 0));
  });
});
