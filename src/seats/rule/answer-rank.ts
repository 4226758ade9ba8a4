// One ranking of everything on the caller's side that can answer a question: knowledge-base entries (question and
// answer text, the question weighted higher), the script's statements and the customer-profile facts. Evidence is
// idf-weighted coverage of the question's words and concept classes (the pack's generic synonyms), Chinese character
// pairs for segmentation drift, and whether the candidate holds the kind of answer asked for (a sum, a date, a
// duration, a count). The best is chosen only when it clears a floor and the runner-up is clearly behind.
import type { AnswerType, LanguagePack } from "../../lang/index.js";
import { tokenize } from "../../text/tokenize.js";
import { cjkBigrams } from "../../text/similarity.js";
import { normalQuery } from "./query-normal.js";
import { similar } from "./memo.js";

/** Two candidates this similar say the same thing (a script sentence and the profile fact it reads out). */
const SAME_ANSWER = 0.5;

export type Candidate =
  | { kind: "kb"; index: number }
  | { kind: "step"; step: number; sentence: string }
  | { kind: "fact"; text: string };

export interface RankedCandidate {
  candidate: Candidate;
  score: number;
}

/** Weights of the evidence (read as a table). */
export interface RankWeights {
  answerField: number; concept: number; ownQuestion: number; grams: number; typeFit: number; typeMiss: number;
  scriptPrior: number; factPrior: number; unknown: number; lengthNorm: number; justGiven: number; givenBefore: number; accept: number; strong: number; margin: number;
}

export const RANK: RankWeights = {
  /** A word found only in an entry's answer counts this much of one found in its question. */
  answerField: 1,
  /** A concept class counts this much of a word of the same rarity. */
  concept: 1.3,
  /** Share of the entry's own question the customer's words cover (a KB entry's second signal). */
  ownQuestion: 0.3,
  /** Share given to Chinese character pairs next to words. */
  grams: 0.45,
  /** The candidate holds / lacks the kind of answer the question asks for. */
  typeFit: 1.3,
  typeMiss: 1,
  /** Script statements and profile facts are reached for after the curated knowledge base. */
  /** A question word no candidate has counts this much against every candidate (paraphrase noise, or a topic the
   *  document lacks). */
  unknown: 1,
  /** Long answers match more words by chance: an answer-side match counts (mean length / length) ^ lengthNorm. */
  lengthNorm: 0,
  scriptPrior: 0.6,
  factPrior: 0.6,
  /** An entry given in the caller's previous turn, or earlier in the call (a new question wants something new). */
  justGiven: 0.5,
  givenBefore: 0.85,
  /** Accepted from this score when the runner-up is clearly behind (by `margin`), or from `strong` outright. */
  accept: 0.1,
  strong: 0.55,
  margin: 0.01,
};

function stem(token: string): string {
  // "runn" (the tokeniser's "running") meets "run"; applied alike to both sides, so "bil" for "bill" is harmless.
  if (/^[a-z]{3,}$/.test(token) && /([b-df-hj-np-tv-z])\1$/.test(token)) return token.slice(0, -1);
  if (!/^[a-z]{5,}$/.test(token)) return token;
  return token.replace(/(?:ments?|ies|es|s|ed|ing)$/, (end) => (end === "ies" ? "y" : "")).replace(/e$/, "");
}

interface Terms {
  words: ReadonlySet<string>;
  grams: ReadonlySet<string>;
}

function termsOf(text: string, pack: LanguagePack): Terms {
  const normal = normalQuery(text, pack).toLowerCase();
  const words = new Set(tokenize(normal.replace(pack.hearing.questionFrame, " ")).map(stem));
  for (const [id, pattern] of pack.hearing.concepts) if (pattern.test(normal)) words.add(`#${id}`);
  return { words, grams: cjkBigrams(normal) };
}

function typesAsked(text: string, pack: LanguagePack): AnswerType[] {
  const normal = normalQuery(text, pack).toLowerCase();
  return (Object.keys(pack.hearing.answerTypes) as AnswerType[]).filter((type) => pack.hearing.answerTypes[type].asks.test(normal));
}

function typesHeld(answer: string, pack: LanguagePack, question?: string): ReadonlySet<AnswerType> {
  const held = (Object.keys(pack.hearing.answerTypes) as AnswerType[]).filter((type) => pack.hearing.answerTypes[type].holds.test(answer.toLowerCase()));
  return new Set([...held, ...(question === undefined ? [] : typesAsked(question, pack))]);
}

interface Entry {
  candidate: Candidate;
  /** Words of the part that is asked like a question (a KB question), and of the part that answers. */
  asked: Terms;
  answer: Terms;
  /** Kinds of answer it holds (or, for an entry, its own question asks for). */
  types: ReadonlySet<AnswerType>;
  prior: number;
  /** Weight of a match on the answer side (length-normalised). */
  answerWeight: number;
}

export class AnswerRanker {
  private readonly entries: Entry[];
  private readonly docFreq = new Map<string, number>();
  private readonly memo = new Map<string, RankedCandidate[]>();
  private readonly kbAnswers: readonly string[];

  constructor(
    private readonly pack: LanguagePack,
    kb: readonly { question: string; answer: string }[],
    steps: readonly { step: number; sentence: string }[],
    facts: readonly string[],
    private readonly w: RankWeights = RANK,
  ) {
    const none: Terms = { words: new Set(), grams: new Set() };
    this.kbAnswers = kb.map((e) => e.answer);
    this.entries = [
      ...kb.map((e, index): Entry => ({ candidate: { kind: "kb", index }, asked: termsOf(e.question, pack), answer: termsOf(e.answer, pack), types: typesHeld(e.answer, pack), prior: 1, answerWeight: 1 })),
      ...steps.map((s): Entry => ({ candidate: { kind: "step", step: s.step, sentence: s.sentence }, asked: none, answer: termsOf(s.sentence, pack), types: typesHeld(s.sentence, pack), prior: w.scriptPrior, answerWeight: 1 })),
      ...facts.map((text): Entry => ({ candidate: { kind: "fact", text }, asked: none, answer: termsOf(text, pack), types: typesHeld(text, pack), prior: w.factPrior, answerWeight: 1 })),
    ];
    const mean = this.entries.reduce((sum, e) => sum + e.answer.words.size, 0) / Math.max(1, this.entries.length);
    for (const e of this.entries) {
      e.answerWeight = (e.asked.words.size > 0 ? w.answerField : 1) * Math.min(1.5, (mean / Math.max(1, e.answer.words.size)) ** w.lengthNorm);
      for (const key of new Set([...e.asked.words, ...e.answer.words, ...e.asked.grams, ...e.answer.grams])) this.docFreq.set(key, (this.docFreq.get(key) ?? 0) + 1);
    }
  }

  private idf(term: string): number {
    const n = this.docFreq.get(term) ?? 0;
    const count = this.entries.length;
    return Math.log(1 + (count - n + 0.5) / (n + 0.5));
  }

  private weight(term: string): number {
    const known = this.docFreq.has(term) ? 1 : this.w.unknown;
    return known * this.idf(term) * (term.startsWith("#") ? this.w.concept : 1);
  }

  /** Every candidate with its score for the question, best first (context-free; memoised). */
  rank(question: string): readonly RankedCandidate[] {
    const known = this.memo.get(question);
    if (known !== undefined) return known;
    const q = termsOf(question, this.pack);
    const types = typesAsked(question, this.pack);
    const total = [...q.words].reduce((sum, t) => sum + this.weight(t), 0);
    const gramTotal = [...q.grams].reduce((sum, g) => sum + this.idf(g), 0);
    const ranked: RankedCandidate[] = [];
    for (const e of this.entries) {
      let matched = 0;
      for (const t of q.words) matched += e.asked.words.has(t) ? this.weight(t) : e.answer.words.has(t) ? this.weight(t) * e.answerWeight : 0;
      let gramMatched = 0;
      for (const g of q.grams) gramMatched += e.asked.grams.has(g) ? this.idf(g) : e.answer.grams.has(g) ? this.idf(g) * e.answerWeight : 0;
      if (matched === 0 && gramMatched === 0) continue;
      let lexical = total > 0 ? matched / total : 0;
      if (gramTotal > 0) lexical = (1 - this.w.grams) * lexical + this.w.grams * (gramMatched / gramTotal);
      if (e.asked.words.size > 0) {
        let own = 0;
        let ownTotal = 0;
        for (const t of e.asked.words) {
          ownTotal += this.weight(t);
          if (q.words.has(t)) own += this.weight(t);
        }
        lexical = (1 - this.w.ownQuestion) * lexical + this.w.ownQuestion * (ownTotal > 0 ? own / ownTotal : 0);
      }
      let score = lexical * e.prior;
      for (const type of types) score *= e.types.has(type) ? this.w.typeFit : this.w.typeMiss;
      ranked.push({ candidate: e.candidate, score: Math.min(1, score) });
    }
    ranked.sort((a, b) => b.score - a.score);
    if (this.memo.size >= 5_000) this.memo.clear();
    this.memo.set(question, ranked);
    return ranked;
  }

  /** The candidate that answers, with the call's context: entries already given weigh less. */
  choose(question: string, justGiven: readonly number[] = [], given: readonly number[] = []): RankedCandidate | null {
    const ranked = this.rank(question).map((r) => {
      const { candidate } = r;
      if (candidate.kind !== "kb") return r;
      const factor = justGiven.includes(candidate.index) ? this.w.justGiven : given.includes(candidate.index) ? this.w.givenBefore : 1;
      return { candidate, score: r.score * factor };
    });
    ranked.sort((a, b) => b.score - a.score);
    const best = ranked[0];
    if (best === undefined || best.score < this.w.accept) return null;
    // Two sentences of the same step, or a step and a fact saying the same thing, are not rivals.
    const rival = ranked.find((r) => r !== best && !this.sameAnswer(best.candidate, r.candidate))?.score ?? 0;
    return best.score >= this.w.strong || best.score - rival >= this.w.margin ? best : null;
  }

  private textOf(c: Candidate): string {
    return c.kind === "kb" ? (this.kbAnswers[c.index] ?? "") : c.kind === "step" ? c.sentence : c.text;
  }

  private sameAnswer(a: Candidate, b: Candidate): boolean {
    if (a.kind === "step" && b.kind === "step" && a.step === b.step) return true;
    return similar(this.textOf(a), this.textOf(b)) >= SAME_ANSWER;
  }
}
