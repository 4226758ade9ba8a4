// Question-and-answer pairs run on inside a paragraph with the marks written bare: "问水压多少正常？答一到一点五公斤。",
// "问“去渍要多少钱”答另收 60 元；", "Q: Is it covered? A: Yes, two seasons." A run of two or more pairs, anywhere in
// the paragraph, is the knowledge base; the text before and after it stays where it was.

/**
 * One pair: a question mark word, the question (quoted, or up to its question mark), an answer mark word, the
 * answer up to its sentence end. Bounded spans, no nested repeats.
 */
const PAIR = /(?<![\p{L}])(?:问|Q)\s*[:：]?\s*(“[^”]{2,200}”|"[^"]{2,200}"|[^“”"？?。；;:：]{2,200}[？?])\s*(?:答|A)\s*[:：]?\s*([^。；;]{2,400}?(?:[。；;]|$|(?=\s*(?:问|Q)\s*[:：“"])))/gu;
/** Two pairs make a run: one could be a question a sentence quotes. */
const MIN_PAIRS = 2;

export interface QaRun {
  before: string;
  pairs: { question: string; answer: string }[];
  after: string;
}

/** The first run of bare inline pairs in the text, or null. */
export function inlineQaRun(text: string): QaRun | null {
  if (!/(?:问|Q)/u.test(text) || !/(?:答|A)/u.test(text)) return null;
  let from = -1;
  let to = -1;
  let pairs: QaRun["pairs"] = [];
  for (const m of text.matchAll(PAIR)) {
    const pair = { question: unquote(m[1] ?? ""), answer: (m[2] ?? "").replace(/[。；;]$/u, "").trim() };
    if (from >= 0 && text.slice(to, m.index).trim() === "") pairs.push(pair);
    else if (pairs.length >= MIN_PAIRS) break;
    else {
      from = m.index;
      pairs = [pair];
    }
    to = m.index + m[0].length;
  }
  if (pairs.length < MIN_PAIRS) return null;
  return { before: text.slice(0, from).trim(), pairs, after: text.slice(to).trim() };
}

function unquote(text: string): string {
  return text.replace(/^[“"]|[”"]$/gu, "").trim();
}
