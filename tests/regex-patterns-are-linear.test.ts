// Every regular expression that a module of src/ exports (directly, or inside an exported object, array or map of
// language data) is run on adversarial strings of 20,000 characters: runs of one character class, alternations of
// two, and near-misses. A pattern with super-linear backtracking takes seconds there. A pattern over a time bound is
// measured again (best of three) on the input and on a quarter of it: it fails when its time grows faster than the
// input (quadratic growth gives ~16x for 4x the length, linear ~4x) or is slow even at its best, so machine load alone
// does not fail the test.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");
/** Entry points with side effects at import (the CLI runs its program, the worker reads its thread data). */
const SKIP = new Set(["cli/main.ts", "batch/worker.ts"]);
/** Code that runs in the browser (the console's front end). */
const BROWSER = ["serve/ui/"];
const LENGTH = 20_000;
const BOUND_MS = 250;
/** Time ratio between the whole input and its quarter above which growth is not linear. */
const GROWTH_LIMIT = 8;
/** Best-of-three time on the whole input above which a pattern is too slow even if linear. */
const SLOW_MS = 4 * BOUND_MS;

const SEEDS = ["a", " ", "1", "客", "-", ".", "a ", "1 ", "客 ", "a1", "1-", "a.", "**", "#", ">", "|", "“", "\n", "\t", "：", "，", "0", "$1", "步骤", "Q：", "1.", "\\", "@", "a@", "x ", "A"];

function adversarial(length: number): string[] {
  const out: string[] = [];
  for (const seed of SEEDS) {
    const run = seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
    out.push(run, `${run}!`, `!${run}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const rel = relative(SRC, path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") && !SKIP.has(rel) && !BROWSER.some((dir) => rel.startsWith(dir)) ? [path] : [];
  });
}

function collect(value: unknown, into: Map<string, RegExp>, depth: number): void {
  if (value instanceof RegExp) into.set(`${value.source}/${value.flags}`, value);
  else if (depth > 0 && Array.isArray(value)) for (const item of value) collect(item, into, depth - 1);
  else if (depth > 0 && value instanceof Map) for (const item of value.values()) collect(item, into, depth - 1);
  else if (depth > 0 && value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) for (const item of Object.values(value)) collect(item, into, depth - 1);
}

function timeMatches(global: RegExp, input: string): number {
  const start = performance.now();
  global.lastIndex = 0;
  let count = 0;
  for (const match of input.matchAll(global)) if (match[0].length === 0 || ++count > LENGTH) break;
  return performance.now() - start;
}

const bestOfThree = (global: RegExp, input: string): number => Math.min(timeMatches(global, input), timeMatches(global, input), timeMatches(global, input));

describe("exported patterns on adversarial input", () => {
  it("each runs in linear-looking time (under a bound on 20,000 characters)", async () => {
    const patterns = new Map<string, RegExp>();
    for (const file of sourceFiles(SRC)) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const value of Object.values(module)) collect(value, patterns, 4);
    }
    expect(patterns.size).toBeGreaterThan(20);
    const inputs = adversarial(LENGTH);
    const quarters = adversarial(LENGTH / 4);
    const slow: string[] = [];
    for (const pattern of patterns.values()) {
      const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
      for (const [i, input] of inputs.entries()) {
        if (timeMatches(global, input) <= BOUND_MS) continue;
        const whole = bestOfThree(global, input);
        const quarter = Math.max(bestOfThree(global, quarters[i] ?? ""), 1);
        if (whole > SLOW_MS || (whole > BOUND_MS && whole / quarter > GROWTH_LIMIT)) {
          slow.push(`/${pattern.source.slice(0, 80)}/${pattern.flags} on ${JSON.stringify(input.slice(0, 6))}… ${whole.toFixed(0)} ms (${quarter.toFixed(0)} ms on a quarter)`);
        }
      }
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
