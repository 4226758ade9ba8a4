// Reading one customer utterance, shared by the rule caller and the engine's observer of human callers: its
// dialogue acts, the identity answer it gives, where the answer to its question lies, and what to record.
// A line that tries to make the caller drop its role records nothing and changes no state.
import type { CallerView, CallState, RecordPatch } from "../seat.js";
import type { Act, Channel, LanguagePack } from "../../lang/index.js";
import { callerPlan, type CallerPlan } from "./caller-plan.js";
import { awaitedReplyOf } from "./awaited-memo.js";
import { channelOf, contactOf, cuesOf, type Cue } from "./cues.js";
import { asksDatum, readActs, type ActContext } from "./acts.js";
import { answerRanker, type AnswerSource } from "./answer-source.js";
import { answerSourceOf } from "./answer-source-memo.js";
import type { KbMatch } from "./kb-match.js";
import { asksIdentity } from "./identity-question.js";
import { tokenize } from "../../text/tokenize.js";
import { byTextAndObject } from "./memo.js";
import { saidStep } from "./said-step.js";

export interface Reading {
  acts: readonly Act[];
  cues: ReadonlySet<Cue>;
  /** true: the customer; false: someone else answered (a relative, a wrong number); null: not said. */
  identity: boolean | null;
  /** Another person answered for the customer (a relative, colleague, assistant). */
  otherPerson: boolean;
  /** The line answers (or dodges) an identity question. */
  asked: boolean;
  /** The line asks something: where its answer lies (`also`: a second entry a two-part question asks for). */
  question: { answer: AnswerSource; kb: KbMatch | null; also?: KbMatch | null; close?: readonly [number, number] | null } | null;
  followUp: { channel: Channel; contact: string | null } | null;
  /** What to record. */
  patches: RecordPatch[];
}

export interface ReadContext {
  /** The caller's previous turn asked who is speaking. */
  identityAsked: boolean;
  /** Step the caller's previous turn delivered, whose answer this line is. */
  step: number | null;
  /** The caller's previous line. */
  prev?: string | null;
  /** Knowledge-base entries already given in this call. */
  kbAnswered?: readonly number[];
  /** Entries the caller's previous turn gave: a new question is less likely to want the same one again. */
  kbLast?: readonly number[];
}

export { asksIdentity } from "./identity-question.js";

/** Acts that carry no answer to a step's question. */
const NOT_AN_ANSWER = new Set<Act>(["injection", "cant-hear", "repeat", "asks-who", "suspects-scam", "hostile", "busy", "goodbye", "deny-identity", "other-person"]);
/** What a waiting step needs to hear before it counts as answered. */
const AWAITED_ACT = { rating: "rating", choice: "pick-option", time: "pick-option" } as const;

/** Lines read per scenario (bounded: a long batch of model calls hears ever new lines). */
const ACT_MEMO_LIMIT = 5000;
/** Per plan: by the line, then the caller line before it, then what was awaited and the customer's name. */
type ActMemo = { size: number; byText: Map<string, Map<string, Map<string, readonly Act[]>>> };
const actMemo = new WeakMap<CallerPlan, ActMemo>();

/** readActs, kept per scenario plan: rule calls hear the same line after the same caller line again and again. */
function actsOf(plan: CallerPlan, text: string, context: ActContext): readonly Act[] {
  let memo = actMemo.get(plan);
  if (memo === undefined) actMemo.set(plan, (memo = { size: 0, byText: new Map() }));
  // The context is part of the key: the same words read differently after another caller line or question. Keyed
  // level by level, not by one joined string: a joined key is a new long string to hash at every look-up.
  const prev = context.prev ?? "\u0001";
  const rest = `${context.awaiting ?? ""}\u0000${context.customerName}`;
  let byPrev = memo.byText.get(text);
  let byRest = byPrev?.get(prev);
  let acts = byRest?.get(rest);
  if (acts === undefined) {
    acts = readActs(text, plan.pack, context);
    if (memo.size >= ACT_MEMO_LIMIT) {
      memo.byText.clear();
      memo.size = 0;
      byPrev = byRest = undefined;
    }
    if (byPrev === undefined) memo.byText.set(text, (byPrev = new Map()));
    if (byRest === undefined) byPrev.set(prev, (byRest = new Map()));
    byRest.set(rest, acts);
    memo.size++;
  }
  return acts;
}

/** A line's cues and follow-up channel, remembered per pack: the same customer lines come back call after call. */
const heardCues = byTextAndObject((text: string, pack: LanguagePack): ReadonlySet<Cue> => cuesOf(text, pack));
const heardChannel = byTextAndObject(channelOf);

export function readUtterance(scenario: CallerView, text: string, context: ReadContext): Reading {
  const plan = callerPlan(scenario);
  const pack = plan.pack;
  const awaiting = context.step === null ? null : (plan.stepAsks[context.step - 1]?.kind ?? null);
  const line = context.step === null ? undefined : plan.stepLines[context.step - 1];
  const heardAs = awaiting ?? (line === undefined ? null : awaitedReplyOf(line, pack, scenario.callee.name));
  const acts = actsOf(plan, text, { prev: context.prev ?? null, customerName: scenario.callee.name, awaiting: heardAs });
  const cues = heardCues(text, pack);
  const has = (act: Act): boolean => acts.includes(act);
  const none: Reading = { acts, cues, identity: null, otherPerson: false, asked: context.identityAsked, question: null, followUp: null, patches: [] };
  if (acts[0] === "injection") return none;

  const patches: RecordPatch[] = [];
  const otherPerson = has("other-person");
  let identity: boolean | null = null;
  // Verification data ("7366") is the act of confirming, but whether it is the right data is the caller's own
  // check: data alone opens nothing here.
  const dataOnly = context.prev != null && asksDatum(context.prev, pack) && !pack.hearing.acts["confirm-identity"].test(text) && !cues.has("yes");
  if (otherPerson || has("deny-identity")) identity = false;
  else if (has("confirm-identity") && !dataOnly) identity = true;
  // Right after "is this X?", a plain yes or "go ahead" confirms; "hello?" or "who's this?" leaves the question open.
  else if (context.identityAsked && !has("asks-who") && !has("suspects-scam") && !has("cant-hear") && !has("repeat") && (cues.has("yes") || cues.has("hurry") || has("agree") || /^\D{0,8}\d{3,}/.test(text))) identity = true;
  if (identity !== null) patches.push({ kind: "identity", confirmed: identity });
  if (identity === false) return { ...none, identity, otherPerson, patches };

  const awaited = awaiting === null ? null : AWAITED_ACT[awaiting];
  const answersStep = context.step !== null && !acts.some((a) => NOT_AN_ANSWER.has(a)) && (awaited === null || has(awaited));
  if (answersStep && context.step !== null) patches.push({ kind: "stepAnswer", step: context.step, answer: text });

  let question: Reading["question"] = null;
  // "I'm worried the parts won't come in time": a worry a knowledge-base entry answers is asked as much as a question is.
  const worry = !has("question") && cues.has("worry") && acts.every((a) => !NOT_AN_ANSWER.has(a));
  const worryAnswer = worry ? answerSourceOf(plan, text, { kbAnswered: context.kbAnswered, kbLast: context.kbLast, lastStep: context.step ?? saidStep(plan, context.prev) }) : null;
  if (has("question") || worryAnswer?.kind === "kb") {
    // The step the caller just said: the rule caller knows it; for a human caller, the step its line reads alike.
    const lastStep = context.step ?? saidStep(plan, context.prev);
    const answer = worryAnswer ?? answerSourceOf(plan, text, { kbAnswered: context.kbAnswered, kbLast: context.kbLast, lastStep });
    const kb = answer.kind === "kb" ? { index: answer.index, score: answer.score } : null;
    // "And then?" / "what else?" push the call on; a "who's this?" while answering the identity question is part
    // of the greeting: neither is a question to answer.
    // "Why did it take so long?!" with nothing in the document to answer it is a complaint to acknowledge.
    // Two entries equally close: the caller asks which is meant rather than guess or put the question off.
    const close = answer.kind === "none" ? answerRanker(plan).closePair(text, context.kbLast ?? [], context.kbAnswered ?? []) : null;
    const filler = answer.kind === "none" && close === null && (cues.has("hurry") || context.identityAsked || has("complaint") || tokenize(text).length < 2);
    if (!filler) {
      const also = kb === null ? null : otherPart(plan, text, kb.index, context);
      // Two entries are answered in the order they were asked: a first part answered by the other entry goes first.
      question = also !== null && also.first && kb !== null ? { answer: { kind: "kb", index: also.index, score: also.score }, kb: { index: also.index, score: also.score }, also: kb, close } : { answer, kb, also: also === null ? null : { index: also.index, score: also.score }, close };
      patches.push({ kind: "question", text, kb: kb?.index ?? null, answered: answer.kind !== "none" });
    }
  }
  if (has("complaint")) patches.push({ kind: "complaint", text });
  if (has("suggestion")) patches.push({ kind: "suggestion", text });

  let followUp: Reading["followUp"] = null;
  const contact = contactOf(text);
  const channel = heardChannel(text, pack);
  if (contact !== null || (has("wants-writing") && channel !== null)) {
    followUp = { channel: channel ?? contact?.channel ?? "other", contact: contact?.contact ?? null };
    if (contact !== null && channel === null) followUp.channel = contact.channel;
    patches.push({ kind: "followUp", channel: followUp.channel, contact: followUp.contact });
  }
  return { acts, cues, identity, otherPerson: false, asked: context.identityAsked, question, followUp, patches };
}

/** A question in two or more parts: the first part whose own best entry (by the same ranker) differs from the whole's. */
function otherPart(plan: CallerPlan, text: string, main: number, context: ReadContext): (KbMatch & { first: boolean }) | null {
  const parts = text.split(/(?<=[？?])\s*/).filter((part) => /[？?]/.test(part) && tokenize(part).length >= 2);
  if (parts.length < 2) return null;
  for (const [i, part] of parts.entries()) {
    const found = answerRanker(plan).choose(part, context.kbLast ?? [], context.kbAnswered ?? []);
    const c = found?.candidate;
    if (found && c?.kind === "kb" && c.index !== main && !(context.kbLast ?? []).includes(c.index)) return { index: c.index, score: found.score, first: i === 0 };
  }
  return null;
}

/** The reading context of callee turn `index` from the call so far. */
export function readContextAt(scenario: CallerView, state: CallState, index: number): ReadContext {
  let previous = null;
  for (let i = index - 1; i >= 0; i--) {
    const turn = state.turns[i];
    if (turn?.speaker === "caller") {
      previous = turn;
      break;
    }
  }
  const pack = callerPlan(scenario).pack;
  const identityAsked = previous !== null && state.outcome.identityConfirmed === null && asksIdentity(previous.text, scenario.callee.name, pack);
  return { identityAsked, step: previous?.step ?? null, prev: previous?.text ?? null, kbAnswered: state.kbAnswered, kbLast: previous?.kb ?? [] };
}

/** What the caller would record from callee turn `index`. */
export function understandCalleeTurn(scenario: CallerView, state: CallState, index: number): RecordPatch[] {
  const turn = state.turns[index];
  if (turn === undefined || turn.speaker !== "callee") return [];
  return readUtterance(scenario, turn.text, readContextAt(scenario, state, index)).patches;
}
