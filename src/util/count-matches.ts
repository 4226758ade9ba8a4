// Counting a pattern's matches without building them: `text.match(/…/g).length` makes an array of every match's
// string only to count it, and the speaking measures (units, size) run on every line a rule call weighs.

/**
 * How many times a global pattern matches in text, as `text.match(pattern)?.length ?? 0` says, with no match
 * objects made. The pattern must have the g flag and never match the empty string (test() would not advance).
 */
export function countMatches(pattern: RegExp, text: string): number {
  if (!pattern.global) throw new Error(`countMatches needs a global pattern: ${pattern}`);
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.test(text)) count++;
  return count;
}
