// Regex tests remembered per text: a scorer's language pack tests the same cue patterns against the same sentences
// call after call (rule calls repeat their turns), and many cues are long alternations. `test` of a pattern with
// neither the g nor the y flag is a pure function of its input (it neither reads nor writes lastIndex), so such a
// pattern's own `test` may answer from a table; exec, match, replace and split are left as they are.
// One table for every remembering pattern: per text, one byte per pattern (0 not asked yet, 1 no, 2 yes), so memory
// is bounded by the number of texts kept, whatever the number of patterns.

/** Texts kept; the table is emptied whole when full (as keptIn does). */
const LIMIT = 8192;
const results = new Map<string, Uint8Array>();
let patterns = 0;

const nativeTest = RegExp.prototype.test;

/** Gives `pattern` a remembering `test` (once; a g or y pattern, or a frozen one, is left alone); returns it. */
export function rememberTest(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky || !Object.isExtensible(pattern) || Object.prototype.hasOwnProperty.call(pattern, "test")) return pattern;
  const id = patterns++;
  const test = (input: string): boolean => {
    const text = String(input);
    let row = results.get(text);
    if (row === undefined || row.length <= id) {
      const grown = new Uint8Array(Math.max(patterns, 64));
      if (row !== undefined) grown.set(row);
      else if (results.size >= LIMIT) results.clear();
      results.set(text, (row = grown));
    }
    const known = row[id];
    if (known !== undefined && known !== 0) return known === 2;
    const value = nativeTest.call(pattern, text);
    row[id] = value ? 2 : 1;
    return value;
  };
  Object.defineProperty(pattern, "test", { value: test, enumerable: false, writable: false, configurable: false });
  return pattern;
}

/** Every pattern reachable from `pack` (own properties, arrays, nested objects) given a remembering `test`. */
export function rememberTests<T extends object>(pack: T): T {
  const visit = (value: unknown, seen: Set<object>): void => {
    if (value instanceof RegExp) {
      rememberTest(value);
      return;
    }
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key], seen);
  };
  visit(pack, new Set());
  return pack;
}
