// Paraphrase-tolerant similarity of two utterances: word overlap blended with Chinese character bigrams,
// so "响应时长怎么算的" still meets "响应时长是怎样精确记录的".
import { toHalfWidth, hasCjk } from "./normalize.js";
import { tokenize } from "./tokenize.js";

function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const NON_CJK = /[^\u3400-\u9fff\uf900-\ufaff]+/g;

export function cjkBigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of toHalfWidth(text).split(NON_CJK)) {
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
  }
  return grams;
}

// Memoised read-only bigram sets: scoring compares the same script lines with many turns (eval spent most of its
// time rebuilding them).
const BIGRAM_CACHE_LIMIT = 20_000;
const bigramCache = new Map<string, ReadonlySet<string>>();
function cachedBigrams(text: string): ReadonlySet<string> {
  let grams = bigramCache.get(text);
  if (grams === undefined) {
    if (bigramCache.size >= BIGRAM_CACHE_LIMIT) bigramCache.clear();
    grams = cjkBigrams(text);
    bigramCache.set(text, grams);
  }
  return grams;
}

// Content-word sets, memoised the same way: every check compares the same lines again and again.
const TOKEN_SET_LIMIT = 20_000;
const tokenSetCache = new Map<string, ReadonlySet<string>>();

/** The content words of a text as a read-only set (memoised, bounded). */
export function tokenSet(text: string): ReadonlySet<string> {
  let set = tokenSetCache.get(text);
  if (set === undefined) {
    if (tokenSetCache.size >= TOKEN_SET_LIMIT) tokenSetCache.clear();
    set = new Set(tokenize(text));
    tokenSetCache.set(text, set);
  }
  return set;
}

/** 0..1; 1 for the same content words. */
export function similarity(a: string, b: string): number {
  const words = dice(tokenSet(a), tokenSet(b));
  if (!hasCjk(a) || !hasCjk(b)) return words;
  const grams = dice(cachedBigrams(a), cachedBigrams(b));
  return Math.max(words, 0.5 * words + 0.5 * grams);
}

/** Share of b's content words that a contains (0..1): "does a cover b?". */
export function coverage(a: string, b: string): number {
  const need = tokenSet(b);
  if (need.size === 0) return 0;
  const have = tokenSet(a);
  let hit = 0;
  for (const token of need) if (have.has(token)) hit++;
  return hit / need.size;
}
