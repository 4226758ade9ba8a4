// Reading one customer utterance: identity answer, busy / wants it in writing, a question (matched to the
// knowledge base), a complaint, a suggestion, a contact. Exported for caller seats that do not record
// (human, LLM): the engine reuses it to build the outcome.
import type { CallerView, CallState, RecordPatch } from "../seat.js";
import { callerPlan } from "./caller-plan.js";
import { channelOf, contactOf, cuesOf, type Cue } from "./cues.js";
import type { KbMatch, KbMatcher } from "./kb-match.js";
import { tokenize } from "../../text/tokenize.js";
import { ASKS_WHO, asksIdentity } from "./identity-question.js";

export interface Reading {
  cues: ReadonlySet<Cue>;
  /** true / false when the line answers an identity question, else null. */
  identity: boolean | null;
  /** The line answers (or dodges) an identity question. */
  asked: boolean;
  /** The line asks something; kb is the matched entry or null. */
  /** `also`: a second entry that one part of a two-part question asks about ("有数据吗？具体多少天？"). */
  question: { kb: KbMatch | null; also?: KbMatch | null } | null;
  followUp: { channel: "email" | "sms" | "phone" | "app" | "other"; contact: string | null } | null;
  /** What to record (the question's `answered` says whether the knowledge base can answer it). */
  patches: RecordPatch[];
}

export interface ReadContext {
  /** The caller's previous turn asked who is speaking. */
  identityAsked: boolean;
  /** Step the caller's previous turn delivered, whose answer this line is. */
  step: number | null;
  /** Knowledge-base entries already given in this call. */
  kbAnswered?: readonly number[];
  /** Entries the caller's previous turn gave: a new question is less likely to want the same one again. */
  kbLast?: readonly number[];
}

export { asksIdentity } from "./identity-question.js";

export function readUtterance(scenario: CallerView, text: string, context: ReadContext): Reading {
  const plan = callerPlan(scenario);
  const cues = cuesOf(text);
  const patches: RecordPatch[] = [];

  let identity: boolean | null = null;
  if (context.identityAsked) {
    if (cues.has("deny")) identity = false;
    // "哪位？" without a yes leaves the question open; any other engaged answer takes the call as the customer.
    else if (cues.has("yes") || (cues.size > 0 && !ASKS_WHO.test(text)) || /^\D{0,8}\d{3,}/.test(text)) identity = true;
    if (identity !== null) patches.push({ kind: "identity", confirmed: identity });
  }
  if (identity === false) return { cues, identity, asked: true, question: null, followUp: null, patches };

  if (context.step !== null) patches.push({ kind: "stepAnswer", step: context.step, answer: text });

  let question: Reading["question"] = null;
  if (cues.has("question") && !echoOnly(text)) {
    const kb = plan.kb.match(text, context.kbAnswered, context.kbLast);
    // "然后呢？" / "还有几个？" push the call on; they are not questions to answer.
    // A "who's this?" while answering the identity question is part of the greeting.
    const filler = kb === null && (cues.has("hurry") || context.identityAsked || tokenize(text).length < 2);
    if (!filler) {
      question = { kb, also: kb === null ? null : otherPart(plan.kb, text, kb.index, context) };
      patches.push({ kind: "question", text, kb: kb?.index ?? null, answered: kb !== null });
    }
  }
  if (cues.has("complaint")) patches.push({ kind: "complaint", text });
  if (cues.has("suggestion")) patches.push({ kind: "suggestion", text });

  let followUp: Reading["followUp"] = null;
  const contact = contactOf(text);
  const channel = channelOf(text);
  if (contact !== null || (cues.has("written") && channel !== null)) {
    followUp = { channel: channel ?? contact?.channel ?? "other", contact: contact?.contact ?? null };
    if (contact !== null && channel === null) followUp.channel = contact.channel;
    patches.push({ kind: "followUp", channel: followUp.channel, contact: followUp.contact });
  }
  return { cues, identity, asked: context.identityAsked, question, followUp, patches };
}

/**
 * "Upgrade? Nah, not now." / "50块？我光误工就亏了2,000": a word echoed back with a question mark, then a
 * statement. The echo is a reaction, not a question to answer.
 */
function echoOnly(text: string): boolean {
  const sentences = text.split(/(?<=[？?。！!.…])\s*/).filter((s) => s.trim() !== "");
  const asks = sentences.filter((s) => /[？?]/.test(s));
  if (asks.length === 0 || !/[？?]/.test(sentences[0] ?? "") || /[？?]\s*$/.test(text.trim())) return false;
  const short = (s: string): boolean => (/[\u3400-\u9fff]/.test(s) ? s.replace(/[？?\s]/g, "").length <= 4 : s.trim().split(/\s+/).length <= 2);
  return asks.every(short) && !/^(?:why|how|what|when|where|who|为什么|为啥|怎么|什么|多少|哪)/i.test(sentences[0] ?? "");
}

/** A question in two or more parts: the first part whose own best entry differs from the whole's. */
function otherPart(kb: KbMatcher, text: string, main: number, context: ReadContext): KbMatch | null {
  const parts = text.split(/(?<=[？?])\s*/).filter((part) => /[？?]/.test(part) && tokenize(part).length >= 2);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const match = kb.match(part, context.kbAnswered, context.kbLast);
    if (match !== null && match.index !== main && !(context.kbLast ?? []).includes(match.index)) return match;
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
  const identityAsked = previous !== null && state.outcome.identityConfirmed === null && asksIdentity(previous.text, scenario.callee.name);
  return { identityAsked, step: previous?.step ?? null, kbAnswered: state.kbAnswered, kbLast: previous?.kb ?? [] };
}

/** What the caller would record from callee turn `index`. */
export function understandCalleeTurn(scenario: CallerView, state: CallState, index: number): RecordPatch[] {
  const turn = state.turns[index];
  if (turn === undefined || turn.speaker !== "callee") return [];
  return readUtterance(scenario, turn.text, readContextAt(scenario, state, index)).patches;
}
