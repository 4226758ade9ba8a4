// Matching a customer's question to the caller's knowledge base: BM25 over question + answer tokens, blended
// with paraphrase similarity to the question and with how much of the question the entry covers at all. Two
// generic intents steer between close candidates: a question asking for a figure wants an answer that has one,
// and "send me the table" wants an entry about documents or sending. An entry just given is penalised, so a new
// question in similar words gets the entry that fits it next. A threshold leaves stranger questions unmatched.
import type { KbEntry } from "../../schema/index.js";
import { Bm25Index } from "../../text/bm25.js";
import { tokenize } from "../../text/tokenize.js";
import { cjkBigrams } from "../../text/similarity.js";
import { figuresOf, similar as similarity } from "./memo.js";

export interface KbMatch {
  index: number;
  /** 0..1 blended confidence. */
  score: number;
}

/** Accepted outright at this blended score… */
export const KB_THRESHOLD = 0.3;
/** …or from this score when the runner-up is clearly behind (below KB_MARGIN × the best). */
export const KB_WEAK_THRESHOLD = 0.12;
export const KB_MARGIN = 0.7;
/** Below this many shared content words (or close paraphrase of the question), an entry is not a candidate. */
const MIN_SHARED = 2;
const PARAPHRASE = 0.35;
/** Multipliers: an entry given in the caller's previous turn, or earlier in the call. */
const JUST_GIVEN = 0.5;
const GIVEN_BEFORE = 0.85;
/** Multipliers when the question's intent (figure wanted, document wanted) is or is not served by the entry. */
const INTENT_FIT = 1.2;
const INTENT_MISS = 0.75;

/** "How many minutes exactly?", "有没有最新数据？": the customer wants a figure, not a description. */
const ASKS_FIGURE = /多少|几[个天次分小年月周号点块]|多[长久快大]|统计|数据|数字|具体.{0,4}(?:时间|分钟|钱|费|价)|百分|比例|how (?:many|much|long|soon|fast|often)|what(?:'s| is| are) the (?:number|figure|rate|price|cost)|figures?|numbers?|stats|statistics|percent|exactly/i;
/** "有没有明细能直接发我？", "can you send me the report?": a document, or something sent. */
const ASKS_DOCUMENT = /[表单]|报告|报表|资料|材料|文件|文档|清单|明细|截图|发我|发给我|发过来|邮箱|邮件|书面|report|document|sheet|table|summary|breakdown|in writing|send (?:me|it|over)|e-?mail|pdf|quote/i;
const HAS_DOCUMENT = /报告|报表|表格|对比表|资料|材料|文件|文档|清单|明细|书面|report|document|sheet|table|summary|breakdown|in writing|pdf|quote/i;
/** Question frames that carry no content ("I need to know…", "请问…"): left out of the query. */
const FRAME = /\b(?:i (?:need|want|would like|'d like|have) to (?:know|ask|understand)|(?:can|could) you tell me|tell me|let me ask|i(?:'m| am) wondering|i wonder|i'?d like to hear)\b|我想知道|想问一下|我想问|请问|问一下|我就想知道/gi;

const REQUESTS = /索取|获取|领取|发给|发送|寄给|\bsend\b|\bget (?:a|the|my|our)\b/i;
/** A "send me the table" question meets an entry asking for documents: as good as two shared words, plus this. */
const DOCUMENT_BONUS = 0.12;

/** What kind of question: a "why" wants a reason, a "when" a time… Same kind ×KIND_FIT, another kind ×KIND_MISS. */
const KINDS: readonly RegExp[] = [
  /为什么|为啥|凭什么|怎么会|\bwhy\b|how come/i,
  /什么时候|多久|几号|哪天|\bwhen\b|how (?:long|soon)/i,
  /多少钱|多少|几个|\bhow (?:much|many)\b/i,
  /怎么(?!会)|如何|\bhow (?:do|does|did|can|is|are|will|would)\b/i,
  /能不能|可不可以|可以吗|能否|能吗|\b(?:can|could|may) (?:i|we)\b/i,
  /是不是|会不会|有没有|^\s*(?:does|do|is|are|will|did|has|have)\b/i,
];
const KIND_FIT = 1.15;
const KIND_MISS = 0.9;

function kindsOf(text: string): number[] {
  return KINDS.flatMap((pattern, i) => (pattern.test(text) ? [i] : []));
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

  constructor(private readonly entries: readonly KbEntry[]) {
    // The question counts twice: customers word their questions like the question, not the answer.
    this.index = new Bm25Index(entries.map((e) => [...tokenize(e.question), ...tokenize(e.question), ...tokenize(e.answer)]));
    this.selfScores = entries.map((e, i) => Math.max(1e-9, this.index.score(tokenize(e.question), i)));
    this.features = entries.map((e) => {
      const text = `${e.question} ${e.answer}`;
      return {
        tokens: new Set(tokenize(text).map(stem)),
        questionTokens: new Set(tokenize(e.question).map(stem)),
        grams: cjkBigrams(text),
        hasFigure: figuresOf(e.answer).length > 0,
        hasDocument: HAS_DOCUMENT.test(text),
        asksDocument: HAS_DOCUMENT.test(e.question) || REQUESTS.test(e.question),
        kinds: kindsOf(e.question),
      };
    });
    const split = (pick: (f: EntryFeatures) => boolean): boolean => this.features.some(pick) && !this.features.every(pick);
    this.figureSplit = split((f) => f.hasFigure);
    this.documentSplit = split((f) => f.hasDocument);
  }

  /** Ranked candidates with their blended score (best first); `justGiven` / `given` are penalised. */
  rank(text: string, limit = 3, justGiven: readonly number[] = [], given: readonly number[] = []): (KbMatch & { thin: boolean })[] {
    const words = tokenize(text.replace(FRAME, " "));
    const query = [...new Set(words)];
    if (query.length === 0) return [];
    const queryGrams = cjkBigrams(text);
    const wantsFigure = this.figureSplit && ASKS_FIGURE.test(text);
    const wantsDocument = this.documentSplit && ASKS_DOCUMENT.test(text);
    const stems = [...new Set(words.map(stem))];
    const scored: (KbMatch & { thin: boolean })[] = [];
    const kinds = kindsOf(text);
    this.entries.forEach((entry, i) => {
      const f = this.features[i];
      if (f === undefined) return;
      const sim = similarity(text, entry.question);
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
