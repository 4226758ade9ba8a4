// Two knowledge-base entries equally close to a customer's question: the caller asks which one is meant, offering
// both in the entries' own words (the pack's frame), and reads the pick; the customer reads the offer and picks
// the option nearer its own question. Neither side guesses: no pick, no answer.
import { fill, type LanguagePack } from "../../lang/index.js";
import type { CallerPlan } from "./caller-plan.js";
import { tokenize } from "../../text/tokenize.js";
import { cjkBigrams } from "../../text/similarity.js";

/** An entry's question longer than this share of a long turn is offered by its first clause only. */
const OPTION_SHARE_OF_LONG_TURN = 0.5;
/** Naming nothing apart, the customer takes the first option when both together hold this share of its question's words. */
const SHARED_SHARE = 0.5;

/** An entry's question as an option inside the clarifying question: its end mark and quotes left off, kept short. */
export function optionText(question: string, pack: LanguagePack): string {
  const plain = question.replace(/["“”「」]/g, "").trim().replace(/[？?。.!！\s]+$/u, "");
  const short = pack.speech.units(plain) <= OPTION_SHARE_OF_LONG_TURN * pack.speech.longTurnUnits ? plain : (plain.split(pack.speech.clauseBreak).find((c) => c.trim() !== "") ?? plain).replace(/[，,；;\s]+$/u, "");
  return pack.grammar.lowerFirst(short);
}

/** The caller's clarifying question offering the two entries, best first. */
export function clarifyingQuestion(plan: CallerPlan, pair: readonly [number, number]): string {
  const [a, b] = pair.map((i) => optionText(plan.kbEntries[i]?.question ?? "", plan.pack));
  return fill(plan.pack.clarify.ask, { a: a ?? "", b: b ?? "" });
}

/** A text's words (stemmed, no stop words) and the character pairs of its longer Chinese words ("丢了挂失" meets "挂失"). */
function termsOf(text: string): Set<string> {
  const words = tokenize(text);
  return new Set([...words, ...words.flatMap((w) => (w.length > 2 ? [...cjkBigrams(w)] : []))]);
}

/** Which of two options a text names by what sets it apart from the other (0 or 1), or null when it names neither. */
function namesApart(text: string, a: string, b: string): 0 | 1 | null {
  const said = termsOf(text);
  const [ta, tb] = [termsOf(a), termsOf(b)];
  const own = (mine: Set<string>, other: Set<string>): number => [...mine].filter((t) => !other.has(t) && said.has(t)).length;
  const [da, db] = [own(ta, tb), own(tb, ta)];
  return da === db ? null : da > db ? 0 : 1;
}

/** Which entry of the offered pair the customer's reply picks (by place or by what sets it apart); null: neither, or unclear. */
export function pickedEntry(plan: CallerPlan, reply: string, pair: readonly [number, number]): number | null {
  const { clarify } = plan.pack;
  if (clarify.neither.test(reply)) return null;
  const first = clarify.first.test(reply);
  const second = clarify.second.test(reply);
  if (first !== second) return first ? pair[0] : pair[1];
  const [a, b] = pair.map((i) => plan.kbEntries[i]?.question ?? "");
  const named = namesApart(reply, a ?? "", b ?? "");
  return named === null ? null : pair[named];
}

/** The two options of a clarifying question the caller just asked, or null when the line offers none. */
export function offeredOptions(callerLine: string, pack: LanguagePack): readonly [string, string] | null {
  const match = pack.clarify.asked.exec(callerLine);
  const a = match?.[1]?.trim();
  const b = match?.[2]?.trim();
  return a === undefined || b === undefined || a === "" || b === "" ? null : [a, b];
}

/**
 * The option the customer's own question was about: the one it names by what sets it apart (a person offered "A or
 * B?" takes the one its words point to, however few of them); naming both apart ("the key and the card?"), the
 * first, the caller's best guess, the other being asked later; naming neither apart, the first when the question is
 * mostly about what both share; else null, and the customer says neither rather than take an answer to another
 * question.
 */
export function ownPick(options: readonly [string, string], asked: string): string | null {
  const said = termsOf(asked);
  const share = (option: string): number => {
    const offered = termsOf(option);
    return [...said].filter((t) => offered.has(t)).length / Math.max(1, said.size);
  };
  const named = namesApart(asked, options[0], options[1]);
  if (named !== null) return options[named];
  if (apartCount(asked, options[0], options[1]) > 0) return options[0];
  return share(`${options[0]} ${options[1]}`) >= SHARED_SHARE ? options[0] : null;
}

/** How many of what sets the first option apart from the second a text names. */
function apartCount(text: string, a: string, b: string): number {
  const said = termsOf(text);
  const [ta, tb] = [termsOf(a), termsOf(b)];
  return [...ta].filter((t) => !tb.has(t) && said.has(t)).length;
}
