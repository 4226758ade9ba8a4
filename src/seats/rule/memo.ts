// Bounded memo tables for the rule seats' hot paths: the same lines are compared again and again across
// turns and calls (a benchmark runs thousands of calls), and similarity/figure extraction are pure.
import { coverage, similarity } from "../../text/similarity.js";
import { extractFigures, type Figure } from "../../text/figures.js";

const LIMIT = 50_000;
const pairs = new Map<string, number>();
const figures = new Map<string, readonly Figure[]>();
const covered = new Map<string, number>();

/** coverage(a, b), remembered (not symmetric). */
export function covers(a: string, b: string): number {
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
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let value = pairs.get(key);
  if (value === undefined) {
    value = similarity(a, b);
    if (pairs.size >= LIMIT) pairs.clear();
    pairs.set(key, value);
  }
  return value;
}

/** extractFigures(text), remembered; read-only. */
export function figuresOf(text: string): readonly Figure[] {
  let value = figures.get(text);
  if (value === undefined) {
    value = extractFigures(text);
    if (figures.size >= LIMIT) figures.clear();
    figures.set(text, value);
  }
  return value;
}
