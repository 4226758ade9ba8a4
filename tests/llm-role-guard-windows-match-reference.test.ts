// The role guard's quote windows are made in one pass (a run of CJK units, not a spread of each window) and a
// line's windows are made once for every index: the same windows, in the same order, as reading each window alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstQuoted, quoteWindows, sharesQuote, type QuoteLength } from "../src/seats/llm/guard-text.js";

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The windows as the guard first read them: every latin-length window, then each CJK-length window all of CJK. */
function referenceWindows(compact: string, length: QuoteLength): string[] {
  const windows: string[] = [];
  for (let at = 0; at + length.latin <= compact.length; at++) windows.push(compact.slice(at, at + length.latin));
  for (let at = 0; at + length.cjk <= compact.length; at++) {
    const window = compact.slice(at, at + length.cjk);
    if ([...window].every((char) => CJK.test(char))) windows.push(window);
  }
  return windows;
}

const pieces = fc.constantFrom("a", "b", "7", "话", "术", "客", "户", "豈", "\u{20000}", "\ud840", "é", "㐀", "鿿", "ꀀ");
const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(""));
const lengths = fc.record({ latin: fc.integer({ min: 1, max: 12 }), cjk: fc.integer({ min: 1, max: 8 }) });

describe("role guard windows", () => {
  it("are the reference windows in the reference order", () => {
    fc.assert(fc.property(texts, lengths, (text, length) => {
      expect(quoteWindows(text, length)).toEqual(referenceWindows(text, length));
    }), { numRuns: 2_000 });
  });

  it("find the same first quote whether made once or per index", () => {
    fc.assert(
      fc.property(texts, texts, lengths, (line, source, length) => {
        const index = new Set(referenceWindows(source, length));
        expect(firstQuoted(quoteWindows(line, length), index)).toBe(sharesQuote(line, index, length));
      }),
      { numRuns: 500 },
    );
  });

  it("take a CJK window only where every character is CJK", () => {
    expect(quoteWindows("ab话术客户x", { latin: 99, cjk: 3 })).toEqual(["话术客", "术客户"]);
  });
});
