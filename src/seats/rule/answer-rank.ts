// One ranking of everything on the caller's side that can answer a question: knowledge-base entries (a question
// field and an answer field), the script's statements and the customer-profile facts. Scoring is BM25F over the
// terms of answer-terms.ts, normalised by what the question's terms could score at most, so one calibrated floor
// decides "nothing answers this" on any document. The candidate must also hold the kind of answer asked for (a sum,
// a date, a duration, a count). Weights were chosen leave-one-document-out.
import type { AnswerType, LanguagePack } from "../../lang/index.js";
import { normalQuery } from "./query-normal.js";
import { figuresOf, similar } from "./memo.js";
import { RANK, type RankWeights } from "./answer-weights.js";
import { kindsOf, sizeOf, termsOf, typesAsked, typesHeld, withTypes, type Terms } from "./answer-terms.js";

/** Two candidates this similar say the same thing (a script sentence and the profile fact it reads out). */
const SAME_ANSWER = 0.5;
/** A figure's bucket, read to meet a range (answer-terms). */
const BUCKET_TERM = /^⊂/;
/** Two entries whose scores are this close (runner-up's share of the best) are tied, however high they score. */
const TIED = 0.97;
/** A knowledge-base entry saying the same as a better-ranked statement is given instead from this share of its score. */
const CURATED_SHARE = 0.8;

/** The weight of a term by its mark (answer-terms.ts); a plain word weighs 1, concept classes (`#`) apart. */
const TERM_KIND: Readonly<Record<string, "light" | "prefix" | "nearFigure" | "grams" | "chars" | "answerType">> = { "°": "light", "^": "prefix", "≈": "nearFigure", "~": "grams", "·": "chars", "@": "answerType" };

/** Questions remembered per ranker (ranking, terms, "holds a word"), cleared when full. */
const QUESTION_MEMO = 5_000;

/** A worded candidate this share of an unworded one's score makes the unworded one the weaker reading. */
const RIVAL = 0.5;
/** Terms of the pack's everyday-word lexicon (answer-terms). */
const LEXICON_TERM = /^#lex\./;
/** Terms that name no word of the question: concept classes, light words, kinds of answer. */
const CLASS_TERM = /^[#°@]/;
/** Terms too weak to say two texts speak of the same thing: those, single characters and rounded figures. */
const WEAK_TERM = /^[#°@·≈]/;

export { RANK, type RankWeights } from "./answer-weights.js";

export type Candidate =
  | { kind: "kb"; index: number }
  | { kind: "step"; step: number; sentence: string }
  | { kind: "fact"; text: string; rule?: true };

export interface RankedCandidate {
  candidate: Candidate;
  score: number;
}


interface Entry {
  candidate: Candidate;
  /** The field asked like a question (a KB entry's question; empty for statements and facts), and the answer. */
  asked: Terms;
  /** What a term of the asked field weighs (a knowledge-base question, or a step's title). */
  askedWeight: number;
  answer: Terms;
  askedLength: number;
  answerLength: number;
  types: ReadonlySet<AnswerType>;
  /** Kinds of question an entry's own question is (none for statements and facts). */
  kinds: readonly number[];
  prior: number;
}


export class AnswerRanker {
  private readonly entries: Entry[] = [];
  private built = false;
  private readonly docFreq = new Map<string, number>();
  /** Candidates by term: only those sharing a term with the question are scored. */
  private readonly postings = new Map<string, number[]>();
  private avgAsked = 0;
  private avgAnswer = 0;
  private readonly memo = new Map<string, RankedCandidate[]>();
  /** A question's terms and whether it holds a word of the document: `onStep` asks both of every customer line
   *  before `rank` (which reads the terms again), so they are kept per question like the ranking. */
  private readonly questionTerms = new Map<string, Terms>();
  private readonly holdsWords = new Map<string, boolean>();

  constructor(
    private readonly pack: LanguagePack,
    kb: readonly { question: string; answer: string }[],
    steps: readonly { step: number; sentence: string; title?: string }[],
    facts: readonly string[],
    private readonly w: RankWeights = RANK,
    /** Sentences of the brief telling the caller what not to say or do ("No upselling: …", "Never promise…"). They
     *  are ranked, never given: a question they match best is one the document forbids answering. */
    rules: readonly string[] = [],
  ) {
    this.source = { kb, steps, facts, rules };
  }

  private readonly source: { kb: readonly { question: string; answer: string }[]; steps: readonly { step: number; sentence: string; title?: string }[]; facts: readonly string[]; rules: readonly string[] };

  /** The index, built on the first question (a plan is made for every call; many calls are never asked anything). */
  private index(): void {
    if (this.entries.length > 0 || this.built) return;
    this.built = true;
    const { pack, w } = this;
    const { kb, steps, facts, rules } = this.source;
    const lex = w.lexicon > 0;
    const none: Terms = new Map();
    const entry = (candidate: Candidate, asked: Terms, answerText: string, prior: number, kinds: readonly number[] = [], askedWeight = w.question, askedFor: readonly AnswerType[] = []): Entry => {
      // An entry's answer answers its own question: it holds the kind of answer that question asks for, however worded
      // (an entry asked "when…?" answers with a when, even one no date pattern reads).
      const types = new Set([...typesHeld(answerText, pack), ...askedFor]);
      const answer = withTypes(termsOf(answerText, pack, lex), types);
      return { candidate, asked, askedWeight, answer, askedLength: sizeOf(asked), answerLength: sizeOf(answer), types, kinds, prior };
    };
    this.entries.push(
      ...kb.map((e, index) => {
        const asks = typesAsked(e.question, pack);
        return entry({ kind: "kb", index }, withTypes(termsOf(e.question, pack, lex), asks), e.answer, 1, kindsOf(normalQuery(e.question, pack), pack), w.question, asks);
      }),
      // A step's title says what the step is about, as an entry's question does ("Explain the fee and the waiver").
      ...steps.map((s) => entry({ kind: "step", step: s.step, sentence: s.sentence }, s.title === undefined || s.title === "" || w.title === 0 ? none : termsOf(s.title.replace(pack.document.titleVerb, " "), pack, lex), s.sentence, w.scriptPrior, [], w.title)),
      ...facts.map((text) => entry({ kind: "fact", text }, none, text, w.factPrior)),
      ...rules.map((text) => entry({ kind: "fact", text, rule: true }, none, text, w.factPrior)),
    );
    const asking = this.entries.filter((e) => e.askedLength > 0);
    this.avgAsked = asking.reduce((sum, e) => sum + e.askedLength, 0) / Math.max(1, asking.length);
    this.avgAnswer = this.entries.reduce((sum, e) => sum + e.answerLength, 0) / Math.max(1, this.entries.length);
    this.entries.forEach((e, i) => {
      // Rarity is counted over what the document says and asks, not over its step titles (labels, few words).
      const counted = e.candidate.kind === "kb" ? e.asked : none;
      for (const term of new Set([...e.asked.keys(), ...e.answer.keys()])) {
        if (counted.has(term) || e.answer.has(term)) this.docFreq.set(term, (this.docFreq.get(term) ?? 0) + 1);
        const list = this.postings.get(term);
        if (list === undefined) this.postings.set(term, [i]);
        else list.push(i);
      }
    });
  }

  private idf(term: string): number {
    const n = this.docFreq.get(term) ?? 0;
    return Math.log(1 + (this.entries.length - n + 0.5) / (n + 0.5));
  }

  /** What one occurrence of the term weighs: its rarity, times the share its kind of term gets. */
  private weight(term: string): number {
    const kind = TERM_KIND[term.charAt(0)];
    const share = term.startsWith("#lex.") ? this.w.concept * this.w.lexicon : term.startsWith("#") ? this.w.concept : kind === undefined ? 1 : this.w[kind];
    return share * this.idf(term);
  }

  /** BM25F's pseudo-frequency of a term in a candidate: field-weighted, length-normalised counts. */
  private frequency(e: Entry, term: string): number {
    const { b } = this.w;
    const asked = e.asked.get(term) ?? 0;
    const answer = e.answer.get(term) ?? 0;
    const norm = (length: number, avg: number): number => 1 - b + (b * length) / Math.max(1, avg);
    return (asked > 0 ? (e.askedWeight * asked) / norm(e.askedLength, this.avgAsked) : 0) + (answer > 0 ? (this.w.answer * answer) / norm(e.answerLength, this.avgAnswer) : 0);
  }

  /** Every candidate sharing a term with the question, with its score, best first (context-free; memoised). */
  rank(question: string): readonly RankedCandidate[] {
    const known = this.memo.get(question);
    if (known !== undefined) return known;
    this.index();
    const types = typesAsked(question, this.pack);
    const q = withTypes(this.termsOfQuestion(question), types);
    const kinds = kindsOf(normalQuery(question, this.pack), this.pack);
    const recall = this.pack.hearing.asksRecall.test(question);
    const own = this.pack.hearing.asksOwnRecord.test(question);
    const { k1 } = this.w;
    let total = 0;
    // A figure's bucket is there to meet a range; with no range of the document holding it, it asks about nothing more.
    for (const term of q.keys()) total += this.weight(term) * (this.postings.has(term) ? 1 : BUCKET_TERM.test(term) ? 0 : this.w.unknown);
    const hit = new Set<number>();
    for (const term of q.keys()) for (const i of this.postings.get(term) ?? []) hit.add(i);
    const ranked: RankedCandidate[] = [];
    const unworded: number[] = [];
    for (const i of [...hit].sort((x, y) => x - y)) {
      const e = this.entries[i];
      if (e === undefined || total === 0) continue;
      let matched = 0;
      let worded = false;
      let beyondTitleLexicon = false;
      for (const term of q.keys()) {
        const tf = this.frequency(e, term);
        if (tf > 0 && (!LEXICON_TERM.test(term) || e.answer.has(term))) beyondTitleLexicon = true;
        // Saturated so that one plain occurrence counts 1: the score reads as a weighted coverage of the question.
        if (tf > 0) matched += this.weight(term) * ((tf * (k1 + 1)) / (tf + k1));
        if (tf > 0 && !CLASS_TERM.test(term)) worded = true;
      }
      let lexical = matched / total;
      // An entry's own side: how much of its question the customer asked about (a statement has no question).
      if (e.askedLength > 0) {
        let ownTotal = 0;
        let ownMatched = 0;
        for (const term of e.asked.keys()) {
          ownTotal += this.weight(term);
          if (q.has(term)) ownMatched += this.weight(term);
        }
        lexical = (1 - this.w.ownQuestion) * lexical + this.w.ownQuestion * (ownTotal > 0 ? ownMatched / ownTotal : 0);
      }
      let score = lexical * e.prior * (recall && e.candidate.kind === "kb" ? this.w.recall : 1) * (own && e.candidate.kind !== "kb" ? this.w.ownRecord : 1);
      for (const type of types) score *= e.types.has(type) ? this.w.typeFit : this.w.typeMiss;
      if (kinds.length > 0 && e.kinds.length > 0) score *= kinds.some((k) => e.kinds.includes(k)) ? this.w.kindFit : this.w.kindMiss;
      // A script sentence the question meets only through its step's title, and there only by the everyday-word
      // lexicon, is no candidate: a title is often a bare label for a part of the call, whose everyday sense (a word
      // also said of shop hours or of family) says nothing of what the sentence tells.
      if (!beyondTitleLexicon && e.candidate.kind === "step") continue;
      ranked.push({ candidate: e.candidate, score });
      if (!worded) unworded.push(ranked.length - 1);
    }
    // Where some candidate shares the question's own words, one sharing only ideas and kinds of answer is the weaker
    // reading (a question about a product's cost: the line naming that product, not an entry that merely mentions a charge).
    const wordedBest = Math.max(0, ...ranked.filter((_, i) => !unworded.includes(i)).map((r) => r.score));
    for (const i of unworded) {
      const r = ranked[i];
      // Only against a worded reading that is a real rival (half its score or more), not a stray shared word.
      if (r !== undefined && wordedBest >= RIVAL * r.score) ranked[i] = { candidate: r.candidate, score: r.score * this.w.unworded };
    }
    ranked.sort((a, b) => b.score - a.score);
    if (this.memo.size >= QUESTION_MEMO) this.memo.clear();
    this.memo.set(question, ranked);
    return ranked;
  }

  /** The question holds a word the document uses (not only question words, light words, single characters, concept
   *  classes or kinds of answer; a filler the document never says names nothing in it). */
  hasWords(question: string): boolean {
    const known = this.holdsWords.get(question);
    if (known !== undefined) return known;
    this.index();
    let found = false;
    for (const term of this.termsOfQuestion(question).keys()) {
      if (!WEAK_TERM.test(term) && this.postings.has(term)) {
        found = true;
        break;
      }
    }
    if (this.holdsWords.size >= QUESTION_MEMO) this.holdsWords.clear();
    this.holdsWords.set(question, found);
    return found;
  }

  /** termsOf a question, remembered (read-only: `withTypes` copies before adding). */
  private termsOfQuestion(question: string): Terms {
    let terms = this.questionTerms.get(question);
    if (terms === undefined) {
      terms = termsOf(question, this.pack, this.w.lexicon > 0, "question");
      if (this.questionTerms.size >= QUESTION_MEMO) this.questionTerms.clear();
      this.questionTerms.set(question, terms);
    }
    return terms;
  }

  /** The candidate holds a word (or a character pair) of the question. */
  sharesWords(question: string, candidate: Candidate): boolean {
    this.index();
    const e = this.entries.find((x) => x.candidate === candidate);
    if (e === undefined) return false;
    for (const term of this.termsOfQuestion(question).keys()) if (!WEAK_TERM.test(term) && (e.asked.has(term) || e.answer.has(term))) return true;
    return false;
  }

  /** The candidate that answers, with the call's context: entries already given weigh less. */
  choose(question: string, justGiven: readonly number[] = [], given: readonly number[] = []): RankedCandidate | null {
    const ranked = this.inCall(question, justGiven, given);
    const best = ranked[0];
    if (best === undefined || best.score < this.w.accept) return null;
    // What a rule of the call speaks to best is for the caller to decline, not to answer from the next candidate.
    if (best.candidate.kind === "fact" && best.candidate.rule === true) return null;
    // Two sentences of the same step, or a step and a fact saying the same thing, are not rivals.
    const rivalled = ranked.find((r) => r !== best && !this.sameAnswer(best.candidate, r.candidate));
    const rival = rivalled?.score ?? 0;
    if (best.score < this.w.strong && best.score - rival < this.w.margin) return null;
    // Two entries tied however strong: either would be a guess.
    if (best.candidate.kind === "kb" && rivalled?.candidate.kind === "kb" && rival >= TIED * best.score) return null;
    // A script sentence or a fact that says what a knowledge-base entry close behind says: the entry, written to
    // answer, is given.
    if (best.candidate.kind === "kb") return best;
    return ranked.find((r) => r.candidate.kind === "kb" && r.score >= CURATED_SHARE * best.score && this.sameAnswer(best.candidate, r.candidate)) ?? best;
  }

  /**
   * Two knowledge-base entries that both answer and that `choose` could not tell apart (neither clear of the
   * other): the pair to ask the customer about, best first; null when one wins, nothing answers, or a rival is
   * no entry.
   */
  closePair(question: string, justGiven: readonly number[] = [], given: readonly number[] = []): readonly [number, number] | null {
    const ranked = this.inCall(question, justGiven, given);
    const best = ranked[0];
    if (best === undefined || best.score < this.w.accept || best.candidate.kind !== "kb") return null;
    const rival = ranked.find((r) => r !== best && !this.sameAnswer(best.candidate, r.candidate));
    if (rival === undefined || rival.candidate.kind !== "kb") return null;
    const close = best.score < this.w.strong ? best.score - rival.score < this.w.margin : rival.score >= TIED * best.score;
    if (!close) return null;
    return [best.candidate.index, rival.candidate.index];
  }

  /** The ranking with the call's context: entries already given weigh less. */
  private inCall(question: string, justGiven: readonly number[], given: readonly number[]): RankedCandidate[] {
    const ranked = this.rank(question).map((r) => {
      const { candidate } = r;
      if (candidate.kind !== "kb") return r;
      const factor = justGiven.includes(candidate.index) ? this.w.justGiven : given.includes(candidate.index) ? this.w.givenBefore : 1;
      return { candidate, score: r.score * factor };
    });
    return ranked.sort((a, b) => b.score - a.score);
  }

  private textOf(c: Candidate): string {
    return c.kind === "kb" ? (this.source.kb[c.index]?.answer ?? "") : c.kind === "step" ? c.sentence : c.text;
  }

  private sameAnswer(a: Candidate, b: Candidate): boolean {
    if (a.kind === "step" && b.kind === "step" && a.step === b.step) return true;
    const [ta, tb] = [this.textOf(a), this.textOf(b)];
    return similar(ta, tb) >= SAME_ANSWER || sameFigures(ta, tb);
  }
}

/** Figures two texts must share to state the same thing (one range in a record line and in an entry). */
const SHARED_FIGURES = 2;

/** Two texts stating the same figures: every figure of the one with fewer is in the other, at least two of them. */
function sameFigures(a: string, b: string): boolean {
  // Each end of a range apart: a range in one text is the same two figures as in the other.
  const [fa, fb] = [figuresOf(a), figuresOf(b)].map((fs) => new Set(fs.flatMap((f) => f.atoms.map((atom) => JSON.stringify(atom)))));
  if (fa === undefined || fb === undefined) return false;
  const [few, many] = fa.size <= fb.size ? [fa, fb] : [fb, fa];
  return few.size >= SHARED_FIGURES && [...few].every((f) => many.has(f));
}
