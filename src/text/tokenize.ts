// Tokens for retrieval and matching: jieba words for Chinese, lowercased words for Latin script,
// with punctuation and stopwords removed. Memoised because scenario lines are tokenised again and again.
import type * as JiebaWasm from "jieba-wasm";
import { loadJieba } from "./jieba-image.js";
import { toHalfWidth } from "./normalize.js";
import { STOPWORDS } from "./stopwords.js";

let jieba: typeof JiebaWasm | undefined;

/**
 * jieba (jieba-rs compiled to WebAssembly: one portable package, no per-platform native build), loaded with its
 * dictionary on the first Chinese text only, so English-only use never pays for it, and from the cached image of
 * the built dictionary when there is one.
 */
function segmenter(): typeof JiebaWasm {
  return (jieba ??= loadJieba().jieba);
}

const RUN = /[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.'’-][a-z0-9]+)*/g;
const CACHE_LIMIT = 20_000;
const cache = new Map<string, readonly string[]>();

function computeTokens(text: string): string[] {
  const tokens: string[] = [];
  const normal = toHalfWidth(text).toLowerCase();
  for (const match of normal.matchAll(RUN)) {
    const run = match[0];
    const code = run.charCodeAt(0);
    if (code >= 0x3400) {
      for (const word of segmenter().cut(run, true)) if (!STOPWORDS.has(word)) tokens.push(word);
    } else if (!STOPWORDS.has(run)) {
      tokens.push(stem(run.replace(/['’]s$/, "")));
    }
  }
  return tokens;
}

/** A light English suffix stripper: enough for "goes/going/gone" style paraphrase, no dictionary. */
function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ing") && word.length > 4) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 4) return word.slice(0, -2);
  if (/(s|x|ch|sh|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Content tokens of a text (read-only, shared: do not mutate). */
export function tokenize(text: string): readonly string[] {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const tokens = computeTokens(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, tokens);
  return tokens;
}

const sets = new Map<string, ReadonlySet<string>>();

/** The content tokens of a text as a set (read-only, shared): the rule customer asks "was this word said" each turn. */
export function tokenSet(text: string): ReadonlySet<string> {
  let set = sets.get(text);
  if (set === undefined) {
    set = new Set(tokenize(text));
    if (sets.size >= CACHE_LIMIT) sets.clear();
    sets.set(text, set);
  }
  return set;
}

/** Chinese when the text has more CJK characters than Latin letters. */
export function detectLanguage(text: string): "zh" | "en" {
  let cjk = 0;
  let latin = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x3400 && code <= 0x9fff) cjk++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  return cjk * 2 >= latin && cjk > 0 ? "zh" : "en";
}
