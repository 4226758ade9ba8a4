// The customer's dialogue acts (the stable ids of the labelled set), read from one utterance with the language
// pack and the caller's previous line as context. Several acts may hold; the first is the main one, chosen by a
// fixed precedence table: what changes the call most (an injection, a wrong person) outranks what merely adds.
import type { Act, LanguagePack } from "../../lang/index.js";
import { contactOf } from "./cues.js";
import { asksIdentity } from "./identity-question.js";
import { tokenize } from "../../text/tokenize.js";
import { asksMeaning } from "./asks-meaning.js";

export interface ActContext {
  /** The caller's line just before, when there is one. */
  prev: string | null;
  customerName: string;
  /** What the previous caller line waits for (a rating, a choice, a time), if anything. */
  awaiting: "rating" | "choice" | "time" | null;
}

type Detector = (text: string, pack: LanguagePack, context: ActContext) => boolean;

const pattern = (act: Exclude<Act, "question" | "other">): Detector => (text, pack) => pack.hearing.acts[act].test(text);

/** "Is this X?" was just asked: a bare yes confirms identity rather than agreeing to something. */
const identityAsked = (pack: LanguagePack, context: ActContext): boolean => context.prev !== null && asksIdentity(context.prev, context.customerName, pack);

/** The caller just asked for verification data (a birth date, the last digits): a line giving such data confirms.
 *  A line that ends by saying goodbye asks for nothing more, whatever words it holds ("…, happy birthday! Bye."). */
const verificationAsked = (pack: LanguagePack, context: ActContext): boolean => context.prev !== null && !closesCall(context.prev, pack) && asksDatum(context.prev, pack);

/** The caller's line ends with a goodbye: its last sentence says one. */
function closesCall(line: string, pack: LanguagePack): boolean {
  const last = line.split(/(?<=[？?。！!.])\s*/).filter((s) => s.trim() !== "").at(-1) ?? "";
  return pack.hearing.acts.goodbye.test(last);
}

/** The caller's line asks for a datum to check who is speaking: the pack's verification words, or a request made
 *  to check ("麻烦报一下门牌号，我们核实下"), whatever the datum is called. */
export const asksDatum = (prev: string, pack: LanguagePack): boolean => pack.document.asksVerification.test(prev) || (pack.document.request.test(prev) && pack.document.checksData.test(prev));

/** A reply to a request for a datum that gives one: figures, or (a street, a village, a name) a line that neither
 *  asks, agrees, declines, complains nor puts the call off. */
function givesDatum(text: string, pack: LanguagePack): boolean {
  if (asks(text, pack)) return false;
  if (pack.hearing.givesData.test(text)) return true;
  if (pack.hearing.notAtHand.test(text)) return false;
  const { refuse, complaint, busy, hostile, agree, "wants-writing": writing } = pack.hearing.acts;
  return ![refuse, complaint, busy, hostile, agree, writing, pack.hearing.cues.deny, pack.hearing.cues.yes].some((act) => act.test(text));
}

/**
 * After "A or B?", a reply whose opening phrase repeats a content word of the caller's question names an option
 * ("pay them directly" after "we can pay them directly, or pay you"), whatever the words are.
 */
function namesOffered(text: string, pack: LanguagePack, context: ActContext): boolean {
  if (context.prev === null) return false;
  const offered = new Set(tokenize(context.prev));
  return tokenize(firstClause(text, pack)).some((t) => offered.has(t) && !/^\d+$/.test(t));
}

/** An opening clause that names or accepts one of the options just offered, without asking anything. */
function answersChoice(clause: string, pack: LanguagePack, context: ActContext): boolean {
  // "If we extend, do you…" weighs an option aloud: it takes none.
  if (asks(clause, pack) || pack.hearing.acts.refuse.test(clause) || pack.hearing.hypothetical.test(clause)) return false;
  return pack.hearing.acts["pick-option"].test(clause) || pack.hearing.choiceAccept.test(clause) || namesOffered(clause, pack, context);
}

/** A negated word of at most this many characters (a Chinese verb: "打", "约") is looked for as it is. */
const SHORT_WORD = 2;
/** A longer one meets a caller's word of its family: a shared head of 3+ letters, this share of the shorter word. */
const FAMILY_SHARE = 0.6;

function sameFamily(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 3 && common >= FAMILY_SHARE * Math.min(a.length, b.length);
}

/** Asked for a rating, a choice or a time, the reply negates the very thing asked ("不打了", "I don't do ratings",
 *  "不试菜了"): it declines, whatever else it says, unless it asks. */
function negatesRequest(text: string, pack: LanguagePack, context: ActContext): boolean {
  if ((context.awaiting === null && !verificationAsked(pack, context)) || context.prev === null || asks(text, pack)) return false;
  const prev = context.prev.toLowerCase();
  for (const match of firstClause(text, pack).toLowerCase().matchAll(pack.hearing.negated)) {
    const word = match[1] ?? "";
    if (word === "") continue;
    if (word.length <= SHORT_WORD ? prev.includes(word) : prev.split(/[^\p{L}]+/u).some((w) => sameFamily(w, word))) return true;
  }
  return false;
}

/** The caller just checked a detail with a yes/no question ("…, still right?", "没变吧？") and the reply opens by
 *  affirming it, or by echoing the word asked about ("装好了吗？" → "装好了…", "够不够？" → "够了"): it agrees. */
function affirmsCheck(text: string, pack: LanguagePack, context: ActContext): boolean {
  if (context.prev === null || identityAsked(pack, context) || asks(text, pack)) return false;
  const checks = [...context.prev.matchAll(new RegExp(pack.hearing.checkAsked.source, `${pack.hearing.checkAsked.flags.replace("g", "")}g`))];
  if (checks.length === 0) return false;
  // The yes may open a later clause ("It's shut, and yes, the car is in"): one answer per part of the check.
  if (pack.hearing.affirmLead.test(text) || clauses(text, pack).some((clause) => pack.hearing.affirmLead.test(clause.trim()) && pack.hearing.cues.yes.test(clause.trim()))) return true;
  const opening = firstClause(text, pack).trim();
  // A one-word reply ("有") found in the checked clause echoes its verb, wherever the object sits ("车库里有插座吗").
  const checkedClause = (m: RegExpMatchArray): string => (context.prev ?? "").slice(0, (m.index ?? 0) + m[0].length).split(pack.speech.clauseBreak).at(-1) ?? "";
  return checks.some((m) => {
    const word = m[1] ?? m[2];
    return (word !== undefined && opening.startsWith(word)) || (word !== undefined && pack.speech.units(opening) <= 1 && checkedClause(m).includes(opening));
  });
}

/** A word of the caller's line echoed with "what"/"which" ("什么磐禾", "Harlow and who?"): the customer asks who calls. */
function echoesCaller(text: string, pack: LanguagePack, context: ActContext): boolean {
  const match = pack.hearing.echoedName.exec(text);
  const word = match?.[1] ?? match?.[2];
  return word !== undefined && context.prev !== null && context.prev.toLowerCase().includes(word.toLowerCase());
}

/** Someone naming a role of their own that the caller's line did not name ("我是监理…" after "是孔先生吗？"). */
function namesOtherRole(text: string, pack: LanguagePack, context: ActContext): boolean {
  const role = pack.hearing.namesRole.exec(text)?.[1];
  return role !== undefined && !(context.prev ?? "").toLowerCase().includes(role.toLowerCase());
}

/** The pattern opens the whole line (within its first few characters). */
function opensWith(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && match.index <= 2;
}

/** The first and last clause of a line, as the pack breaks clauses (Chinese ASR text separates them by spaces). */
function firstClause(text: string, pack: LanguagePack): string {
  return text.split(pack.speech.clauseBreak).find((c) => c.trim() !== "") ?? text;
}
function clauses(text: string, pack: LanguagePack): string[] {
  return text.split(pack.speech.clauseBreak).filter((c) => c.trim() !== "");
}
function lastClause(text: string, pack: LanguagePack): string {
  const parts = text.split(pack.speech.clauseBreak).filter((c) => c.trim() !== "");
  return parts.at(-1) ?? text;
}

/** The pattern opens the line, or closes its first clause ("打分就算了 …", "The card, I don't want"): a leading
 *  "no thanks" decides what the line does. */
function leads(pattern: RegExp, text: string, pack: LanguagePack): boolean {
  const clause = firstClause(text, pack).replace(/[，,。.！!\s]+$/, "");
  const match = pattern.exec(clause);
  if (match === null) return false;
  const closes = match.index + match[0].length === clause.length && !asks(clause, pack) && !pack.hearing.hypothetical.test(clause);
  return match.index <= 2 || closes;
}

/** A question in form that is not only an echo of a word with a question mark. */
function asks(text: string, pack: LanguagePack): boolean {
  if (!pack.hearing.questionForm.test(text) || pack.hearing.exclamation.test(text)) return false;
  const sentences = text.split(/(?<=[？?。！!.…])\s*/).filter((s) => s.trim() !== "");
  const asking = sentences.filter((s) => /[？?]/.test(s));
  const endsAsking = /[？?]\s*$/.test(text.trim());
  if (asking.length === 0 || endsAsking || !/[？?]/.test(sentences[0] ?? "")) return true;
  const short = (s: string): boolean => pack.speech.units(s.replace(/[？?]/g, " ")) <= pack.hearing.echoUnits;
  return !(asking.every(short) && !pack.hearing.interrogativeStart.test(sentences[0] ?? ""));
}

/** A statement about a past occasion that fell short, not said to be fine (the pack's occasion and shortfall words). */
function recountsGrievance(text: string, pack: LanguagePack): boolean {
  const { occasion, shortfall, content } = pack.hearing.pastGrievance;
  return !asks(text, pack) && occasion.test(text) && shortfall.test(text) && !content.test(text);
}

/**
 * The precedence table: each act with the test that detects it, in the order that picks the main act.
 * Context-only rules (a bare "yes" after an identity question, a number after "how would you rate…") sit where
 * their meaning ranks.
 */
const ACT_RULES: readonly { act: Act; when: Detector }[] = [
  { act: "injection", when: pattern("injection") },
  // Who is on the line changes the call most: "he's not here, stop calling" is a relative first, hostile second.
  { act: "other-person", when: (t, p, c) => pattern("other-person")(t, p, c) || p.hearing.namedAway.test(t) || namesOtherRole(t, p, c) },
  { act: "deny-identity", when: (t, p, c) => pattern("deny-identity")(t, p, c) || (identityAsked(p, c) && p.hearing.cues.deny.test(t) && !p.hearing.acts["other-person"].test(t)) },
  { act: "hostile", when: pattern("hostile") },
  // "Yes, it's me — who's calling?" answers the identity question first; the rest follows from that.
  { act: "confirm-identity", when: (t, p, c) => opensWith(p.hearing.acts["confirm-identity"], t) || (identityAsked(p, c) && leads(p.hearing.cues.yes, t, p)) },
  // "You first — who are you?" to a request for a datum holds it back: it declines, the asking who comes second.
  { act: "refuse", when: (t, p, c) => verificationAsked(p, c) && p.hearing.youFirst.test(t) },
  { act: "cant-hear", when: pattern("cant-hear") },
  // "养护期是什么意思？" asks what the line meant: a question to explain, not a request to say it again.
  { act: "repeat", when: (t, p, c) => pattern("repeat")(t, p, c) && !asksMeaning(t, p, c.prev) },
  { act: "suspects-scam", when: pattern("suspects-scam") },
  { act: "asks-who", when: (t, p, c) => pattern("asks-who")(t, p, c) || echoesCaller(t, p, c) },
  // A line read as asking for a datum only because it says "to check" may offer times: a reply that plainly picks
  // one gives no datum (one named in the pack's verification words still does: "第二医院" after a question naming a verification word).
  { act: "confirm-identity", when: (t, p, c) => pattern("confirm-identity")(t, p, c) || (identityAsked(p, c) && p.hearing.cues.yes.test(t)) || (verificationAsked(p, c) && givesDatum(t, p) && !negatesRequest(t, p, c) && !(pattern("pick-option")(t, p, c) && !p.document.asksVerification.test(c.prev ?? ""))) },
  { act: "supervisor", when: pattern("supervisor") },
  { act: "rating", when: (t, p, c) => (c.awaiting === "rating" && (p.hearing.ratingValue.test(t) || p.hearing.ratingLead.test(t) || /\d/.test(t))) || (p.hearing.ratingValue.test(t) && pattern("rating")(t, p, c)) },
  // "Whichever suits you", "你们安排就行" to offered options: leaving the choice to the caller agrees to any and picks none.
  // Its own "which" ("随便哪天") asks nothing: the line asks only if it still does without the words that leave the choice.
  { act: "agree", when: (t, p, c) => (c.awaiting === "choice" || c.awaiting === "time") && p.hearing.delegates.test(t) && !asks(t.replace(p.hearing.delegates, " "), p) && !leads(p.hearing.acts.refuse, t, p) },
  // "Not Thursday — Tuesday then": turning one option down to take another picks it.
  { act: "pick-option", when: (t, p, c) => (c.awaiting === "choice" || c.awaiting === "time") && leads(p.hearing.acts.refuse, t, p) && answersChoice(lastClause(t, p), p, c) && !p.hearing.acts.refuse.test(lastClause(t, p)) },
  // "Neither suits — can you do the week after?": turning the offer down to ask for another asks first.
  { act: "question", when: (t, p) => leads(p.hearing.acts.refuse, t, p) && asks(lastClause(t, p), p) && p.hearing.counterOffer.test(lastClause(t, p)) },
  { act: "refuse", when: (t, p, c) => leads(p.hearing.acts.refuse, t, p) || (c.prev !== null && p.hearing.proposal.test(c.prev.trim()) && p.hearing.declineLead.test(t)) || negatesRequest(t, p, c) },
  // "Fine, send the quote" agrees; how it goes on (send it, that day) is secondary.
  { act: "agree", when: (t, p, c) => p.hearing.agreeLead.test(t) && !asks(t, p) && (pattern("wants-writing")(t, p, c) || pattern("pick-option")(t, p, c)) },
  // "I'm driving, text me": being busy is the news, the channel is how to follow up.
  { act: "busy", when: (t, p, c) => pattern("busy")(t, p, c) && pattern("wants-writing")(t, p, c) },
  // "I suggest…" / "you should…" opening the line: what it asks for is the suggestion's content.
  { act: "suggestion", when: (t, p) => opensWith(p.hearing.suggestionLead, t) },
  { act: "wants-writing", when: (t, p, c) => p.hearing.request.test(t) && pattern("wants-writing")(t, p, c) },
  { act: "busy", when: (t, p, c) => p.hearing.request.test(t) && pattern("busy")(t, p, c) },
  // "The fifteenth — what would I pay then?" answers the pending choice first, then asks.
  { act: "pick-option", when: (t, p, c) => (c.awaiting === "choice" || c.awaiting === "time") && answersChoice(firstClause(t, p), p, c) },
  // "I don't remember it — just tell me", "不打了 你就说完事没有": waving the request off declines it, though it asks.
  { act: "refuse", when: (t, p, c) => p.hearing.brushOff.test(t) && (pattern("refuse")(t, p, c) || verificationAsked(p, c) || c.awaiting !== null) },
  // "打什么分 不打": a line that ends by negating what was asked declines it.
  { act: "refuse", when: (t, p, c) => negatesRequest(lastClause(t, p), p, c) },
  // "这个我不报 …", "… 还问我干啥 我不说": after a request, a clause of its own that declines declines it, whatever the
  // other clauses ask.
  { act: "refuse", when: (t, p, c) => (verificationAsked(p, c) || c.awaiting !== null) && clauses(t, p).some((clause) => leads(p.hearing.acts.refuse, clause, p) && !asks(clause, p)) },
  // "Why did it take so long?!" complains; "and if it's late, what then?" asks, whatever the words.
  { act: "question", when: (t, p) => asks(lastClause(t, p), p) && (!p.hearing.acts.complaint.test(lastClause(t, p)) || p.hearing.hypothetical.test(lastClause(t, p))) },
  // "I need a while, talk another day" ends like an acceptance ("…吧") but puts the choice off: busy, not a pick.
  { act: "pick-option", when: (t, p, c) => (c.awaiting === "choice" || c.awaiting === "time") ? pattern("pick-option")(t, p, c) || (p.hearing.choiceAccept.test(t) && !pattern("busy")(t, p, c)) || (namesOffered(t, p, c) && !asks(t, p) && !p.hearing.acts.refuse.test(t)) : pattern("pick-option")(t, p, c) && !asks(t, p) },
  // "I'm in a meeting, call me tomorrow": being busy is the news; a time alone, or a number, gives a contact.
  { act: "busy", when: (t, p, c) => contactOf(t) === null && pattern("busy")(t, p, c) },
  { act: "gives-contact", when: (t, p, c) => contactOf(t) !== null || pattern("gives-contact")(t, p, c) },
  { act: "busy", when: pattern("busy") },
  { act: "wants-writing", when: pattern("wants-writing") },
  { act: "complaint", when: pattern("complaint") },
  { act: "complaint", when: recountsGrievance },
  { act: "suggestion", when: pattern("suggestion") },
  { act: "question", when: (t, p) => asks(t, p) },
  { act: "refuse", when: pattern("refuse") },
  { act: "goodbye", when: pattern("goodbye") },
  { act: "agree", when: pattern("agree") },
  // "Okay, …" to a caller's yes/no proposal ("Shall I book it?") agrees; with nothing proposed it only acknowledges.
  { act: "agree", when: (t, p, c) => c.prev !== null && p.hearing.proposal.test(c.prev.trim()) && !identityAsked(p, c) && (leads(p.hearing.cues.yes, t, p) || p.hearing.agreeLead.test(`${t} `)) },
  { act: "agree", when: affirmsCheck },
];

/** Acts that a question in the same line makes secondary (asking "is it a scam?" is the scam act, not a question). */
const ABSORBS_QUESTION = new Set<Act>(["asks-who", "suspects-scam", "repeat", "cant-hear", "injection", "supervisor"]);
const MAX_ACTS = 3;

/** "Who's this? And will the van block the drive?": a last sentence that asks and holds none of the acts that absorb
 *  a question is a question of its own, to be answered after the first. */
function asksApart(text: string, pack: LanguagePack): boolean {
  const sentences = text.split(/(?<=[？?])\s*/).filter((s) => s.trim() !== "");
  const last = sentences.at(-1);
  if (sentences.length < 2 || last === undefined || !asks(last, pack)) return false;
  return ![...ABSORBS_QUESTION].some((act) => act !== "question" && act !== "other" && pack.hearing.acts[act].test(last));
}

/** Rules whose test takes no context argument (fewer than three parameters: it cannot read one) depend on the line
 *  and the pack alone; their verdicts, and whether the line asks apart, are kept per pack and line, while the rules
 *  that read the caller's line before are tested again for each context. */
const CONTEXT_FREE = ACT_RULES.map((rule) => rule.when.length < 3);
const FREE_LIMIT = 20_000;
interface FreeVerdicts {
  trimmed: string;
  /** Per rule: 1 holds, 0 does not (context rules: unread). */
  holds: Uint8Array;
  apart: boolean | undefined;
}
const freeVerdicts = new WeakMap<LanguagePack, Map<string, FreeVerdicts>>();

function contextFree(text: string, pack: LanguagePack): FreeVerdicts {
  let table = freeVerdicts.get(pack);
  if (table === undefined) freeVerdicts.set(pack, (table = new Map()));
  let kept = table.get(text);
  if (kept === undefined) {
    // Written lines end in a full stop that spoken (ASR) ones lack; the patterns read the words, not the stop.
    const trimmed = text.trim().replace(/[。！!，,.…~～\s]+$/, "");
    const holds = new Uint8Array(ACT_RULES.length);
    const none: ActContext = { prev: null, customerName: "", awaiting: null };
    for (let i = 0; i < ACT_RULES.length; i++) if (CONTEXT_FREE[i] === true && ACT_RULES[i]?.when(trimmed, pack, none) === true) holds[i] = 1;
    kept = { trimmed, holds, apart: undefined };
    if (table.size >= FREE_LIMIT) table.clear();
    table.set(text, kept);
  }
  return kept;
}

/** The acts of one utterance, main first (at most three); "other" when nothing more specific holds. */
export function readActs(text: string, pack: LanguagePack, context: ActContext): Act[] {
  const free = contextFree(text, pack);
  const trimmed = free.trimmed;
  const found: Act[] = [];
  for (let i = 0; i < ACT_RULES.length; i++) {
    const rule = ACT_RULES[i];
    if (rule === undefined) continue;
    const holds = CONTEXT_FREE[i] === true ? free.holds[i] === 1 : rule.when(trimmed, pack, context);
    if (holds && !found.includes(rule.act)) found.push(rule.act);
  }
  // "Yes, it's me — who's this?" asks who is calling, whichever act leads: the question is not one to answer.
  const acts = found.some((a) => ABSORBS_QUESTION.has(a)) && !(free.apart ??= asksApart(trimmed, pack)) ? found.filter((a) => a !== "question") : found;
  return acts.length === 0 ? ["other"] : acts.slice(0, MAX_ACTS);
}
