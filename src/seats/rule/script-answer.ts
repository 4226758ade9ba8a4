// An unmatched question the script itself already answered (a customer asking how a figure is counted, after the
// step that defined it): the caller points back to its own sentence instead of saying it does not know. Only
// sentences of steps already delivered are candidates, so nothing new (and no new figure) is said.
import { fill, type LanguagePack } from "../../lang/index.js";
import { tokenize } from "../../text/tokenize.js";

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
export function scriptAnswer(question: string, delivered: readonly string[], pack: LanguagePack): string | null {
  // Figures the customer echoes back ("10分钟", "212") are not evidence that a sentence answers the question.
  const wanted = new Set(tokenize(question).filter((t) => !/\d/.test(t)).map(stem));
  if (wanted.size === 0) return null;
  const definition = pack.hearing.asksDefinition.test(question);
  let best: string | null = null;
  let bestScore = 0;
  for (const sentence of delivered.flatMap(sentencesOf)) {
    if (/[？?]\s*$/.test(sentence)) continue;
    const have = wordsOf(sentence);
    let shared = 0;
    for (const token of wanted) if (have.has(token)) shared++;
    const defines = definition && pack.hearing.defines.test(sentence);
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

export function pointBack(pack: LanguagePack, sentence: string): string {
  const ended = /[。！？.!?]$/.test(sentence.trim()) ? sentence.trim() : `${sentence.trim()}${pack.speech.fullStop}`;
  return fill(pack.caller.pointBack, { sentence: ended });
}
