// The rule caller's policy as a table: named { when, act } rules read top to bottom, the first that holds decides
// the turn (the moves are the caller's, rule-caller.ts; choices and picks, caller-picks.ts).
import type { CallState, RecordPatch, SeatTurn } from "../seat.js";
import type { Turn } from "../../schema/index.js";
import type { Random } from "../../util/random.js";
import type { CallerPlan } from "./caller-plan.js";
import type { Reading } from "./understand.js";
import type { RuleCaller } from "./rule-caller.js";
import type { EndClass } from "./end-classes.js";
import { askedData, asksForData } from "./identity-question.js";
import { acknowledge } from "./phrases.js";
import { relayFor, withAck } from "./caller-moves.js";
import { answerPicked, clarify, pickNamed, takePick } from "./caller-picks.js";
import { pickedEntry } from "./clarify.js";
import { reassurance } from "./reassure.js";
import { optionsAgain, optionsAsked } from "./options-again.js";

/** Times the caller repeats itself for a bad line before it closes the call. */
const HEARING_REPEATS_MAX = 2;

/** Everything a rule looks at for one turn. */
export interface Situation {
  plan: CallerPlan;
  state: CallState;
  random: Random;
  /** The customer's latest line and how it reads (null: the caller speaks again, or first). */
  last: Turn | null;
  reading: Reading | null;
  record: RecordPatch[];
}

export interface CallerRule {
  name: string;
  when: (s: Situation, caller: RuleCaller) => boolean;
  act: (s: Situation, caller: RuleCaller) => SeatTurn;
}

export const has = (s: Situation, act: string): boolean => s.reading?.acts.includes(act as never) ?? false;
const main = (s: Situation, act: string): boolean => s.reading?.acts[0] === act;
export const lastCallerLine = (s: Situation): string => [...s.state.turns].reverse().find((t) => t.speaker === "caller")?.text ?? s.plan.opening;
const conditionHas = (s: Situation, name: EndClass): boolean => s.plan.conditionClasses.some((set) => set.has(name));
export const customerText = (s: Situation): string => s.last?.text ?? "";
/** "Yeah, that's me?": a confirmation said with a rising tone, with nothing in the document to answer, asks nothing. */
/** The caller's last line that asked for verification data. */
export const askingLine = (s: Situation): string => [...s.state.turns].reverse().find((t) => t.speaker === "caller" && (asksForData(t.text, s.plan.pack) || askedData(t.text, s.plan.pack) !== null))?.text ?? "";
const confirmsOnly = (s: Situation): boolean => has(s, "confirm-identity") && s.reading?.question?.answer.kind === "none";
/** "What's the bottom line?" whose only match is a sentence that itself asks: the customer wants the call to go on. */
const hurriesOn = (s: Situation): boolean => {
  const answer = s.reading?.question?.answer;
  const sentence = answer?.kind === "step" || answer?.kind === "branch" ? answer.sentence : answer?.kind === "fact" ? answer.text : "";
  return s.reading?.cues.has("hurry") === true && /[？?]\s*$/u.test(sentence);
};

/** "It's loud here, just text me": a noisy line named on the way to leaving (busy, or asking for it in writing) is no
 *  call to repeat; the customer's way out is taken. */
const leavesBy = (s: Situation): boolean => has(s, "busy") || has(s, "wants-writing");

/** The message for someone answering for the customer, with a "yes please" first when they offered to pass one on. */
const takesUpOffer = (s: Situation, message: string): string => (s.plan.pack.hearing.offersMessage.test(customerText(s)) ? withAck(s.plan.pack, "message", message) : message);

/** The endings a message left with someone else may close, most fitting first. */
const RELAY_WANTED: EndClass[] = ["relative", "identity", "interrupted", "escalate", "busy"];

/** The rule that asks which of two close entries is meant (its question stays pending for one customer turn). */
export const CLARIFY_RULE = "ask-which-entry";

/** The policy, in order. */
export const CALLER_RULES: readonly CallerRule[] = [
  { name: "open-the-call", when: (s) => s.state.turns.length === 0, act: (s, c) => c.say(s, c.openingSaid, { step: c.openingStep }) },
  { name: "speak-again", when: (s) => s.reading === null, act: (s, c) => c.goOn(s, null) },
  { name: "stay-in-role", when: (s) => main(s, "injection"), act: (s, c) => c.say(s, c.inRole(s), { record: [] }) },
  { name: "relay-for-relative", when: (s, c) => c.gate.state === "other-person", act: (s, c) => c.closeCall(s, RELAY_WANTED, takesUpOffer(s, relayFor(s.plan, RELAY_WANTED))) },
  { name: "apologise-wrong-number", when: (s, c) => c.gate.state === "wrong-number", act: (s, c) => c.closeCall(s, ["identity", "relative", "interrupted", "escalate", "hostile", "busy"]) },
  { name: "close-unverified", when: (s, c) => c.gate.state === "refused", act: (s, c) => c.closeCall(s, ["identity", "interrupted", "busy"], s.plan.pack.caller.closing.identity) },
  { name: "close-on-hostility", when: (s) => main(s, "hostile"), act: (s, c) => c.closeCall(s, ["hostile", "refuse", "novalue", "busy"]) },
  { name: "acknowledge-urgent-news", when: (s) => s.plan.pack.document.endClasses.urgent.test(customerText(s)) && !has(s, "question"), act: (s, c) => c.closeCall(s, ["urgent", "busy", "interrupted", "escalate"], null, "urgent") },
  { name: "close-on-goodbye", when: (s) => s.state.wrapUpRequested || main(s, "goodbye"), act: (s, c) => c.closeCall(s, c.wrapUpWanted(s)) },
  { name: "repeat-for-bad-line", when: (s, c) => main(s, "cant-hear") && !leavesBy(s) && c.hearingRepeats < HEARING_REPEATS_MAX, act: (s, c) => c.repeat(s, "hearing") },
  { name: "close-bad-line", when: (s) => main(s, "cant-hear") && !leavesBy(s), act: (s, c) => c.closeCall(s, ["hearing", "interrupted", "busy"]) },
  { name: "say-it-again", when: (s) => main(s, "repeat"), act: (s, c) => c.repeat(s, "repeat") },
  { name: "say-who-is-calling", when: (s) => main(s, "asks-who") || (main(s, "suspects-scam") && !s.plan.pack.hearing.scamWorry.test(customerText(s))), act: (s, c) => c.introduce(s) },
  { name: "reassure-doubt", when: (s) => main(s, "suspects-scam"), act: (s, c) => c.introduce(s, true) },
  { name: "verify-before-details", when: (s, c) => !c.gate.open, act: (s, c) => c.askIdentity(s) },
  { name: "follow-identity-up", when: (s, c) => c.identityJustConfirmed && s.plan.identityFollowUp !== null && !c.followedUp, act: (s, c) => c.followUpIdentity(s) },
  { name: "close-for-busy", when: (s) => has(s, "busy") && !has(s, "question"), act: (s, c) => c.closeCall(s, ["busy", "written", "escalate", "done"]) },
  { name: "pass-to-supervisor", when: (s) => main(s, "supervisor") && !has(s, "question"), act: (s, c) => c.closeCall(s, ["escalate", "busy", "written"]) },
  { name: "close-on-writing", when: (s) => main(s, "wants-writing") && !has(s, "question") && !has(s, "suggestion") && conditionHas(s, "written"), act: (s, c) => c.closeCall(s, ["written", "busy", "done"]) },
  { name: "accept-refusal", when: (s) => main(s, "refuse") && s.reading?.cues.has("refuse") === true && !has(s, "question") && !has(s, "pick-option") && conditionHas(s, "refuse"), act: (s, c) => c.closeCall(s, ["refuse", "novalue", "cancel"]) },
  // The script verifies (a birth date, the last digits): no detail, no answer, until the data is given.
  { name: "verify-data-first", when: (s, c) => c.verifying === "asked" && !c.verifiedBy(s), act: (s, c) => c.verifyAgain(s) },
  // "I mean the fee one": the entry picked after "do you mean A or B?".
  { name: "give-the-picked-entry", when: (s, c) => c.clarifying !== null && s.last !== null && pickedEntry(s.plan, s.last.text, c.clarifying.pair) !== null, act: (s, c) => answerPicked(c, s) },
  // "Neither": the document has nothing on what was asked; said so honestly.
  { name: "neither-was-meant", when: (s, c) => c.clarifying !== null && s.plan.pack.clarify.neither.test(customerText(s)), act: (s, c) => c.answer(s.reading === null ? s : { ...s, reading: { ...s.reading, question: { answer: { kind: "none" }, kb: null, close: null } } }) },
  // "is one of them better?" while a choice waits: the options again, side by side; the pick stays the customer's.
  { name: "options-again", when: (s, c) => optionsAsked(c, s) !== null, act: (s, c) => optionsAgain(c, s) },
  // "Friday afternoon, please." while a choice waits: one of the offered options, however the line reads.
  { name: "take-the-pick", when: (s, c) => pickNamed(c, s) !== null, act: (s, c) => takePick(c, s) },
  // "What else?" / "然后呢？" asks for the next point: the script goes on.
  // A whole turn that only asks to go on ("行，然后呢？") names no topic: whatever entry shares a word with it is not asked.
  { name: "go-on-when-prompted", when: (s) => s.plan.pack.hearing.goOnPrompt.test(customerText(s).trim()), act: (s, c) => (c.awaiting !== null && !c.awaitedAnswered(s) && !c.awaiting.reasked ? c.reask(s, null) : c.goOn(s, c.ackFor(s))) },
  // "Is this a sales call?" that the document's own promise answers: said plainly, not "do you mean A or B?".
  { name: "reassure-a-backed-worry", when: (s) => s.reading?.question?.answer.kind === "none" && reassurance(s.plan.scenario, customerText(s), s.plan.pack, s.plan.names) !== null, act: (s, c) => c.answer(s) },
  // Two entries equally close to the question: ask which one is meant (once per question), never guess.
  { name: CLARIFY_RULE, when: (s, c) => s.reading?.question?.close != null && s.reading.question.answer.kind === "none" && !c.clarified.has(customerText(s)) && !confirmsOnly(s), act: (s, c) => clarify(c, s) },
  { name: "answer-the-question", when: (s) => s.reading?.question != null && !confirmsOnly(s) && !hurriesOn(s), act: (s, c) => c.answer(s) },
  { name: "re-ask-once", when: (s, c) => c.awaiting !== null && !c.awaitedAnswered(s) && !c.awaiting.reasked, act: (s, c) => c.reask(s, null) },
  { name: "wait-on-hold", when: (s) => s.reading?.cues.has("hold") === true && !s.reading.cues.has("hurry"), act: (s, c) => c.say(s, acknowledge(s.plan.pack, "hold"), {}) },
  { name: "go-on-with-script", when: () => true, act: (s, c) => c.goOn(s, c.ackFor(s)) },
];
