// An unmatched question the script itself already answered ("180 active? How are you counting?" after the step
// that defined "active"): the caller points back to its own sentence instead of saying it does not know. Only
// sentences of steps already delivered are candidates, so nothing new (and no new figure) is said.
import type { Language } from "../../schema/index.js";
import { tokenize } from "../../text/tokenize.js";

/** "How are you counting?", "怎么算的？": the customer asks what a word or figure means. */
const ASKS_DEFINITION = /^\s*[\w-]+ how\?|defin|count(?:ing|ed)?\b|measur|calculat|what do you mean|mean by|怎么算|如何计算|怎么统计|口径|指的是|什么意思|怎么定义/i;
const DEFINES = /defin|means?\b|counts? as|measured|calculated|we count|is when|指的是|是指|定义|口径|按.{0,10}(?:计算|统计)|算作|即/i;
/** Shared content words a sentence needs (a definition sentence needs one less). */
const MIN_SHARED = 2;
const MIN_COVERAGE = 0.25;

function stem(token: string): string {
  return /^[a-z]{5,}$/.test(token) ? token.replace(/(?:ments?|ies|es|s|ed|ing)$/, "").replace(/e$/, "") : token;
}

const words = new Map<string, ReadonlySet<string>>();

/** Stemmed content words of a script sentence, remembered (the script is read again in every call). */
function wordsOf(sentence: string): ReadonlySet<string> {
  let found = words.get(sentence);
  if (found === undefined) {
    found = new Set(tokenize(sentence).map(stem));
    if (words.size >= 20_000) words.clear();
    words.set(sentence, found);
  }
  return found;
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[。！？!?；;])|(?<=\.)\s+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The delivered sentence that answers the question, or null. */
export function scriptAnswer(question: string, delivered: readonly string[]): string | null {
  // Figures the customer echoes back ("10分钟", "212") are not evidence that a sentence answers the question.
  const wanted = new Set(tokenize(question).filter((t) => !/\d/.test(t)).map(stem));
  if (wanted.size === 0) return null;
  const definition = ASKS_DEFINITION.test(question);
  let best: string | null = null;
  let bestScore = 0;
  for (const sentence of delivered.flatMap(sentencesOf)) {
    if (/[？?]\s*$/.test(sentence)) continue;
    const have = wordsOf(sentence);
    let shared = 0;
    for (const token of wanted) if (have.has(token)) shared++;
    const defines = definition && DEFINES.test(sentence);
    const need = defines ? MIN_SHARED - 1 : MIN_SHARED;
    const score = shared + (defines ? 1.5 : 0);
    // Two shared words out of a long question is chance: a quarter of the question must be covered.
    const covered = defines || shared / wanted.size >= MIN_COVERAGE;
    if (shared >= need && covered && score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best;
}

export function pointBack(language: Language, sentence: string): string {
  return language === "zh" ? `具体来说，${sentence}` : `To be clear: ${sentence}`;
}
