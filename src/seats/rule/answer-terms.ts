// The terms the answer ranker matches a question and a document entry on: stemmed words, the pack's concept
// classes (and its everyday-word lexicon, when weighed), Chinese character pairs, rounded figures, and the kinds of
// answer a text asks for or holds.
import type { AnswerType, LanguagePack } from "../../lang/index.js";
import { tokenize } from "../../text/tokenize.js";
import { STOPWORDS } from "../../text/stopwords.js";
import { cjkBigrams } from "../../text/similarity.js";
import { normalQuery } from "./query-normal.js";
import { lexiconConcepts } from "./lexicon-concepts.js";

/** Noun endings that leave the verb or adjective ("renewal" / "renew", "electricity" / "electric"), when four letters stay. */
const NOUN_ENDING = /^([a-z]{4,}?)(?:ations?|als?|ity)$/;

function stem(token: string): string {
  // "runn" (the tokeniser's "running") meets "run"; applied alike to both sides, so "bil" for "bill" is harmless.
  const doubled = (word: string): string => (/([b-df-hj-np-tv-z])\1$/.test(word) ? word.slice(0, -1) : word);
  if (/^[a-z]{4,}$/.test(token) && /([b-df-hj-np-tv-z])\1$/.test(token)) return token.slice(0, -1);
  // A four-letter word drops its silent "e" as the tokeniser's inflected forms do ("move" / "moved" → "mov").
  if (/^[a-z]{3}e$/.test(token)) return token.slice(0, -1);
  if (!/^[a-z]{5,}$/.test(token)) return token;
  const noun = token.length >= 7 ? NOUN_ENDING.exec(token)?.[1] : undefined;
  if (noun !== undefined) return doubled(noun.replace(/e$/, ""));
  return token.replace(/(?:ments?|ies|es|s|ed|ing)$/, (end) => (end === "ies" ? "y" : "")).replace(/e$/, "");
}

const CJK_CHAR = /[\u4e00-\u9fff]/g;

/** A figure of 50 or more rounded down and up to its first two digits: a customer who
 *  remembers a sum roughly ("about 400", "两千四") meets the document's exact one (398, 2460). */
function nearFigures(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const value = Number(match[0].replace(/,/g, ""));
    if (!Number.isFinite(value) || value < 50) continue;
    const step = 10 ** (Math.floor(Math.log10(value)) - 1);
    out.push(`≈${Math.floor(value / step) * step}`, `≈${Math.ceil(value / step) * step}`);
  }
  return out;
}

/** Most buckets a range is read into (a wider one says too little to match a figure by). */
const RANGE_BUCKETS = 20;

/** The bucket of a figure at its own first digit (a four-digit sum to its thousands, a figure under ten to its units). */
const bucketOf = (value: number, step: number): string => `⊂${Number((Math.floor(value / step + 1e-9) * step).toPrecision(6))}`;
const firstDigitStep = (value: number): number => 10 ** Math.floor(Math.log10(value));

/** A figure the customer names, as the bucket a range of the document holding it is read into too. */
function figureBuckets(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const value = Number(match[0].replace(/,/g, ""));
    if (Number.isFinite(value) && value > 0) out.push(bucketOf(value, firstDigitStep(value)));
  }
  return out;
}

/** A range the document states ("N to M", "between N and M"), as the buckets it covers at the first digit of its
 *  lower end: a customer naming a figure inside it ("about X?", "above X?") meets it. */
function rangeBuckets(text: string, pack: LanguagePack): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(pack.hearing.figureRange)) {
    const [low, high] = [match[1], match[2]].map((f) => Number((f ?? "").replace(/,/g, "")));
    if (low === undefined || high === undefined || !(low > 0) || !(high > low)) continue;
    const step = firstDigitStep(low);
    if ((high - low) / step > RANGE_BUCKETS) continue;
    for (let k = Math.floor(low / step + 1e-9); k * step <= high + 1e-9; k++) out.push(bucketOf(k * step, step));
  }
  return [...new Set(out)];
}

const lightMemo = new WeakMap<LanguagePack, ReadonlySet<string>>();
/** The pack's light words as the terms they become ("getting" → "get"). */
function lightStems(pack: LanguagePack): ReadonlySet<string> {
  const known = lightMemo.get(pack);
  if (known !== undefined) return known;
  const set = new Set<string>();
  for (const word of pack.hearing.lightWords) {
    for (const token of tokenize(word)) set.add(stem(token));
    set.add(stem(word.toLowerCase().replace(/['’]s$/, "")));
  }
  lightMemo.set(pack, set);
  return set;
}

/** A text's terms with their counts: words (`°` light words), `#concept` classes, `~` character pairs, `·` single characters and `≈` rounded figures. */
export type Terms = ReadonlyMap<string, number>;

/** `side`: a question's figures are read as buckets, a document's ranges as the buckets they cover. */
export function termsOf(text: string, pack: LanguagePack, lexicon: boolean, side: "question" | "document" = "document"): Terms {
  // What a question asks about, not how it asks: "when", "how much", "几点" say the kind of answer wanted (read by
  // typesAsked and the question kinds), and would otherwise match every entry asked the same way.
  const normal = normalQuery(text, pack).toLowerCase().replace(pack.hearing.questionFrame, " ").replace(pack.hearing.askWords, " ");
  const terms = new Map<string, number>();
  const add = (term: string): void => {
    terms.set(term, (terms.get(term) ?? 0) + 1);
  };
  const light = lightStems(pack);
  for (const word of tokenize(normal)) {
    const term = stem(word);
    // "it's" reaches here as "it": a function word once its ending is gone.
    if (STOPWORDS.has(term)) continue;
    add(light.has(term) ? `°${term}` : term);
    // A word's first five letters meet its other forms the stemmer leaves apart ("neighbour" / "neighbor",
    // "insured" / "insurance", "extended" / "extension").
    if (!light.has(term) && /^[a-z]{6,}$/.test(word)) add(`^${word.slice(0, 5)}`);
  }
  for (const [id, pattern] of pack.hearing.concepts) if (pattern.test(normal)) add(`#${id}`);
  if (lexicon) for (const [id, pattern] of lexiconConcepts(pack)) if (pattern.test(normal)) add(`#${id}`);
  for (const term of nearFigures(normal)) add(term);
  for (const term of side === "question" ? figureBuckets(normal) : rangeBuckets(normal, pack)) add(term);
  // Pairs from the words alone: question words and particles would pair with everything.
  const words = normal.replace(pack.hearing.questionWords, " ");
  for (const gram of cjkBigrams(words)) add(`~${gram}`);
  // Characters alone, once each (a paraphrase keeps one character of the document's word and no pair).
  for (const char of new Set(words.match(CJK_CHAR) ?? [])) if (!pack.hearing.lightChars.includes(char)) add(`·${char}`);
  return terms;
}

/** The terms of a text that asks (`asked`: the kinds of answer it asks for) or answers (the kinds it holds). */
export function withTypes(terms: Terms, types: Iterable<AnswerType>): Terms {
  const out = new Map(terms);
  for (const type of types) out.set(`@${type}`, 1);
  return out;
}

export function typesAsked(text: string, pack: LanguagePack): AnswerType[] {
  const normal = normalQuery(text, pack).toLowerCase();
  return (Object.keys(pack.hearing.answerTypes) as AnswerType[]).filter((type) => pack.hearing.answerTypes[type].asks.test(normal));
}

export function typesHeld(answer: string, pack: LanguagePack): ReadonlySet<AnswerType> {
  const lower = answer.toLowerCase();
  return new Set((Object.keys(pack.hearing.answerTypes) as AnswerType[]).filter((type) => {
    const { holds, holdsCased } = pack.hearing.answerTypes[type];
    return holds.test(lower) || (holdsCased?.test(answer) ?? false);
  }));
}


/** The pack's question kinds (why, when, how much, how, can, yes-no) as kinds of answer: "can I…" and "is it…" both
 *  want a yes or a no, so they are one kind here. */
const KIND_OF_ANSWER = [0, 1, 2, 3, 4, 4] as const;

export function kindsOf(text: string, pack: LanguagePack): number[] {
  return [...new Set(pack.hearing.questionKinds.flatMap((pattern, i) => (pattern.test(text) ? [KIND_OF_ANSWER[i] ?? i] : [])))];
}

export const sizeOf = (terms: Terms): number => [...terms.values()].reduce((sum, n) => sum + n, 0);
