// Paraphrase-tolerant similarity of two utterances: word overlap blended with Chinese character bigrams,
// so "响应时长怎么算的" still meets "响应时长是怎样精确记录的".
// Each text is read once into a profile (its content words and bigrams as sorted interned ids), so a comparison is
// two merges of small integer arrays: scoring compares the same lines with many turns.
import { toHalfWidth, hasCjk } from "./normalize.js";
import { tokenize } from "./tokenize.js";

const NON_CJK = /[^\u3400-\u9fff\uf900-\ufaff]+/g;

export function cjkBigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const run of toHalfWidth(text).split(NON_CJK)) {
    for (let i = 0; i + 1 < run.length; i++) grams.add(run.slice(i, i + 2));
  }
  return grams;
}

/** A text as the comparisons read it: content words and CJK bigrams as sorted unique ids (read-only). */
export interface TextProfile {
  readonly text: string;
  readonly words: Int32Array;
  readonly grams: Int32Array;
  readonly cjk: boolean;
  /** The id table it was read with: ids of different tables are never compared. */
  readonly table: number;
}

/** Profiles and interned ids are dropped past these sizes (a long batch meets ever new lines and words). */
const PROFILE_LIMIT = 20_000;
const INTERN_LIMIT = 1_000_000;
const ids = new Map<string, number>();
const profiles = new Map<string, TextProfile>();
let table = 0;

function idsOf(items: Iterable<string>): Int32Array {
  const out: number[] = [];
  for (const item of items) {
    let id = ids.get(item);
    if (id === undefined) {
      id = ids.size;
      ids.set(item, id);
    }
    out.push(id);
  }
  // Sorted natively, then repeats dropped in place (cheaper than a Set for one-off texts).
  const sorted = Int32Array.from(out).sort();
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[kept++] = sorted[i] as number;
  return kept === sorted.length ? sorted : sorted.slice(0, kept);
}

function read(text: string, words: readonly string[] = tokenize(text)): TextProfile {
  if (ids.size >= INTERN_LIMIT) {
    ids.clear();
    profiles.clear();
    table++;
  }
  const cjk = hasCjk(text);
  return { text, words: idsOf(words), grams: cjk ? idsOf(cjkBigrams(text)) : new Int32Array(0), cjk, table };
}

/** The profile of a text (memoised, bounded). */
export function profileOf(text: string): TextProfile {
  let profile = profiles.get(text);
  if (profile !== undefined && profile.table === table) return profile;
  if (profiles.size >= PROFILE_LIMIT) profiles.clear();
  profile = read(text);
  profiles.set(text, profile);
  return profile;
}

/** A profile to keep (an index's entries): built without filling the shared memo; `words` = tokenize(text) when known. */
export function keptProfile(text: string, words?: readonly string[]): TextProfile {
  const known = profiles.get(text);
  return known !== undefined && known.table === table ? known : read(text, words);
}

function union(lists: readonly Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0] as Int32Array;
  let size = 0;
  for (const list of lists) size += list.length;
  const all = new Int32Array(size);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i] as number;
  return all.slice(0, kept);
}

/**
 * The profile of `text` made of `parts`, the profiles of its pieces, when no word or bigram crosses a piece's edge
 * (sentences: their ends are punctuation or spaces, which no word or CJK run contains). Saves tokenising it again.
 */
export function joinedProfile(text: string, parts: readonly TextProfile[]): TextProfile {
  if (parts.length === 0 || parts.some((part) => part.table !== table)) return profileOf(text);
  return {
    text,
    words: union(parts.map((part) => part.words)),
    grams: union(parts.map((part) => part.grams)),
    cjk: parts.some((part) => part.cjk),
    table,
  };
}

/**
 * `p` read with the current id table (it may predate a reset). Asked once per side rather than returned as a pair:
 * the workers run without TurboFan inlining, so a pair returned would be an array allocated per comparison.
 */
function current(p: TextProfile): TextProfile {
  return p.table === table ? p : profileOf(p.text);
}

function intersection(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** How many content words two texts share. */
export function sharedWords(a: TextProfile, b: TextProfile): number {
  if (a.table === table && b.table === table) return intersection(a.words, b.words);
  return intersection(current(a).words, current(b).words);
}

function dice(a: Int32Array, b: Int32Array, common: number): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (2 * common) / (a.length + b.length);
}

/** similarity() of two profiles; `commonWords` when the caller already counted their shared words. */
export function profileSimilarity(a: TextProfile, b: TextProfile, commonWords?: number): number {
  const fresh = a.table === table && b.table === table;
  const x = fresh ? a : current(a);
  const y = fresh ? b : current(b);
  const words = dice(x.words, y.words, x === a && y === b && commonWords !== undefined ? commonWords : intersection(x.words, y.words));
  if (!x.cjk || !y.cjk) return words;
  const grams = dice(x.grams, y.grams, intersection(x.grams, y.grams));
  return Math.max(words, 0.5 * words + 0.5 * grams);
}

/** An upper bound of profileSimilarity(a, b) from the shared word count and the bigram lists' lengths alone. */
export function similarityBound(a: TextProfile, b: TextProfile, commonWords: number): number {
  const words = dice(a.words, b.words, commonWords);
  if (!a.cjk || !b.cjk) return words;
  const grams = dice(a.grams, b.grams, Math.min(a.grams.length, b.grams.length));
  return Math.max(words, 0.5 * words + 0.5 * grams);
}

/** 0..1; 1 for the same content words. */
export function similarity(a: string, b: string): number {
  return profileSimilarity(profileOf(a), profileOf(b));
}

/** Share of b's content words that a contains (0..1): "does a cover b?". */
export function coverage(a: string, b: string): number {
  const have = profileOf(a);
  const need = profileOf(b);
  if (need.words.length === 0) return 0;
  return sharedWords(have, need) / need.words.length;
}
