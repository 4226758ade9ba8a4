// Sentence segments of an utterance, and the best paraphrase match of a script line inside a longer turn:
// a turn often carries one script line among other talk, so whole-turn similarity alone undersells it.
import { joinedProfile, profileOf, profileSimilarity, sharedWords, similarityBound, type TextProfile } from "../text/similarity.js";

const SENTENCE_END = /(?<=[。！？!?；;…\n])|(?<=\.)\s+(?=[A-Z"“'‘(])/u;

/** Sentences of a text, trimmed, empty ones dropped (memoised: read-only, shared). */
export function sentences(text: string): readonly string[] {
  return sentenceMemo(text);
}

/** Clauses: sentences split further at commas, so a negation or request is judged within its own clause. */
export function clauses(text: string): string[] {
  return sentences(text)
    .flatMap((sentence) => sentence.split(/[，,、：:]|(?<=\S)\s+[-–—]\s+/u))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Bounded memo: scoring repeats the same script lines and turns many times. */
function memo<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

const sentenceMemo = memo(5000, (text: string): readonly string[] =>
  text
    .split(SENTENCE_END)
    .map((part) => part.trim())
    .filter((part) => part.length > 0),
);

const MAX_WINDOW = 3;

/** Runs of 1..3 consecutive sentences (the whole text included). */
export const windows = memo(5000, (text: string): readonly string[] => {
  const parts = sentences(text);
  const out = new Set<string>([text]);
  for (let size = 1; size <= MAX_WINDOW; size++) {
    for (let i = 0; i + size <= parts.length; i++) out.add(parts.slice(i, i + size).join(" "));
  }
  return [...out];
});

/** The windows' profiles, once per text: each joined from its sentences' profiles (no word spans two sentences). */
const windowProfiles = memo(5000, (text: string): readonly TextProfile[] => {
  const parts = sentences(text).map(profileOf);
  const texts = sentences(text);
  const out = new Map<string, TextProfile>([[text, joinedProfile(text, parts)]]);
  for (let size = 1; size <= MAX_WINDOW; size++) {
    for (let i = 0; i + size <= parts.length; i++) {
      const window = texts.slice(i, i + size).join(" ");
      if (!out.has(window)) out.set(window, joinedProfile(window, parts.slice(i, i + size)));
    }
  }
  return [...out.values()];
});

export interface MatchOptions {
  /**
   * Windows sharing fewer content words with the line than min(minShared, half the line's words) do not count:
   * a short window like "Got a sec?" otherwise meets any long line about "time" and "today".
   */
  minShared?: number;
  /**
   * Apply minShared in full to short lines too (up to the line's own word count): a two-word question such as
   * "Will I get X?" is not asked by any sentence that merely shares its verb.
   */
  fullShort?: boolean;
}

/** How well `text` contains a paraphrase of `line`: best similarity over its sentence windows (0..1). */
export function matchScore(text: string, line: string, options: MatchOptions = {}): number {
  return matchWindows(text, windowProfiles(text), profileOf(line), options);
}

/** matchScore with the text's windows already read (bestLine reads them once for all its lines). */
function matchWindows(text: string, windowList: readonly TextProfile[], lineProfile: TextProfile, options: MatchOptions): number {
  // The first window is the whole text.
  const textProfile = windowList[0] ?? profileOf(text);
  const lineTokens = lineProfile.words.length;
  if (lineTokens === 0 || textProfile.words.length === 0) return 0;
  const need = options.minShared === undefined ? 0 : Math.min(options.minShared, options.fullShort === true ? lineTokens : Math.ceil(lineTokens / 2));
  // The whole text shares the most words with the line; if even it falls short, no window can qualify.
  if (need > 0 && sharedWords(textProfile, lineProfile) < need) return 0;
  let best = 0;
  for (const windowProfile of windowList) {
    const common = sharedWords(windowProfile, lineProfile);
    // A window that cannot beat the best so far (even with every shorter list's bigrams shared) is not compared.
    if (common < need || similarityBound(windowProfile, lineProfile, common) <= best) continue;
    const score = profileSimilarity(windowProfile, lineProfile, common);
    if (score > best) best = score;
  }
  return best;
}

/** Best matchScore of `text` against any of `lines`, with the index of that line (-1 when lines is empty). */
export function bestLine(text: string, lines: readonly string[], options: MatchOptions = {}): { index: number; score: number } {
  let best = { index: -1, score: 0 };
  if (lines.length === 0) return best;
  const windowList = windowProfiles(text);
  lines.forEach((line, index) => {
    const score = matchWindows(text, windowList, profileOf(line), options);
    if (score > best.score) best = { index, score };
  });
  return best;
}
