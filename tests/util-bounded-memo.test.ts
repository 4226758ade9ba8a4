import { describe, expect, it } from "vitest";
import { keptIn, memoByText } from "../src/util/bounded-memo.js";

describe("bounded memo of a pure function of a text", () => {
  it("computes a text once and returns the kept value after", () => {
    const seen: string[] = [];
    const upper = memoByText((text) => {
      seen.push(text);
      return text.toUpperCase();
    }, 10);
    expect(upper("ab")).toBe("AB");
    expect(upper("ab")).toBe("AB");
    expect(upper("cd")).toBe("CD");
    expect(seen).toEqual(["ab", "cd"]);
  });

  it("shares the computed object (read-only result)", () => {
    const split = memoByText((text) => text.split(" "), 10);
    expect(split("a b")).toBe(split("a b"));
  });

  it("empties the table when it holds `limit` entries, then keeps the new one", () => {
    const memo = new Map<string, number>();
    let computed = 0;
    const length = (text: string): number => {
      computed++;
      return text.length;
    };
    for (const text of ["a", "bb", "ccc"]) keptIn(memo, 3, text, length);
    expect([...memo.keys()]).toEqual(["a", "bb", "ccc"]);
    expect(keptIn(memo, 3, "dddd", length)).toBe(4);
    expect([...memo.entries()]).toEqual([["dddd", 4]]);
    expect(keptIn(memo, 3, "a", length)).toBe(1);
    expect(computed).toBe(5);
  });

  it("a hit never clears a full table", () => {
    const memo = new Map<string, number>([["x", 1], ["y", 2]]);
    expect(keptIn(memo, 2, "x", () => 99)).toBe(1);
    expect(memo.size).toBe(2);
  });

  it("an undefined result is not kept (computed again), as before the helper", () => {
    let calls = 0;
    const none = memoByText((): undefined => {
      calls++;
      return undefined;
    }, 10);
    none("t");
    none("t");
    expect(calls).toBe(2);
  });
});
