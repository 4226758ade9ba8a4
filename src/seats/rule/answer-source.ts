// Where the answer to a customer's question lies in the caller's side of the document: a knowledge-base entry,
// a script step's line, a customer-profile fact, or nowhere (then the caller says so honestly).
import { factSentences, factsBeyond, type CallerPlan } from "./caller-plan.js";
import { AnswerRanker, RANK, type RankWeights } from "./answer-rank.js";
import { scriptAnswer } from "./script-answer.js";
import { normalQuery } from "./query-normal.js";
import { tokenize } from "../../text/tokenize.js";
import { lastStepAnswer } from "./last-step-answer.js";
import { contextAnswer } from "./context-answer.js";
import { purposeAnswer } from "./purpose-answer.js";
import { stepCandidates } from "./step-candidates.js";
import { branchAnswer } from "./branch-answer.js";

export { stepCandidates } from "./step-candidates.js";

export type AnswerSource =
  | { kind: "kb"; index: number; score: number }
  | { kind: "step"; step: number; sentence: string }
  | { kind: "fact"; text: string }
  | { kind: "branch"; step: number; sentence: string }
  | { kind: "none" };

export interface AnswerContext {
  kbAnswered?: readonly number[];
  kbLast?: readonly number[];
  /** The step the caller's previous line delivered (its sentences are what a follow-up most likely asks about). */
  lastStep?: number | null;
}

const rankers = new WeakMap<CallerPlan, WeakMap<RankWeights, AnswerRanker>>();

/** The plan's ranker over the knowledge base, every script sentence and the facts beyond the knowledge base. */
export function answerRanker(plan: CallerPlan, weights: RankWeights = RANK): AnswerRanker {
  let byWeights = rankers.get(plan);
  if (byWeights === undefined) rankers.set(plan, (byWeights = new WeakMap()));
  let ranker = byWeights.get(weights);
  if (ranker === undefined) {
    // A sentence telling the caller what to do or not to say is a rule of the call, not something to read out.
    // The document's other sections ("What the caller knows", a file card) hold facts where no profile was read.
    const sections = factSentences(plan.scenario.caller.extraSections.map((x) => x.body), plan.pack);
    const sentences = factsBeyond(plan.profileSentences.length > 0 ? plan.profileSentences : sections, plan.kbEntries);
    const rule = (fact: string): boolean => plan.pack.hearing.directive.test(fact);
    const steps = stepCandidates(plan.stepLines, plan.scenario.caller.steps.map((step) => step.title));
    ranker = new AnswerRanker(plan.pack, plan.kbEntries, steps, sentences.filter((s) => !rule(s)), weights, weights.rules > 0 ? sentences.filter(rule) : []);
    byWeights.set(weights, ranker);
  }
  return ranker;
}

/** A question in several parts that no source answers whole: the first part that one source answers clearly. */
function firstPart(plan: CallerPlan, question: string, ranker: AnswerRanker, context: AnswerContext): ReturnType<AnswerRanker["choose"]> {
  const parts = question.split(plan.pack.hearing.partBreak).filter((part) => part !== undefined && tokenize(part).length >= 2);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const found = ranker.choose(part, context.kbLast ?? [], context.kbAnswered ?? []);
    if (found !== null) return found;
  }
  return null;
}

/** How far down the ranking a confirmed statement's script sentence may lie (the tag blurs the ranking, not the topic). */
const TAG_CANDIDATES = 3;

const wideWeights = new WeakMap<RankWeights, RankWeights>();
/** The weights of the second reading: the lexicon read at `fallbackLexicon`, and no third reading. */
function widened(w: RankWeights): RankWeights {
  let out = wideWeights.get(w);
  if (out === undefined) wideWeights.set(w, (out = { ...w, lexicon: w.fallbackLexicon, fallbackLexicon: 0 }));
  return out;
}

/** The question names nothing the ranker reads as a word (only question and light words), or shares a word with the step's line. */
function onStep(ranker: AnswerRanker, question: string, step: number): boolean {
  return !ranker.hasWords(question) || ranker.rank(question).some((r) => r.candidate.kind === "step" && r.candidate.step === step && ranker.sharesWords(question, r.candidate));
}

/** The best source for a question among the knowledge base, the script's statements and the customer's profile. */
export function answerSource(plan: CallerPlan, question: string, context: AnswerContext = {}, weights: RankWeights = RANK): AnswerSource {
  const ranker = answerRanker(plan, weights);
  // The call's purpose, asked by the customer, is the script's own statement of it wherever the call is. Asked by
  // someone else who answered, it is the opening's (who is calling, not the customer's business).
  const asksPurpose = plan.pack.hearing.asksPurpose.test(question);
  const otherPerson = asksPurpose && plan.pack.hearing.acts["other-person"].test(question);
  if (asksPurpose && !otherPerson) {
    // A knowledge-base entry written for this very question ("why are you calling me?") answers it.
    const entry = ranker.choose(question, context.kbLast ?? [], context.kbAnswered ?? []);
    if (entry?.candidate.kind === "kb" && plan.pack.hearing.asksPurpose.test(plan.kbEntries[entry.candidate.index]?.question ?? "")) return { kind: "kb", index: entry.candidate.index, score: entry.score };
    const purpose = purposeAnswer(plan);
    if (purpose !== null) return { kind: "step", ...purpose };
  }
  const lastStep = otherPerson ? (context.lastStep ?? plan.openingStep ?? 1) : context.lastStep;
  const lastLine = lastStep == null ? undefined : plan.stepLines[lastStep - 1];
  const placed = lastLine === undefined || lastLine === "" ? null : contextAnswer(plan.pack, question, lastStep, stepCandidates([lastLine]).map((c) => c.sentence), onStep(ranker, question, lastStep ?? 0));
  if (placed !== null) return { kind: "step", ...placed };
  // A scam worry is answered by the rules of the call (ring the office back, no card details), or by an entry written
  // for it; never by a script line or a profile fact that shares its words.
  if (plan.pack.hearing.acts["suspects-scam"].test(question)) {
    const entry = ranker.choose(question, context.kbLast ?? [], context.kbAnswered ?? []) ?? firstPart(plan, question, ranker, context);
    return entry?.candidate.kind === "kb" ? { kind: "kb", index: entry.candidate.index, score: entry.score } : { kind: "none" };
  }
  const lexical = ranker.choose(question, context.kbLast ?? [], context.kbAnswered ?? []) ?? firstPart(plan, question, ranker, context);
  // Nothing clear on the document's own words: the same question once more with the pack's everyday synonyms
  // ("cost" / "price"), which would blur the ranking if read for every question.
  const found = lexical ?? (weights.fallbackLexicon > 0 ? answerRanker(plan, widened(weights)).choose(question, context.kbLast ?? [], context.kbAnswered ?? []) : null);
  if (found === null) {
    // A follow-up on the step just said (a time asked again) the document's words leave open.
    const said = context.lastStep == null ? null : plan.stepLines[context.lastStep - 1];
    const followUp = said == null ? null : lastStepAnswer(plan.pack, question, stepCandidates([said]).map((c) => c.sentence));
    if (followUp !== null && context.lastStep != null) return { kind: "step", step: context.lastStep, sentence: followUp };
    // A statement with a tag ("…, right?") asks to confirm what it says: the script sentence among the closest few that
    // shares its words confirms it (said again from the document, never a plain "yes").
    if (plan.pack.hearing.confirmTag.test(question)) {
      const said = ranker.rank(question).slice(0, TAG_CANDIDATES).find((r) => r.candidate.kind === "step" && ranker.sharesWords(question, r.candidate));
      if (said?.candidate.kind === "step") return { kind: "step", step: said.candidate.step, sentence: said.candidate.sentence };
    }
    // A definition question: the script's own definition sentence, when nothing ranks clearly.
    const sentence = plan.pack.hearing.asksDefinition.test(question) ? scriptAnswer(normalQuery(question, plan.pack), plan.stepLines, plan.pack) : null;
    const step = sentence === null ? 0 : plan.stepLines.findIndex((line) => line.includes(sentence)) + 1;
    if (sentence !== null && step !== 0) return { kind: "step", step, sentence };
    // A situation a step's branch foresees: what the branch has the caller say.
    const branch = branchAnswer(plan, question, context.lastStep);
    return branch === null ? { kind: "none" } : { kind: "branch", ...branch };
  }
  const c = found.candidate;
  if (c.kind === "kb") return { kind: "kb", index: c.index, score: found.score };
  if (c.kind === "step") return { kind: "step", step: c.step, sentence: c.sentence };
  return { kind: "fact", text: c.text };
}
