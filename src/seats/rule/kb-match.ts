// Matching a customer's question to the caller's knowledge base: BM25 over question + answer tokens,
// blended with paraphrase similarity to the question, with a threshold so a stranger question stays unmatched.
import type { KbEntry } from "../../schema/index.js";
import { Bm25Index } from "../../text/bm25.js";
import { tokenize } from "../../text/tokenize.js";
import { similar as similarity } from "./memo.js";

export interface KbMatch {
  index: number;
  /** 0..1 blended confidence. */
  score: number;
}

/** Accepted outright at this blended score… */
export const KB_THRESHOLD = 0.3;
/** …or from this score when the runner-up is clearly behind (below KB_MARGIN × the best). */
export const KB_WEAK_THRESHOLD = 0.1;
export const KB_MARGIN = 0.7;

export class KbMatcher {
  private readonly index: Bm25Index;
  /** BM25 score of each question against its own entry: the scale a perfect match reaches. */
  private readonly selfScores: number[];

  constructor(private readonly entries: readonly KbEntry[]) {
    // The question counts twice: customers word their questions like the question, not the answer.
    this.index = new Bm25Index(entries.map((e) => [...tokenize(e.question), ...tokenize(e.question), ...tokenize(e.answer)]));
    this.selfScores = entries.map((e, i) => Math.max(1e-9, this.index.score(tokenize(e.question), i)));
  }

  /** Ranked candidates with their blended score (best first). */
  rank(text: string, limit = 3): KbMatch[] {
    const query = tokenize(text);
    if (query.length === 0) return [];
    const hits = this.index.search(query, Math.max(limit, 5));
    const scored = hits.map((hit) => {
      const entry = this.entries[hit.index];
      const bm = Math.min(1, hit.score / (this.selfScores[hit.index] ?? 1));
      const sim = entry === undefined ? 0 : similarity(text, entry.question);
      return { index: hit.index, score: 0.5 * bm + 0.5 * sim };
    });
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    return scored.slice(0, limit);
  }

  /** The best entry when it clears the threshold, else null. */
  match(text: string, alreadyAnswered: readonly number[] = []): KbMatch | null {
    const ranked = this.rank(text, 4);
    const accept = (list: readonly KbMatch[]): KbMatch | null => {
      const [best, second] = list;
      if (best === undefined) return null;
      if (best.score >= KB_THRESHOLD) return best;
      const clear = second === undefined || second.score < KB_MARGIN * best.score;
      return best.score >= KB_WEAK_THRESHOLD && clear ? best : null;
    };
    // Asked again in other words? Prefer an entry not given yet, if one fits on its own merits.
    const fresh = alreadyAnswered.length === 0 ? null : accept(ranked.filter((m) => !alreadyAnswered.includes(m.index)));
    return fresh ?? accept(ranked);
  }
}
