// The rule customer's persona policy as a table: named { when, act } rules over what the caller just said, the
// persona's traits and the call so far; the first that holds decides the turn (the moves are in rule-callee.ts).
import type { CalleeView, SeatTurn } from "../seat.js";
import type { Random } from "../../util/random.js";
import { fill, type LanguagePack } from "../../lang/index.js";
import { tokenize } from "../../text/tokenize.js";
import { byText, byTextAndObject, figuresOf } from "./memo.js";
import type { Persona, PersonaEnding } from "./callee-persona.js";
import { askedData, asksForData, asksIdentity } from "./identity-question.js";
import { replyWithData } from "./identity-data.js";
import { heldDataOf } from "./held-data-memo.js";
import { offeredIn, Wording } from "./callee-wording.js";
import { offeredOptions } from "./clarify.js";
import { enumerates, offersTimes, slotsLaidOut, timesIn } from "./offer-list.js";
import { whichOne } from "./which-one.js";
import type { EndClass } from "./end-classes.js";
import type { RuleCallee } from "./rule-callee.js";

export const CALLEE_RATES = {
  wrongPerson: 0.075,
  ask: 0.5,
  pushback: 0.5,
  hold: 0.12,
  doneWhenIdle: 0.3,
  opener: 0.7,
  givesData: 0.85,
  /** Share of calls steered to an ending of the persona's own that is not "all done" (busy, refuses, puts it off):
   *  the rest run until the matter is done, so a persona's concerns come up as questions in most calls. */
  earlyEnding: 0.25,
} as const;
/** The customer's answer to a request that names no kind of data: a number of four digits. */
const VERIFY_CODE_MIN = 1000;
const VERIFY_CODE_SPAN = 9000;
/** Shared content words between a reactive end condition and the caller's line that count as its cause. */
const TRIGGER_SHARED = 3;
/** Shorter tokens are function words or bare verbs that any line says; they never show a trigger happened. */
const TRIGGER_TOKEN_CHARS_MIN = 2;
/** Classes whose cause is something the caller does: its words must show it before the ending fires. */
const CAUSE_CLASSES = new Set<EndClass>(["misconduct", "hostile", "fraud", "urgent", "hearing", "interrupted"]);
/** The caller's turns within this many callee turns of the start are the opening exchange. */
const IDLE_TURNS = 6;

export interface Mind {
  wrongPerson: boolean;
  /** Who answers when it is not the customer: the persona's own relation, or someone of its household this call. */
  relative: string | null;
  target: PersonaEnding | null;
  endAt: number;
  questions: string[];
  held: boolean;
  words: Wording;
  /** The customer's last question, until the caller's reply to it is heard. */
  asked: string | null;
  /** Questions of the customer's whose reply shared no word with them (put off, or not answered). */
  unanswered: number;
  /** The customer's latest question, kept after the reply (a "do you mean A or B?" is answered from it). */
  lastQuestion: string | null;
  /** How someone answering for the customer speaks of them ("她", "her"), set when the phone is picked up. */
  them: string;
}

export interface Moment {
  scenario: CalleeView;
  p: Persona;
  mind: Mind;
  random: Random;
  /** What the caller just said. */
  caller: string;
  /** The caller's earlier turns, latest first (where an offer asked about again was first made). */
  earlier: readonly string[];
  /** Callee turns so far. */
  said: number;
  callee: RuleCallee;
}

export interface CalleeRule {
  name: string;
  when: (m: Moment) => boolean;
  act: (m: Moment) => SeatTurn;
}

/** The persona's own text: where the customer's data comes from first (then `ownData`, its own items on the record). */
const ownTexts = (m: Moment): string[] => {
  const c = m.scenario.callee;
  return [c.role, c.background, c.situation ?? "", ...c.concerns, ...c.behaviours, ...c.style.positive, ...c.extraSections.map((x) => x.body)];
};
/** The data asked for, in the shape asked; a request naming no kind of data gets a number as before. */
function verificationReply(m: Moment): string {
  const gives = m.random.chance(CALLEE_RATES.givesData);
  const asked = askedData(lastAsked(m), m.p.pack) ?? askedData(m.caller, m.p.pack);
  if (asked !== null) {
    const texts = ownTexts(m);
    return replyWithData(asked, texts, m.scenario.ownData, { relative: m.mind.relative !== null, gives }, m.p.pack, m.random, heldDataOf(m.scenario, asked, () => texts, m.p.pack));
  }
  return gives ? fill(m.random.pick(m.p.pack.callee.codeAnswer), { code: String(VERIFY_CODE_MIN + m.random.int(VERIFY_CODE_SPAN)) }) : m.random.pick(m.p.pack.callee.noCode);
}
export const askedIdentity = (m: Moment): boolean => asksIdentity(m.caller, m.scenario.callee.name, m.p.pack);
/** Of the people the caller's identity question offers ("A, or B?"), the one the persona is; null when it offers none. */
const offeredWho = (m: Moment): string | null => {
  const asking = sentencesOf(m.caller).filter((s) => asksIdentity(s, m.scenario.callee.name, m.p.pack)).at(-1) ?? "";
  const c = m.scenario.callee;
  // Who the persona is: its role and background, not the lines it hears or says.
  return whichOne(asking, [c.name, c.role, c.background, c.situation ?? "", ...c.extraSections.flatMap((x) => [x.title, x.body])].join("\n"), m.p.pack);
};
/** The answer to "is this …?": which one, when offered a choice of people; else a yes. */
export function identityAnswer(m: Moment): string {
  const who = offeredWho(m);
  return who === null ? m.random.pick(m.p.pack.callee.yes) : fill(m.random.pick(m.p.pack.callee.iAm), { who });
}
/** A line's sentences (remembered per text: several rules read the caller's line each turn; shared, read-only). */
export const sentencesOf = byText((text: string): readonly string[] => text.split(/(?<=[。！!.？?])\s*/).map((s) => s.trim()).filter((s) => s !== ""));
/** The last sentence of a text that asks, or the whole text when none does (remembered per text). */
const lastAskingOf = byText((text: string): string => sentencesOf(text).filter((s) => /[？?]/.test(s)).at(-1) ?? text);
/** The caller's last asking sentence (what the customer answers), or its whole line when nothing asks. */
const lastAsked = (m: Moment): string => lastAskingOf(m.caller);
/** Times a sentence of the caller's names to be the list a "which would you like?" picks from. */
const DATES_LISTED_MIN = 2;
/** The sentence that offers the options asked about: the asking one, else the one before it, else an earlier turn's. */
function offered(m: Moment): string {
  const alternative = m.p.pack.document.offersAlternative;
  const asked = lastAsked(m);
  // The asking sentence lists the options itself ("甲、乙、丙，选哪个？"): those, never an earlier line's.
  if (alternative.test(asked) || offeredIn(asked, m.p.pack).length >= 2) return asked;
  // The line's own list ("一是…；二是…。选哪一种？") before an earlier line's "A or B".
  const listed = sentencesOf(m.caller).findLast((s) => enumerates(s, m.p.pack));
  if (listed !== undefined) return listed;
  // The line's own dates (a list of Saturday 13, Sunday 21 and Saturday 10, then a question asking for one) before an earlier line's "A or B".
  const dated = sentencesOf(m.caller).findLast((s) => timesIn(s, m.p.pack).length >= DATES_LISTED_MIN);
  if (dated !== undefined) return dated;
  for (const turn of [m.caller, ...m.earlier]) {
    // An earlier turn's yes/no question that lists things ("any pain, swelling or bleeding?") offered nothing to pick.
    const earlier = turn !== m.caller;
    const found = sentencesOf(turn).findLast((s) => alternative.test(s) && m.p.pack.document.optionSeparator.test(s) && (!earlier || !/[？?]/u.test(s) || m.p.pack.document.asksChoice.test(s)));
    if (found !== undefined) return found;
  }
  return asked;
}
/** Its last sentence asks (remembered: asked of the caller's line by several rules each turn). */
export const asksSomething = byText((text: string): boolean => /[？?]/.test(text.trim().split(/(?<=[。！!.])\s*/).filter((s) => s.trim() !== "").at(-1) ?? ""));
export const say = (text: string): SeatTurn => ({ text });
/** An ending that says all is settled ("done") waits while a question of the customer's got no answer. */
const settled = (m: Moment, ending: PersonaEnding | null): boolean => ending === null || !ending.classes.has("done") || m.mind.unanswered === 0;
// The caller's line alone decides these: remembered per line and pack (every rule's `when` is asked each turn).
const longLine = byTextAndObject((text: string, pack: LanguagePack): boolean => pack.speech.units(text) >= pack.speech.longTurnUnits);
const longTurn = (m: Moment): boolean => longLine(m.caller, m.p.pack);
/** A line cut after its full stops and exclamations only (a question mark ends no piece): remembered per text. */
const stopPiecesOf = byText((text: string): readonly string[] => text.split(/(?<=[。！!.])\s*/));
/** The last of those pieces that asks (null: none does), remembered per text: three rules read it each turn. */
const lastAskingPieceOf = byText((text: string): string | null => stopPiecesOf(text).findLast((s) => /[？?]/.test(s)) ?? null);
/** The slots the caller's line lays out after its last question ("…the next visit? There's A, or B."), if any. */
const laidOutIn = byTextAndObject((text: string, pack: LanguagePack): string | undefined => {
  const sentences = sentencesOf(text);
  const asked = sentences.findLastIndex((s) => /[？?]/.test(s));
  // A line that asks nothing but ends by laying out two or more times as alternatives offers them all the same (the
  // caller hears a named one as the pick: awaitedReply).
  const last = sentences.at(-1);
  if (asked < 0) return last !== undefined && offersTimes(last, pack) ? slotsLaidOut([last], pack) : undefined;
  return slotsLaidOut(sentences.slice(asked + 1), pack);
});
const laidOut = (m: Moment): string | undefined => laidOutIn(m.caller, m.p.pack);
type Awaited = "rating" | "choice" | "time";
const waitsIn = (text: string, pack: LanguagePack, kind: Awaited): boolean => {
  const d = pack.document;
  // A request for a rating asks without a question mark ("打个分吧", "please rate us"), when nothing else asks.
  const last = lastAskingPieceOf(text) ?? (kind === "rating" ? (stopPiecesOf(text).findLast((s) => d.asksRating.test(s)) ?? "") : "");
  return last !== "" && (kind === "rating" ? d.asksRating.test(last) : kind === "time" ? d.asksTime.test(last) || offersTimes(last, pack) : d.asksChoice.test(last));
};
const WAITS_IN: Record<Awaited, (text: string, pack: LanguagePack) => boolean> = {
  rating: byTextAndObject((text: string, pack: LanguagePack) => waitsIn(text, pack, "rating")),
  choice: byTextAndObject((text: string, pack: LanguagePack) => waitsIn(text, pack, "choice")),
  time: byTextAndObject((text: string, pack: LanguagePack) => waitsIn(text, pack, "time")),
};
const waitsFor = (m: Moment, kind: Awaited): boolean => WAITS_IN[kind](m.caller, m.p.pack);

/** Two dates laid out and "which day?" asked (zh or en): times laid out and asked for are a pick, whatever record
 *  word ("地址", "address") the line also holds; never a request for verification data. */
const asksTimePick = (m: Moment): boolean => m.p.pack.document.asksTime.test(lastAsked(m)) && offersTimes(lastAsked(m), m.p.pack);

/** The sentences of the caller's line that ask for the rating: their scale, not a time read back before them. */
const ratingAsked = (m: Moment): string => sentencesOf(m.caller).filter((s) => m.p.pack.document.asksRating.test(s)).join(m.p.pack.speech.joiner) || m.caller;

/** The words of two or more characters in a line, remembered per text (shared, read-only). */
const heardWords = byText((text: string): ReadonlySet<string> => new Set(tokenize(text).filter((t) => t.length >= TRIGGER_TOKEN_CHARS_MIN)));

/** A reactive ending whose cause the caller's words just brought up. */
function triggered(m: Moment): PersonaEnding | null {
  return triggeredBy(m.caller, m.p);
}

/** The ending of the persona's own the caller's line causes: remembered per persona and line (asked every turn). */
const triggeredBy = byTextAndObject((caller: string, p: Persona): PersonaEnding | null => {
  // A single character ("说", "付") is no cause: only words of two or more characters count as the trigger heard.
  const heard = heardWords(caller);
  // The cause must be in the caller's words themselves (a sales pitch for "the caller sells"), not only the topic.
  const caused = (e: PersonaEnding): boolean => [...e.classes].filter((c) => CAUSE_CLASSES.has(c)).every((c) => p.pack.document.endClasses[c].test(caller));
  return p.endings.find((e) => !e.targetable && !e.classes.has("identity") && sharedCount(e.trigger, heard) >= TRIGGER_SHARED && caused(e)) ?? null;
});

/** How many of `words` were heard (counted in place: this runs for every ending on every turn). */
function sharedCount(words: ReadonlySet<string>, heard: ReadonlySet<string>): number {
  let n = 0;
  for (const word of words) if (heard.has(word)) n++;
  return n;
}

/** How someone answering for the customer speaks of them: by the honorific in the caller's sentence that asks for
 *  the customer ("…黄女士吗？", "Is that Mrs Ashworth?"); without one, the pack's word for either. */
export function pronounFor(m: Moment): string {
  const { pack } = m.p;
  const asking = sentencesOf(m.caller).find((s) => asksIdentity(s, m.scenario.callee.name, pack)) ?? "";
  const female = pack.document.female.test(asking);
  const male = pack.document.male.test(asking);
  return pack.callee.customerPronoun[female === male ? "unknown" : female ? "female" : "male"];
}

export const CALLEE_RULES: readonly CalleeRule[] = [
  { name: "pick-up", when: (m) => m.said === 0, act: (m) => m.callee.pickUp(m) },
  { name: "wrong-person-again", when: (m) => m.mind.wrongPerson, act: (m) => m.callee.endWith(m, m.p.endings.find((e) => e.classes.has("identity")) ?? null, m.random.pick(m.p.pack.callee.denyAgain)) },
  { name: "relative-takes-message", when: (m) => m.mind.relative !== null, act: (m) => m.callee.endWith(m, m.p.endings.find((e) => e.classes.has("identity")) ?? null, fill(m.random.pick(m.p.pack.callee.relativeTakesMessage), { them: m.mind.them })) },
  // "Do you mean A or B?" about the customer's own question: it picks the option nearer what it asked.
  { name: "say-which-was-meant", when: (m) => m.mind.lastQuestion !== null && offeredOptions(m.caller, m.p.pack) !== null, act: (m) => m.callee.pickMeant(m) },
  // Asked for the data that verifies them (a birth date, the last digits): most customers give it.
  // Only what the caller asks now: a verification request repeated before another question is not asked again.
  { name: "give-verification", when: (m) => !m.mind.wrongPerson && !asksTimePick(m) && (asksForData(lastAsked(m), m.p.pack) || askedData(lastAsked(m), m.p.pack) !== null) && (asksSomething(m.caller) || m.p.pack.document.request.test(m.caller)), act: (m) => say(verificationReply(m)) },
  // "Is that A, or B?": the persona says which of them it is, by the name its own text gives itself.
  { name: "say-which-one", when: (m) => askedIdentity(m) && offeredWho(m) !== null, act: (m) => say(identityAnswer(m)) },
  { name: "confirm-when-asked", when: (m) => askedIdentity(m), act: (m) => say(m.p.pack.document.asksCode.test(m.caller) ? m.random.pick(m.p.pack.callee.noCode) : m.random.pick(m.p.pack.callee.yes)) },
  { name: "no-code-at-hand", when: (m) => m.p.pack.document.asksCode.test(m.caller) && m.p.pack.document.request.test(m.caller), act: (m) => say(m.random.pick(m.p.pack.callee.noCode)) },
  { name: "give-rating", when: (m) => waitsFor(m, "rating"), act: (m) => say(m.mind.words.rating(ratingAsked(m))) },
  // "When is good?" after "Tuesday 3 or Friday 6": one of those, not a day of its own.
  { name: "pick-time", when: (m) => waitsFor(m, "time"), act: (m) => say(m.mind.words.choice(timesIn(lastAsked(m), m.p.pack).length > 0 ? lastAsked(m) : offered(m), "time")) },
  { name: "pick-option", when: (m) => waitsFor(m, "choice"), act: (m) => say(m.mind.words.choice(offered(m), timesIn(offered(m), m.p.pack).length >= DATES_LISTED_MIN ? "time" : "choice")) },
  // "Shall I book the next visit? There's A, or B.": one of the slots laid out, not a bare yes.
  { name: "pick-laid-out-slot", when: (m) => laidOut(m) !== undefined, act: (m) => say(m.mind.words.choice(laidOut(m) ?? "", "time")) },
  { name: "react-to-cause", when: (m) => triggered(m) !== null, act: (m) => m.callee.endWith(m, triggered(m), null) },
  { name: "reach-planned-ending", when: (m) => m.mind.target !== null && m.said >= m.mind.endAt && settled(m, m.mind.target), act: (m) => m.callee.endWith(m, m.mind.target, null) },
  { name: "done-at-wrap-up", when: (m) => m.p.pack.document.wrapUp.test(m.caller) && asksSomething(m.caller) && (m.p.endings.some((e) => e.classes.has("done") && e.targetable) || m.mind.target !== null) && m.mind.unanswered === 0, act: (m) => m.callee.endWith(m, m.p.endings.find((e) => e.classes.has("done") && e.targetable) ?? m.mind.target, null) },
  { name: "cut-in", when: (m) => longTurn(m) && m.random.chance(m.p.traits.interruptRate), act: (m) => m.callee.cutIn(m) },
  { name: "step-away", when: (m) => m.p.traits.holds && !m.mind.held && m.random.chance(CALLEE_RATES.hold), act: (m) => m.callee.hold(m) },
  { name: "give-a-suggestion", when: (m) => asksSomething(m.caller) && m.p.pack.document.asksSuggestion.test(m.caller) && m.random.chance(0.6), act: (m) => m.callee.suggest(m) },
  // An open question ("怎么样？", "what was it like?"): answered in its own words when a line of its fits, never a bare "yes, right".
  { name: "answer-an-open-question", when: (m) => asksSomething(m.caller) && m.p.pack.document.openQuestion.test(lastAsked(m)), act: (m) => m.callee.answerOpen(m) },
  { name: "ask-a-concern", when: (m) => m.mind.questions.length > 0 && m.random.chance(CALLEE_RATES.ask), act: (m) => m.callee.ask(m) },
  { name: "push-back-on-claims", when: (m) => figuresOf(m.caller).length === 0 && m.p.pack.document.claim.test(m.caller) && m.random.chance(CALLEE_RATES.pushback), act: (m) => m.callee.ownOr(m, m.p.lines.filter((l) => l.cues.has("pushback"))) },
  { name: "done-when-idle", when: (m) => m.mind.target?.classes.has("done") === true && m.mind.questions.length === 0 && m.said >= IDLE_TURNS && settled(m, m.mind.target) && m.random.chance(CALLEE_RATES.doneWhenIdle), act: (m) => m.callee.endWith(m, m.mind.target, null) },
  { name: "react", when: () => true, act: (m) => m.callee.react(m) },
];

export function plan(p: Persona, random: Random, wrongPersonAllowed: boolean): Mind {
  const { household } = p.traits;
  const relative = p.traits.relative ?? (household !== null && wrongPersonAllowed && random.chance(household.rate) ? household.relation : null);
  const wrongPerson = relative === null && random.chance(CALLEE_RATES.wrongPerson) && wrongPersonAllowed;
  const targetable = p.endings.filter((e) => e.targetable);
  // An early ending is one chance among the persona's behaviours, never every call's fate (a busy shopkeeper still
  // gets through most calls); otherwise the persona aims for its "done" ending, or none and lets the caller close.
  const early = targetable.filter((e) => !e.classes.has("done"));
  const done = targetable.filter((e) => e.classes.has("done"));
  const target = early.length > 0 && random.chance(CALLEE_RATES.earlyEnding) ? random.pick(early) : done.length > 0 ? random.pick(done) : null;
  const patient = target === null || target.classes.has("done");
  const endAt = patient ? Number.POSITIVE_INFINITY : 2 + random.int(5);
  const pool = [...p.questions];
  const questions: string[] = [];
  const count = Math.min(pool.length, 1 + random.int(3));
  for (let i = 0; i < count; i++) {
    const question = pool.splice(random.int(pool.length), 1)[0] as string;
    const wordings = p.wordings.get(question);
    questions.push(wordings === undefined ? question : random.pick(wordings));
  }
  return { wrongPerson, relative, target, endAt, questions, held: false, words: new Wording(p, random), asked: null, unanswered: 0, lastQuestion: null, them: p.pack.callee.customerPronoun.unknown };
}

/** Playing the wrong person is in scope only when the engine's stage directions say the document anticipates it. */
export function wrongPersonInScope(scenario: CalleeView): boolean {
  return scenario.stage.wrongPerson;
}
