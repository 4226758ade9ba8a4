// A reply that says the opposite of the knowledge-base entry it answers: it negates what the entry states ("I don't
// think the lid is covered" against "the warranty covers the lid"), or states what the entry negates ("押金可以退"
// against "押金不退"). Read clause by clause: the reply's clause is compared with the entry's clause nearest to it, and a
// negation counts only where what it negates is what both clauses speak of.
import { profileOf, sharedWords, similarity } from "../text/similarity.js";
import { clauses, sentences } from "./segments.js";
import { tokenize } from "../text/tokenize.js";
import type { EvalLang } from "./lang/index.js";

/** The entry's clause and the reply's speak of the same thing at this similarity, sharing this many words (one: a short
 * clause, "up to two ferrets", has one word for what it speaks of). */
const SAME_THING = 0.4;
const SHARED_WORDS = 1;

/** Typographic apostrophes read as the plain one the language pack is written with ("don’t" is "don't"). */
const straight = (text: string): string => text.replace(/[\u2018\u2019]/gu, "'");

/** The words a clause's negation governs (what follows the first negation), or null when it holds none. */
function negated(lang: EvalLang, clause: string): string | null {
  const hit = lang.negation.exec(clause);
  return hit === null ? null : clause.slice(hit.index + hit[0].length);
}

/** The reply says the first word of what the entry's negation governs. */
function saysFirstWord(negatedWords: string, said: string): boolean {
  const first = tokenize(negatedWords)[0];
  if (first === undefined) return true;
  // Found as written too: a word the reply's own segmentation joins to its neighbour ("就算" holds "算").
  const profile = profileOf(first);
  return said.includes(first) || profile.words.length === 0 || sharedWords(profile, profileOf(said)) > 0;
}

/** The entry's clause nearest to `said`, with the sentence it sits in. */
function nearest(entryClauses: readonly { clause: string; sentence: string }[], said: string): { clause: string; sentence: string; score: number } | null {
  let best: { clause: string; sentence: string; score: number } | null = null;
  for (const item of entryClauses) {
    const score = similarity(item.clause, said);
    if (best === null || score > best.score) best = { ...item, score };
  }
  return best;
}

/** Does a clause of the reply say the opposite of the entry's answer? Conditions ("if…", "如果…") state no fact, and a
 * clause the document's own script gives the caller (`scripted`, lower-cased) is the script's word, not a contradiction
 * of the entry: a step read after the answer ("not during a pause … you can pause for 1, 2 or 3 months") is no answer. */
export function negationConflict(lang: EvalLang, answer: string, reply: string, scripted: (clause: string) => boolean = () => false): string | null {
  const entryClauses = sentences(answer).flatMap((sentence) => {
    const low = straight(sentence.toLowerCase());
    return lang.conditional.test(low) ? [] : clauses(sentence).map((clause) => ({ clause: straight(clause.toLowerCase()), sentence: low }));
  });
  for (const said of clauses(reply).map((clause) => straight(clause.toLowerCase()))) {
    if (lang.conditional.test(said) || scripted(said)) continue;
    const match = nearest(entryClauses, said);
    if (match === null || match.score < SAME_THING) continue;
    const shared = (a: string, b: string): number => sharedWords(profileOf(a), profileOf(b));
    if (shared(match.clause, said) < SHARED_WORDS) continue;
    // "不收钱，…免费", "no charge, free": the negation is the reply's own way to say what the entry says.
    if (lang.free.test(said) && lang.free.test(match.sentence)) continue;
    const mine = negated(lang, said);
    const theirs = negated(lang, match.clause);
    // The reply negates what the entry's whole sentence states without any negation.
    if (mine !== null && theirs === null && !lang.negation.test(match.sentence) && shared(mine, match.clause) > 0) return `"${said}" denies "${match.clause}"`;
    // The reply states what the entry's clause negates: the word right after the negation is what it negates ("押金不退"
    // denies the refund); one the reply does not say ("不放心可以打…", "if you're not sure, ring …") negates nothing the
    // reply states.
    if (mine === null && theirs !== null && shared(theirs, said) > 0 && saysFirstWord(theirs, said)) return `"${said}" states what "${match.clause}" denies`;
  }
  return null;
}
