// A customer's question the knowledge base and the script leave open may be one a step's branch foresees ("when: the
// lid is cracked / then: note it; the fitter brings a spare"): the branch whose situation shares the question's words
// answers with what it has the caller say, the quoted line it gives, or its clauses that are not the caller's own
// chores (noting, endings, what not to say). A branch that says nothing speakable answers nothing.
import type { CallerPlan } from "./caller-plan.js";
import type { LanguagePack } from "../../lang/index.js";
import { tokenize } from "../../text/tokenize.js";

export interface BranchAnswer {
  step: number;
  sentence: string;
}

/** Latin terms sharing this many leading letters are one word in two forms ("trips" / "tripping"). */
const STEM = 4;
/** At least one in this many of the question's topic words must be the branch situation's. */
const COVER = 3;
const HAN = /^\p{Script=Han}+$/u;
const ARROW = /\s*(?:→|->|=>|⇒)\s*/u;
/** An arrow opening the branch ("→ <situation>: <what to do>") marks it as a sub-item: no part of the situation. */
const LEADING_ARROW = /^\s*(?:→|->|=>|⇒)\s*/u;
const QUOTED = /[“"「]([^”"」]{4,})[”"」]/gu;
/** A quote the branch forbids ("don't say 'it's harmless'") is not said. */
const NEGATED = /(?:不|别|勿|not|n't|never|nothing)\s*(?:说|提|讲|say|tell)?\s*$/iu;
const CLAUSE = /[;；。，]/u;

/** Two terms name the same thing: equal, one the other's stem, or two Han words sharing a character that names a
 *  topic (not "们" of two pronouns). */
function sameTerm(a: string, b: string, light: string): boolean {
  if (a === b) return true;
  if (HAN.test(a) && HAN.test(b)) return a.length >= 2 && b.length >= 2 && [...a].some((ch) => !light.includes(ch) && b.includes(ch));
  return a.length >= STEM && b.length >= STEM && a.slice(0, STEM) === b.slice(0, STEM);
}

/** "<situation> → <what to do>", "when: <situation> / then: <what to do>", "<situation>: <what to do>". */
function split(written: string, pack: LanguagePack): { situation: string; action: string } | null {
  const branch = written.replace(LEADING_ARROW, "");
  const then = pack.document.branchAnswer.then.exec(branch) ?? ARROW.exec(branch);
  const at = then?.index ?? branch.search(/[:：]/u);
  if (at < 0) return null;
  const cut = then === null ? 1 : then[0].length;
  // A label before the situation ("when:", a field name) is dropped.
  const situation = branch.slice(0, at).replace(/^[^:：]{0,12}[:：]\s*/u, "").trim();
  return situation === "" ? null : { situation, action: branch.slice(at + cut).trim() };
}

/** What the caller says for a branch's action, or null when it holds only the caller's chores. */
function spoken(action: string, pack: LanguagePack): string | null {
  // A closing written with a blank to fill is an ending's line, not an answer.
  if (/[{}]/u.test(action)) return null;
  for (const m of action.matchAll(QUOTED)) if (!NEGATED.test(action.slice(0, m.index))) return ended(m[1] ?? "", pack);
  const { chore, askThem, please } = pack.document.branchAnswer;
  const kept: string[] = [];
  for (const raw of action.split(CLAUSE)) {
    const clause = raw.trim();
    if (clause === "") continue;
    const asked = askThem.exec(clause);
    if (asked !== null) kept.push(`${please}${clause.slice(asked[0].length)}`);
    else if (!chore.test(clause) && !pack.hearing.directive.test(clause)) kept.push(clause);
  }
  if (kept.length === 0) return null;
  return kept.map((c) => ended(c.charAt(0).toUpperCase() + c.slice(1), pack)).join(pack.speech.joiner);
}

function ended(text: string, pack: LanguagePack): string {
  const t = text.trim();
  return /[。！？.!?]$/u.test(t) ? t : `${t}${pack.speech.fullStop}`;
}

/** The branch answer to a question, the branch nearest the step just said winning a tie; null when none is clear. */
export function branchAnswer(plan: CallerPlan, question: string, lastStep: number | null | undefined): BranchAnswer | null {
  const { pack } = plan;
  const { lightChars, lightWords, questionWords } = pack.hearing;
  const same = (a: string, b: string): boolean => sameTerm(a, b, lightChars);
  // The call's own subject (a word of its task) is in every branch's situation and tells none of them apart; question
  // words and everyday words name no topic.
  const topic = tokenize(plan.scenario.caller.task);
  const light = new Set(lightWords.flatMap((w) => tokenize(w)));
  const asked = tokenize(question.replace(new RegExp(questionWords.source, "gu"), " "))
    .filter((t) => t.length >= 2 && !light.has(t) && [...t].some((ch) => !lightChars.includes(ch)) && !topic.some((x) => same(t, x)));
  if (asked.length === 0) return null;
  let best: { score: number; distance: number; answer: BranchAnswer } | null = null;
  let tied = false;
  for (const step of plan.scenario.caller.steps) {
    for (const branch of [...(step.branches ?? []), ...(step.instructions ?? [])]) {
      const parts = split(branch, pack);
      if (parts === null) continue;
      const situation = tokenize(parts.situation);
      const score = asked.filter((q) => situation.some((s) => same(q, s))).length;
      // One shared word among many is a passing mention, not the situation asked about.
      if (score === 0 || score * COVER < asked.length) continue;
      const sentence = spoken(parts.action, pack);
      if (sentence === null) continue;
      const distance = Math.abs(step.index - (lastStep ?? step.index));
      if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
        tied = false;
        best = { score, distance, answer: { step: step.index, sentence } };
      } else if (score === best.score && distance === best.distance) tied = true;
    }
  }
  return best === null || tied ? null : best.answer;
}
