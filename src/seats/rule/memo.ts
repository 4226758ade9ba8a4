// Bounded memo tables for the rule seats' hot paths: the same lines are compared again and again across
// turns and calls (a benchmark runs thousands of calls), and similarity/figure extraction are pure.
import { coverage, similarity } from "../../text/similarity.js";
import { extractFigures, type Figure } from "../../text/figures.js";
import { keptIn, memoByText } from "../../util/bounded-memo.js";

const LIMIT = 50_000;
/** similarity by the pair's first text, then its second: no key string built (and hashed) per look-up. */
const pairs = new Map<string, Map<string, number>>();
let pairCount = 0;
const figures = new Map<string, readonly Figure[]>();
const covered = new Map<string, number>();

/** coverage(a, b), remembered (not symmetric). */
export function covers(a: string, b: string): number {
  // Written out rather than through keptIn: a closure per look-up would be garbage on this hot path.
  const key = `${a}\u0000${b}`;
  let value = covered.get(key);
  if (value === undefined) {
    value = coverage(a, b);
    if (covered.size >= LIMIT) covered.clear();
    covered.set(key, value);
  }
  return value;
}

/** similarity(a, b), remembered (it is symmetric). */
export function similar(a: string, b: string): number {
  // Ordered without a [first, second] pair: an array per look-up would be garbage on this hot path.
  const ordered = a < b;
  const first = ordered ? a : b;
  const second = ordered ? b : a;
  let row = pairs.get(first);
  let value = row?.get(second);
  if (value === undefined) {
    value = similarity(a, b);
    if (pairCount >= LIMIT) {
      pairs.clear();
      pairCount = 0;
      row = undefined;
    }
    if (row === undefined) pairs.set(first, (row = new Map()));
    row.set(second, value);
    pairCount++;
  }
  return value;
}

/** A pure function of a text, remembered (its result is shared: read-only). */
export function byText<T>(compute: (text: string) => T): (text: string) => T {
  return memoByText(compute, LIMIT);
}

/** extractFigures(text), remembered; read-only. */
export function figuresOf(text: string): readonly Figure[] {
  return keptIn(figures, LIMIT, text, extractFigures);
}

/** A pure function of a text and an object (a language pack), remembered per object (results shared: read-only). */
export function byTextAndObject<O extends object, T>(compute: (text: string, object: O) => T): (text: string, object: O) => T {
  const tables = new WeakMap<O, Map<string, T>>();
  return (text, object) => {
    let table = tables.get(object);
    if (table === undefined) tables.set(object, (table = new Map()));
    const hit = table.get(text);
    if (hit !== undefined || table.has(text)) return hit as T;
    const value = compute(text, object);
    if (table.size >= LIMIT) table.clear();
    table.set(text, value);
    return value;
  };
}
