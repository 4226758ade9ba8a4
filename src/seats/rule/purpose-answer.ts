// "What's it about?" is answered by the script's first line that says what the call is about: the opening's greeting,
// the caller introducing herself and the check of who answered say nothing of it, so a first step holding only those
// leaves the answer to the next one ("Hello, this is <name> from <organisation>." / "I'm ringing because your … is due").
import type { CallerPlan } from "./caller-plan.js";
import type { ContextAnswer } from "./context-answer.js";
import { spokenSentences } from "./context-answer.js";
import { stepCandidates } from "./step-candidates.js";
import { tokenize } from "../../text/tokenize.js";
import { STOPWORDS } from "../../text/stopwords.js";

/** The script's first steps looked at: a purpose is stated near the start or not at all. */
export const PURPOSE_STEPS = 3;
/** A statement says something beyond its framing from this share of the pack's label length (en 2 words, zh 4
 *  characters); a sentence that asks, from the whole length (an identity question naming a plot or a reference is framing). */
const STATEMENT_SHARE = 0.5;
const ASKING_SHARE = 1;
const ASKS = /[?？]\s*["”]?\s*$/;
/** Parts of a name worth removing on their own: a word (a first name of the full name), and Chinese character pairs
 *  (a line names the organisation without its "公司"); a Chinese name's first character is its surname ("<surname>老师"). */
const NAME_WORD = /[\p{L}\p{N}]{2,}/gu;
const CJK_NAME = /^[\u4e00-\u9fff]{2,4}$/;

function nameParts(name: string, framing: RegExp): string[] {
  const bare = name.replace(framing, " ").trim();
  const parts = [name, bare, ...(bare.match(NAME_WORD) ?? [])];
  for (const word of bare.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 2 <= word.length; i++) parts.push(word.slice(i, i + 2));
    if (CJK_NAME.test(word)) parts.push(word.charAt(0));
  }
  return parts.filter((p) => p !== "");
}

/** What a sentence says beyond greeting, self-introduction, the identity question and the names, in speaking units. */
export function contentUnits(plan: CallerPlan, sentence: string): number {
  const { names, pack } = plan;
  let rest = sentence;
  for (const name of [names.organization ?? "", names.caller, names.customer]) {
    for (const part of nameParts(name, pack.hearing.callerFraming)) rest = rest.split(part).join(" ");
  }
  rest = rest.replace(pack.hearing.callerFraming, " ");
  const words = tokenize(rest).filter((w) => !STOPWORDS.has(w) && !/^\d+$/.test(w));
  return pack.speech.units(words.join(" "));
}

/** Each plan's purpose answer, found once: it depends on the plan alone, and a batch asks it call after call. */
const purposes = new WeakMap<CallerPlan, ContextAnswer | null>();

/** The first of the script's first steps with a sentence saying what the call is about, and that sentence; null when none does. */
export function purposeAnswer(plan: CallerPlan): ContextAnswer | null {
  if (purposes.has(plan)) return purposes.get(plan) ?? null;
  const found = findPurpose(plan);
  purposes.set(plan, found);
  return found;
}

function findPurpose(plan: CallerPlan): ContextAnswer | null {
  const { pack } = plan;
  for (const [i, line] of plan.stepLines.slice(0, PURPOSE_STEPS).entries()) {
    if (line === "") continue;
    const sentences = spokenSentences(pack, stepCandidates([line]).map((c) => c.sentence)).filter((s) => !pack.document.asksVerification.test(s));
    const says = (s: string): boolean => contentUnits(plan, s) >= pack.speech.labelUnits * (ASKS.test(s) ? ASKING_SHARE : STATEMENT_SHARE);
    const sentence = sentences.find((s) => !ASKS.test(s) && says(s)) ?? sentences.find(says);
    if (sentence !== undefined) return { step: i + 1, sentence };
  }
  return null;
}
