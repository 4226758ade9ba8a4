// Matching a customer's question to the caller's knowledge base: BM25 over question + answer tokens, blended
// with paraphrase similarity to the question and with how much of the question the entry covers at all. Two
// generic intents steer between close candidates: a question asking for a figure wants an answer that has one,
// and "send me the table" wants an entry about documents or sending. An entry just given is penalised, so a new
// question in similar words gets the entry that fits it next. A threshold leaves stranger questions unmatched.
import type { KbEntry } from "../../schema/index.js";
import { Bm25Index } from "../../text/bm25.js";
import { tokenize } from "../../text/tokenize.js";
import { cjkBigrams, keptProfile, profileOf, profileSimilarity, type TextProfile } from "../../text/similarity.js";
import { figuresOf } from "./memo.js";
import type { LanguagePack } from "../../lang/index.js";
import { normalQuery } from "./query-normal.js";

export interface KbMatch {
  index: number;
  /** 0..1 blended confidence. */
  score: number;
}

/** Accepted outright at this blended score… */
export const KB_THRESHOLD = 0.2;
/** …or from this score when the runner-up is clearly behind (below KB_MARGIN × the best). */
export const KB_WEAK_THRESHOLD = 0.1;
export const KB_MARGIN = 0.85;
/** Below this many shared content words (or close paraphrase of the question), an entry is not a candidate. */
const MIN_SHARED = 2;
const PARAPHRASE = 0.35;
/** Multipliers: an entry given in the caller's previous turn, or earlier in the call. */
const JUST_GIVEN = 0.5;
const GIVEN_BEFORE = 0.85;
/** Multipliers when the question's intent (figure wanted, document wanted) is or is not served by the entry. */
const INTENT_FIT = 1.2;
const INTENT_MISS = 0.75;

/** A "send me the table" question meets an entry asking for documents: as good as two shared words, plus this. */
const DOCUMENT_BONUS = 0.12;

/** What kind of question (the pack's questionKinds: why, when, how much…): same kind ×KIND_FIT, another ×KIND_MISS. */
const KIND_FIT = 1.15;
const KIND_MISS = 0.9;

function kindsOf(text: string, pack: LanguagePack): number[] {
  return pack.hearing.questionKinds.flatMap((pattern, i) => (pattern.test(text) ? [i] : []));
}

/** A candidate sharing fewer words than MIN_SHARED is kept at this weight (and never accepted weakly). */
const THIN = 0.7;

/** "seats" / "seat", "reduced" / "reduce": a light English stem for counting shared words only. */
function stem(token: string): string {
  if (!/^[a-z]{5,}$/.test(token)) return token;
  return token.replace(/(?:ments?|ies|es|s|ed|ing)$/, (end) => (end === "ies" ? "y" : "")).replace(/e$/, "");
}

interface EntryFeatures {
  tokens: ReadonlySet<string>;
  /** The question's own content words (stemmed). */
  questionTokens: ReadonlySet<string>;
  grams: ReadonlySet<string>;
  /** The question's words, and its profile as similarity reads it (built when the entry is first a candidate). */
  questionWords: readonly string[];
  question: TextProfile | null;
  hasFigure: boolean;
  hasDocument: boolean;
  /** The entry's own question asks for a document or for something to be sent. */
  asksDocument: boolean;
  kinds: readonly number[];
}

export class KbMatcher {
  private readonly index: Bm25Index;
  /** BM25 score of each question against its own entry: the scale a perfect match reaches. */
  private readonly selfScores: number[];
  private readonly features: EntryFeatures[];
  /** Do the entries differ in having figures / talking about documents (else the intent says nothing)? */
  private readonly figureSplit: boolean;
  private readonly documentSplit: boolean;
  /** Entries by stemmed word and by CJK character pair. */
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly entries: readonly KbEntry[], private readonly pack: LanguagePack) {
    const { hasDocument, requestsSomething } = pack.hearing;
    // The question counts twice: customers word their questions like the question, not the answer.
    // Each entry tokenised once (a 5 MB document's entries overflow the tokeniser's memo); the words of
    // "question answer" are the question's followed by the answer's.
    const words = entries.map((e) => ({ question: tokenize(e.question), answer: tokenize(e.answer) }));
    this.index = new Bm25Index(words.map((w) => [...w.question, ...w.question, ...w.answer]));
    this.selfScores = words.map((w, i) => Math.max(1e-9, this.index.score(w.question, i)));
    this.features = entries.map((e, i) => {
      const text = `${e.question} ${e.answer}`;
      const w = words[i] ?? { question: [], answer: [] };
      return {
        tokens: new Set([...w.question, ...w.answer].map(stem)),
        questionTokens: new Set(w.question.map(stem)),
        grams: cjkBigrams(text),
        questionWords: w.question,
        question: null,
        hasFigure: figuresOf(e.answer).length > 0,
        hasDocument: hasDocument.test(text),
        asksDocument: hasDocument.test(e.question) || requestsSomething.test(e.question),
        kinds: kindsOf(e.question, pack),
      };
    });
    this.features.forEach((f, i) => {
      for (const key of [...f.tokens, ...f.grams]) {
        const list = this.postings.get(key);
        if (list === undefined) this.postings.set(key, [i]);
        else if (list.at(-1) !== i) list.push(i);
      }
    });
    const split = (pick: (f: EntryFeatures) => boolean): boolean => this.features.some(pick) && !this.features.every(pick);
    this.figureSplit = split((f) => f.hasFigure);
    this.documentSplit = split((f) => f.hasDocument);
  }

  /** Ranked candidates with their blended score (best first); `justGiven` / `given` are penalised. */
  rank(said: string, limit = 3, justGiven: readonly number[] = [], given: readonly number[] = []): (KbMatch & { thin: boolean })[] {
    const hearing = this.pack.hearing;
    const text = normalQuery(said, this.pack);
    const words = tokenize(text.replace(hearing.questionFrame, " "));
    const query = [...new Set(words)];
    if (query.length === 0) return [];
    const queryGrams = cjkBigrams(text);
    const queryProfile = profileOf(text);
    const wantsFigure = this.figureSplit && hearing.asksFigure.test(text);
    const wantsDocument = this.documentSplit && hearing.asksDocument.test(text);
    const stems = [...new Set(words.map(stem))];
    const scored: (KbMatch & { thin: boolean })[] = [];
    const kinds = kindsOf(text, this.pack);
    // Only entries sharing a word or a character pair can score: the postings find them without a full scan.
    const candidates = new Set<number>();
    for (const key of [...stems, ...queryGrams]) for (const i of this.postings.get(key) ?? []) candidates.add(i);
    // "Send me the table" meets an entry about documents even without a shared word.
    if (wantsDocument) this.features.forEach((f, i) => {
      if (f.asksDocument) candidates.add(i);
    });
    [...candidates].sort((x, y) => x - y).forEach((i) => {
      const entry = this.entries[i];
      const f = this.features[i];
      if (entry === undefined) return;
      if (f === undefined) return;
      f.question ??= keptProfile(entry.question, f.questionWords);
      const sim = profileSimilarity(queryProfile, f.question);
      const sharedWords = stems.filter((t) => f.tokens.has(t)).length;
      let sharedGrams = 0;
      for (const gram of queryGrams) if (f.grams.has(gram)) sharedGrams++;
      // Chinese segmentation varies ("对比表" / "报表"): two shared character pairs count as one shared word.
      const documentPair = wantsDocument && f.asksDocument;
      const shared = sharedWords + Math.floor(sharedGrams / 2) * (sharedWords < MIN_SHARED ? 1 : 0) + (documentPair ? MIN_SHARED : 0);
      // One shared word is thin evidence, unless it is half of a short question ("Can I freeze my membership?").
      const ownShared = stems.filter((t) => f.questionTokens.has(t)).length;
      const thin = shared < MIN_SHARED && sim < PARAPHRASE && 2 * ownShared < f.questionTokens.size;
      if (shared === 0 && sim < PARAPHRASE) return;
      const bm = Math.min(1, this.index.score(query, i) / (this.selfScores[i] ?? 1));
      const cover = queryGrams.size > 0 ? Math.max(sharedWords / stems.length, sharedGrams / queryGrams.size) : sharedWords / stems.length;
      let score = 0.45 * bm + 0.35 * sim + 0.2 * cover + (documentPair ? DOCUMENT_BONUS : 0);
      if (wantsFigure) score *= f.hasFigure ? INTENT_FIT : INTENT_MISS;
      if (wantsDocument) score *= f.hasDocument ? INTENT_FIT : INTENT_MISS;
      if (kinds.length > 0 && f.kinds.length > 0) score *= kinds.some((k) => f.kinds.includes(k)) ? KIND_FIT : KIND_MISS;
      // Asked again in other words? Only a close paraphrase of the entry's own question keeps it on top.
      if (justGiven.includes(i) && sim < 0.5) score *= JUST_GIVEN;
      else if (given.includes(i)) score *= GIVEN_BEFORE;
      if (thin) score *= THIN;
      scored.push({ index: i, score: Math.min(1, score), thin });
    });
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    return scored.slice(0, limit);
  }

  /** Results by question and call context: the same lines come back call after call (a batch runs thousands). */
  private readonly memo = new Map<string, KbMatch | null>();

  /** The best entry when it clears the threshold, else null. */
  match(text: string, alreadyAnswered: readonly number[] = [], justGiven: readonly number[] = []): KbMatch | null {
    const key = `${text}\u0000${alreadyAnswered.join(",")}\u0000${justGiven.join(",")}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const found = this.compute(text, alreadyAnswered, justGiven);
    if (this.memo.size >= 5_000) this.memo.clear();
    this.memo.set(key, found);
    return found;
  }

  private compute(text: string, alreadyAnswered: readonly number[], justGiven: readonly number[]): KbMatch | null {
    const ranked = this.rank(text, 4, justGiven, alreadyAnswered);
    const accept = (list: readonly (KbMatch & { thin: boolean })[]): KbMatch | null => {
      const [best, second] = list;
      if (best === undefined) return null;
      const clear = second === undefined || second.score < KB_MARGIN * best.score;
      const ok = best.score >= KB_THRESHOLD || (best.score >= KB_WEAK_THRESHOLD && clear && !best.thin);
      return ok ? { index: best.index, score: best.score } : null;
    };
    // Right after an entry was given, a new question is first matched among the others on their own merits.
    const fresh = justGiven.length === 0 ? null : accept(ranked.filter((m) => !justGiven.includes(m.index)));
    return fresh ?? accept(ranked);
  }
}
