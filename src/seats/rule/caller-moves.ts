// The rule caller's moves: what it says for each kind of situation (answer, go on with the script, re-ask, close).
// The policy table in rule-caller.ts decides which move fits; these build the turn.
import type { CallState, RecordPatch, SeatTurn } from "../seat.js";
import type { Random } from "../../util/random.js";
import { fill, type LanguagePack } from "../../lang/index.js";
import { stepAsk, type CallerPlan } from "./caller-plan.js";
import type { Reading } from "./understand.js";
import { closingFor, conditionFor } from "./closing.js";
import type { EndClass } from "./end-classes.js";
import { acknowledge, confirmContact, genericClosing, relayMessage, unknownAnswer } from "./phrases.js";
import { channelOf, isPhoneNumber } from "./cues.js";
import { pointBack } from "./script-answer.js";
import { leftToAsk, statementAnswer } from "./asking-step-answer.js";
import { reassurance } from "./reassure.js";
import { filledBlanks, filledClosingSlots, withoutTemplateMarks, withoutUnbackedClaims } from "./claim-guard.js";
import { withPicksForSamples } from "./sample-values.js";
import { byText, figuresOf, similar } from "./memo.js";
import { asksIdentity } from "./identity-question.js";
import { ended, spokenAnswer, spokenFact } from "./fact-speech.js";
import { answerSource } from "./answer-source.js";
import { meantLine } from "./asks-meaning.js";
import { ruleSays } from "./rule-says.js";
import { relayOnly } from "./relay-line.js";
import { namesTheCaller, withoutIntroduction, withoutOwnIntroduction } from "./opening-guard.js";

export const END_REASONS: Record<EndClass | "default", string> = {
  identity: "the person who answered is not the customer asked for",
  busy: "the customer is busy and asked for a short close",
  written: "the customer wants the rest in writing",
  done: "the script is complete and the customer's questions are answered",
  suggestion: "the customer's suggestion is recorded and a follow-up agreed",
  refuse: "the customer declined",
  cancel: "the customer decided to cancel and knows how",
  escalate: "the customer asked for a call back from someone who can decide",
  novalue: "the customer saw no value in going on",
  hostile: "the customer ended the conversation",
  misconduct: "the customer objected to the call",
  interrupted: "the call could not go on",
  fraud: "the customer disputes the matter",
  alternative: "the customer chose the alternative",
  defer: "the customer wants time to think",
  urgent: "the customer has an urgent matter",
  hearing: "the line was too poor to go on",
  relative: "someone else answered for the customer and takes a message",
  default: "end condition met",
};

/** "As I said, …" with the first sentence (or, for a long one, its first clause) of an answer already given; a
 *  sentence cut off at a ";" ends with a full stop. */
export function recap(pack: LanguagePack, answer: string): string {
  const first = pack.grammar.firstClause(spokenAnswer(answer, pack).split(/(?<=[。！？!?；;])|(?<=\.)\s+/)[0]?.trim() ?? answer);
  return fill(pack.caller.recap, { first: pack.grammar.lowerFirst(ended(first, pack)) });
}

/** The words that answer a read question, and the knowledge-base entries they use. */
export function answerWords(plan: CallerPlan, state: CallState, reading: Reading, text: string, unknowns: number, random: Random): { answer: string; kb: number[]; unknown: boolean } {
  const { pack, scenario } = plan;
  const source = reading.question?.answer ?? { kind: "none" as const };
  if (source.kind === "kb") {
    const entry = plan.kbEntries[source.index];
    if (entry !== undefined) {
      // An entry already given in this call: a short pointer back, not the same speech twice.
      const again = state.kbAnswered.includes(source.index);
      let answer = again ? recap(pack, entry.answer) : spokenAnswer(entry.answer, pack);
      const used = [source.index];
      const also = reading.question?.also;
      const second = also == null ? undefined : plan.kbEntries[also.index];
      if (also != null && second !== undefined && !again && !state.kbAnswered.includes(also.index)) {
        answer = `${answer}${pack.speech.joiner}${spokenAnswer(second.answer, pack)}`;
        used.push(also.index);
      }
      return { answer, kb: used, unknown: false };
    }
  }
  // A sentence that itself asks something (a request for data) answers nothing; one that offers the options it asks
  // to choose from ("the 12th or the 15th, which suits you?") is where those options are.
  const offers = (sentence: string): boolean => stepAsk(sentence, pack).kind !== "rating" && pack.document.offersAlternative.test(sentence);
  const asks = (sentence: string): boolean => /[？?]\s*$/u.test(sentence) && !offers(sentence);
  // A sentence the caller already said is pointed back to in a clause ("As I said, …"), not said again whole.
  const said = (sentence: string): boolean => state.turns.some((t) => t.speaker === "caller" && t.text.includes(sentence.trim()));
  const given = (sentence: string): string => (said(sentence) ? recap(pack, sentence) : pointBack(pack, sentence));
  if (source.kind === "branch") return { answer: source.sentence, kb: [], unknown: false };
  if (source.kind === "step" && !asks(source.sentence)) return { answer: given(source.sentence), kb: [], unknown: false };
  // A step sentence that states before it asks: its statement answers (the step later asks only what is left).
  const statement = source.kind === "step" ? statementAnswer(source.sentence, pack) : null;
  if (statement !== null) return { answer: given(statement), kb: [], unknown: false };
  // A record line is said as a sentence, never with its key; one that only says how identity is checked is not said.
  const fact = source.kind === "fact" && !asks(source.text) ? spokenFact(source.text, pack) : null;
  if (fact !== null) return { answer: fact.framed && !said(fact.sentence) ? fact.sentence : given(fact.sentence), kb: [], unknown: false };
  const calm = reassurance(scenario, text, pack, plan.names);
  if (calm !== null) return { answer: calm, kb: [], unknown: false };
  const explained = explainLast(plan, state, text);
  if (explained !== null) return explained;
  // A rule of the call that gives the words for this situation ("asked to pause, say: …").
  const told = ruleSays(plan, text);
  if (told !== null) return { answer: ended(told, pack), kb: [], unknown: false };
  // The first "I don't know" is the plainest; later ones vary, as a person would.
  return { answer: unknownAnswer(pack, unknowns <= 1 ? 0 : random.int(pack.caller.unknown.length)), kb: [], unknown: true };
}

/** "What does that mean?" about the caller's last statement: the knowledge-base entry that statement is about, when
 *  one is and it was not given yet; else its point said plainly in fewer words (said again whole, it explains
 *  nothing). Null when the question is about something else. */
function explainLast(plan: CallerPlan, state: CallState, text: string): { answer: string; kb: number[]; unknown: boolean } | null {
  const { pack } = plan;
  const last = meantLine(text, pack, state.turns.filter((t) => t.speaker === "caller").map((t) => t.text));
  if (last === null) return null;
  // The last two statements of that line: what "that" points to, with the sentence before it that sets it up.
  const statements = last.split(/(?<=[。！？!?])\s*|(?<=\.)\s+/).map((s) => s.trim()).filter((s) => s !== "" && !/[？?]$/.test(s)).slice(-2);
  if (statements.length === 0) return null;
  const statement = statements.join(pack.speech.joiner);
  const source = answerSource(plan, `${statement} ${text}`, { kbAnswered: state.kbAnswered });
  const entry = source.kind === "kb" ? plan.kbEntries[source.index] : undefined;
  if (source.kind === "kb" && entry !== undefined && !state.kbAnswered.includes(source.index) && !last.includes(entry.answer.slice(0, 24))) return { answer: spokenAnswer(entry.answer, pack), kb: [source.index], unknown: false };
  const gist = plainGist(statements, pack);
  return { answer: gist === null ? pointBack(pack, statement) : fill(pack.caller.plainly.line, { gist }), kb: [], unknown: false };
}

/** The point of the last statements, shorter than they are: the last clause of a statement of several (its joining
 *  word left off), or the last of two statements; null when the line is one clause and nothing shorter says it. */
function plainGist(statements: readonly string[], pack: LanguagePack): string | null {
  const final = statements.at(-1) ?? "";
  const clauses = final.split(pack.speech.clauseBreak).map((c) => c.trim()).filter((c) => c.replace(/[\p{P}\s]/gu, "") !== "");
  const point = clauses.length >= 2 ? (clauses.at(-1) ?? "").replace(pack.caller.plainly.lead, "") : statements.length >= 2 ? final : "";
  if (point.replace(/[\p{P}\s]/gu, "") === "") return null;
  return ended(point.replace(/[，,；;、]+$/u, ""), pack);
}

/** The line of a script step, without sentences that claim what the customer has not said. */
/** Word overlap at which a sentence is one the caller already said in other words. */
const NEARLY_SAID = 0.7;

/** `pending`: this turn's record, whose step answers a recap said in the same turn reads back (not yet in the outcome). */
export function stepLine(plan: CallerPlan, state: CallState, step: number, pending: readonly RecordPatch[] = []): string {
  const given = pending.flatMap((p) => (p.kind === "stepAnswer" ? [{ step: p.step, turn: state.turns.length, answer: p.answer }] : []));
  const outcome = given.length === 0 ? state.outcome : { ...state.outcome, stepAnswers: [...state.outcome.stepAnswers, ...given] };
  const written = withoutUnbackedClaims(plan, outcome, withPicksForSamples(plan, outcome, filledBlanks(plan, outcome, plan.stepLines[step - 1] ?? ""), step));
  // A call introduces the caller once: a step that opens with "I'm … from …" after the caller said who it is goes
  // straight to its matter.
  // One pass over the turns (no filtered copies): this runs at every step of every call.
  const callerTexts: string[] = [];
  for (const turn of state.turns) if (turn.speaker === "caller") callerTexts.push(turn.text);
  // A turn that names the caller makes the joined turns name it too: the join is built only when none does alone.
  const line =
    callerTexts.length === 0
      ? written
      : callerTexts.some((text) => namesTheCaller(text, plan.names))
        ? withoutOwnIntroduction(written, plan.names, plan.pack)
        : withoutIntroduction(written, callerTexts.join(plan.pack.speech.joiner), plan.names, plan.pack);
  // A sentence the caller already said in this call ("Is this …?", "This is … from …"), in these or nearly these
  // words, is not said again; nor "is that <customer>?" once the customer said it is them. The pairs recur at every
  // step of every call of a scenario: remembered (`similar`).
  const callerSaid: string[] = [];
  for (const text of callerTexts) for (const sentence of sentencesOf(text)) callerSaid.push(sentence);
  const confirmed = state.outcome.identityConfirmed === true;
  const again = (sentence: string): boolean =>
    callerSaid.includes(sentence) || callerSaid.some((before) => similar(before, sentence) >= NEARLY_SAID) || (confirmed && asksIdentity(sentence, plan.names.customer, plan.pack));
  const whole = sentencesOf(line);
  // A sentence whose statement already answered a question asks only its last clause now.
  const sentences = whole.map((s) => leftToAsk(s, callerTexts, plan.pack));
  const fresh = sentences.filter((s) => !again(s));
  const shorter = fresh.length < sentences.length || sentences.some((s, i) => s !== whole[i]);
  return fresh.length > 0 && shorter ? fresh.join(plan.pack.speech.joiner) : line;
}

// Remembered: stepLine splits every caller turn of the call again at each step.
const sentencesOf = byText((text): readonly string[] => text.split(/(?<=[。！？!?])\s*|(?<=\.)\s+/).map((s) => s.trim()).filter((s) => s !== ""));

export interface Closing {
  text: string;
  end: NonNullable<SeatTurn["end"]>;
  record: RecordPatch[];
}

/** A closing whose slot no answer filled is said without the clause holding it ("{pickup point}"): the rest of the
 *  line for the ending that happened, not a bare goodbye in its place. Unchanged when nothing would be left. */
function withoutUnfilledSlots(pack: LanguagePack, text: string): string {
  const kept = withoutTemplateMarks(text, pack.speech.joiner);
  return kept === "" ? text : kept;
}

/** A closing that fits the wanted ending; `override` replaces the document's line (a relay message, an apology). */
/** `grounded` tells whether a line states only figures the caller may state. */
export function closing(plan: CallerPlan, state: CallState, record: RecordPatch[], wanted: readonly EndClass[], hint: string, override: string | null, grounded: (text: string) => boolean): Closing {
  const pack = plan.pack;
  const condition = conditionFor(plan, wanted, hint);
  const primary = wanted[0] ?? "done";
  let text = override ?? withoutUnfilledSlots(pack, withPicksForSamples(plan, state.outcome, filledClosingSlots(plan, state.outcome, closingFor(plan, condition, primary))));
  // A closing must not claim a choice, time or rating that never came, nor read a figure to a wrong person (the
  // callback number the document's own wrong-person closing gives is no figure of the customer's); one that would
  // lose a sentence to the figure guard is replaced whole (a cut closing reads badly).
  const cleaned = withoutUnbackedClaims(plan, state.outcome, text);
  const figures = figuresOf(text).filter((f) => !isPhoneNumber(f.text));
  if (cleaned !== text || cleaned === "" || !grounded(text) || ((primary === "identity" || primary === "relative") && override === null && figures.length > 0)) text = genericClosing(pack, primary);
  const out = [...record];
  const conditionText = condition === null ? "" : (plan.scenario.caller.endConditions[condition - 1] ?? "");
  // Promising something in writing is itself a follow-up, even when no contact was given.
  const promised = channelOf(text, pack) ?? (plan.conditionClasses[(condition ?? 0) - 1]?.has("written") ? channelOf(conditionText, pack) : null);
  if (primary !== "identity" && primary !== "relative" && promised !== null && state.outcome.followUp === null && !out.some((p) => p.kind === "followUp")) {
    out.push({ kind: "followUp", channel: promised, contact: null });
  }
  const contact = [...out].reverse().find((p) => p.kind === "followUp" && p.contact !== null);
  const given = contact?.kind === "followUp" ? contact.contact : null;
  const spoken = given !== null && primary !== "identity" && primary !== "relative" ? `${confirmContact(pack, given)}${pack.speech.joiner}${text}` : text;
  return { text: spoken, record: out, end: { condition, reason: END_REASONS[primary] ?? END_REASONS.default, hangUp: true } };
}

/** Whether a line names the customer: the whole name, a part of it, or (a name written without spaces) the surname
 *  with an honorific ("刘先生"). */
function namesCustomer(line: string, name: string, pack: LanguagePack): boolean {
  const parts = name.split(/[\s·]+/).filter((part) => part.length >= 2);
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (name.trim() !== "" && line.includes(name.trim())) return true;
  if (parts.length > 1 && parts.some((part) => new RegExp(`\\b${escape(part)}\\b`).test(line))) return true;
  return parts.length === 1 && new RegExp(`${escape(name.trim().slice(0, 1))}(?:${pack.document.honorific.source})`).test(line);
}

/** What to leave with someone who answers for the customer: the document's own closing for that case when it names
 *  the customer or is itself a message to pass on with the number to ring ("could you ask her to ring us on …?"),
 *  else the pack's relay message. */
export function relayFor(plan: CallerPlan, wanted: readonly EndClass[]): string {
  const line = closingFor(plan, conditionFor(plan, wanted, ""), "relative");
  const relays = /\d/.test(line) && plan.scenario.caller.closingLines.some((closing, i) => closing === line && plan.closingClasses[i]?.has("relative") === true);
  const written = line !== genericClosing(plan.pack, "relative") && (relays || namesCustomer(line, plan.names.customer, plan.pack));
  return written ? relayOnly(line, plan.pack) : relayMessage(plan.pack, plan.names);
}

/** An acknowledgement joined to a line. */
export function withAck(pack: LanguagePack, ack: keyof LanguagePack["caller"]["acknowledge"] | null, line: string): string {
  return ack === null ? line : `${acknowledge(pack, ack)}${pack.speech.joiner}${line}`;
}
