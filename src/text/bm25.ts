// Okapi BM25 over pre-tokenised documents: ranks knowledge-base entries or script lines for a query.

export interface Bm25Hit {
  index: number;
  score: number;
}

const IDF_MEMO_LIMIT = 100_000;
/** Longer queries are deduplicated with a set (the scan for repeats is quadratic). */
const SHORT_QUERY = 32;

export class Bm25Index {
  private readonly termFreqs: Map<string, number>[];
  private readonly lengths: number[];
  private readonly docFreq = new Map<string, number>();
  private readonly avgLength: number;
  /** idf by term: constant once built, and asked for once per candidate document. */
  private readonly idfs = new Map<string, number>();

  constructor(docs: readonly (readonly string[])[], private readonly k1 = 1.2, private readonly b = 0.75) {
    this.termFreqs = docs.map((tokens) => {
      const tf = new Map<string, number>();
      for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
      for (const token of tf.keys()) this.docFreq.set(token, (this.docFreq.get(token) ?? 0) + 1);
      return tf;
    });
    this.lengths = docs.map((tokens) => tokens.length);
    const total = this.lengths.reduce((sum, n) => sum + n, 0);
    this.avgLength = docs.length === 0 ? 0 : total / docs.length;
  }

  get size(): number {
    return this.termFreqs.length;
  }

  private idf(term: string): number {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      const n = this.docFreq.get(term) ?? 0;
      const count = this.termFreqs.length;
      idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
      if (this.idfs.size >= IDF_MEMO_LIMIT) this.idfs.clear();
      this.idfs.set(term, idf);
    }
    return idf;
  }

  /** Score of one document for the query. */
  score(query: readonly string[], index: number): number {
    const tf = this.termFreqs[index];
    const length = this.lengths[index] ?? 0;
    if (tf === undefined || this.avgLength === 0) return 0;
    let score = 0;
    // Each distinct term once, in first-seen order (the sum's order, so the score is the same to the last bit).
    const short = query.length <= SHORT_QUERY;
    const terms = short ? query : [...new Set(query)];
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k] as string;
      if (short && query.indexOf(term) !== k) continue;
      const f = tf.get(term);
      if (f === undefined) continue;
      const norm = f + this.k1 * (1 - this.b + (this.b * length) / this.avgLength);
      score += this.idf(term) * ((f * (this.k1 + 1)) / norm);
    }
    return score;
  }

  /** Documents with a positive score, best first (ties by index). */
  search(query: readonly string[], limit = 5): Bm25Hit[] {
    const hits: Bm25Hit[] = [];
    for (let i = 0; i < this.termFreqs.length; i++) {
      const score = this.score(query, i);
      if (score > 0) hits.push({ index: i, score });
    }
    hits.sort((a, b) => b.score - a.score || a.index - b.index);
    return hits.slice(0, limit);
  }
}
