// The customer's questions and complaints, and what the caller did with them: `wrong-answer` (contradicts the
// knowledge base, or answers another entry), `deflected-answer` ("I don't know / in writing" when the document holds
// the answer), `ignored-question` (no answer at all, the caller moves on). Someone who is not the customer is owed
// no answer about the customer's business.
import { tokenize } from "../text/tokenize.js";
import type { Check, KbEntry } from "../schema/index.js";
import { figuresIn, FigureIndex, type Figure } from "../text/figures.js";
import { unitClass } from "../text/units.js";
import { similarity, coverage, profileOf, sharedWords } from "../text/similarity.js";
import { bestLine, matchScore, sentences } from "./segments.js";
import { THRESHOLDS } from "./thresholds.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import type { EvalLang } from "./lang/index.js";
import { identityState } from "./identity.js";
import { faultCheck, type Fault } from "./faults.js";
import { answers, walkedPast } from "./walked-past.js";
import { negationConflict } from "./negation-conflict.js";
import { checkStepIndexes, documentTexts, identityStepIndex } from "./identity-rule.js";
import { matchSteps } from "./steps.js";
import { offersHelp } from "./offers-help.js";
import { inventedFigures } from "./grounding.js";

export type KbVerdict = "correct" | "partial" | "contradicted" | "deflected" | "unanswered";

export interface KbAsk {
  /** Callee turn that asked. */
  turn: number;
  /** 0-based knowledge-base entry. */
  entry: number;
  /** Caller turns that replied. */
  replyTurns: number[];
  verdict: KbVerdict;
  conflicts: string[];
  /** Matched through the reply as well as the question (only a contradiction is charged). */
  loose: boolean;
}

/** The question's words and the reply's both lean to this entry, each at least this much. */
const LOOSE_QUESTION = 0.12;
const LOOSE_ANSWER = 0.15;
/** A reply this close to an entry's answer is about that entry, however the question was worded. */
const LOOSE_ANSWER_ALONE = 0.3;

/** Points in the calendar or on the clock: a slot or a promised hour, held by the figure checks, not an amount. */
/** A reply clause at least this long (characters) found whole in the caller's script is the script's word, not the reply's. */
const MIN_SCRIPTED_CLAUSE = 6;
const POINT_UNITS: ReadonlySet<string> = new Set(["date", "time"]);

/**
 * Minutes in one unit of a length of time: "three hours" answers "how long?" as much as "45 minutes" does, so an entry
 * stating minutes is contradicted by a reply in hours (and agreed with by "2 hours" for "120 minutes").
 */
const DURATION_MINUTES: Readonly<Record<string, number>> = { second: 1 / 60, minute: 1, hour: 60 };

/** A range's unit is written once, after its last number ("4 to 5 weeks", "2-3 年"): the whole range measures in it. */
function unitOf(f: Figure): string {
  if (f.unit !== "") return f.unit;
  const last = f.atoms.at(-1);
  return last?.kind === "number" ? last.unit : "";
}

const classOf = (f: Figure): string => {
  if (f.unit === "date" || f.unit === "time") return f.unit;
  const cls = unitClass(unitOf(f));
  return cls in DURATION_MINUTES ? "duration" : cls;
};

const minutesOf = (f: Figure): number | null => (f.value === null ? null : f.value * (DURATION_MINUTES[unitClass(unitOf(f))] ?? Number.NaN));

/** Unit classes of the amounts of a text (hours, minutes, money); a bare number measures nothing. */
function measuredClasses(figures: readonly Figure[]): Set<string> {
  return new Set(figures.filter((f) => !POINT_UNITS.has(f.unit)).map(classOf).filter((c) => c !== ""));
}

/**
 * A question whose words meet an entry's answer or lean to its question ("how long's it take?" to "How long is the
 * visit?"), replied with an amount of a kind that answer states (a length of time for a length of time) that the
 * document states nowhere (a slot or a reason read from the script speaks to something else): the reply speaks to
 * that entry.
 */
function measuresEntry(lang: EvalLang, asked: string, reply: string, entry: KbEntry, known: FigureIndex): boolean {
  if (similarity(asked, entry.answer) < LOOSE_QUESTION && similarity(asked, entry.question) < LOOSE_QUESTION) return false;
  const stated = measuredClasses(figuresIn(withAmounts(lang, entry.answer)));
  const fresh = figuresIn(withAmounts(lang, reply)).filter((f) => !known.has(f));
  return [...measuredClasses(fresh)].some((c) => stated.has(c));
}

function looseEntry(lang: EvalLang, asked: string, reply: string, entries: readonly KbEntry[], known: FigureIndex): number | null {
  if (reply.trim() === "") return null;
  let best: { index: number; score: number } | null = null;
  entries.forEach((entry, index) => {
    const q = similarity(asked, entry.question);
    const a = similarity(reply, entry.answer);
    const leans = (q >= LOOSE_QUESTION && a >= LOOSE_ANSWER) || (q > 0 && a >= LOOSE_ANSWER_ALONE) || measuresEntry(lang, asked, reply, entry, known);
    if (leans && (best === null || q + a > best.score)) best = { index, score: q + a };
  });
  return best === null ? null : (best as { index: number }).index;
}

/** The text with its spoken amounts of time in digits ("half an hour" → "30 minutes"), for comparing amounts only. */
function withAmounts(lang: EvalLang, text: string): string {
  let out = text;
  for (const [pattern, digits] of lang.spokenAmounts) out = out.replace(pattern, digits);
  return out;
}

/** Every figure of the caller's document, its knowledge base's answers included. */
function knownFigures(ctx: EvalContext): FigureIndex {
  return perScenario(ctx.scenario, "kbKnownFigures", () => new FigureIndex([...documentTexts(ctx.scenario), ...ctx.callerScript()]));
}

/** Customer questions matched to entries (first ask of each entry only: later asks repeat it). */
export function kbAsks(ctx: EvalContext): KbAsk[] {
  return ctx.once("kb", () => {
    const entries = ctx.scenario.caller.knowledgeBase;
    const questions = entries.map((e) => e.question);
    const other = identityState(ctx).otherAt;
    const seen = new Set<number>();
    const asks: KbAsk[] = [];
    for (const turn of ctx.calleeTurns) {
      if (other !== null && turn.index >= other) break;
      const asked = ctx.sentencesOf(turn.index).filter((s) => ctx.lang.question.test(s)).join(" ");
      if (asked === "") continue;
      const hit = perScenarioText(ctx.scenario, "kbQuestionHit", asked, () => bestLine(asked, questions, { minShared: 2, fullShort: true }));
      const reply = ctx.answerTo(turn.index);
      const text = reply.map((t) => t.text).join(" ");
      const replyTurns = reply.map((t) => t.index);
      if (entries[hit.index] !== undefined && hit.score >= THRESHOLDS.kbQuestion) {
        if (seen.has(hit.index)) continue;
        seen.add(hit.index);
        asks.push({ turn: turn.index, entry: hit.index, replyTurns, loose: false, ...judged(ctx, hit.index, text, asked) });
        continue;
      }
      // A short real question ("能退吗？") that no entry's wording meets: the entry its words and the caller's reply
      // both lean to was asked. Read loosely, it is only held to what it contradicts, never to what it left out.
      const loose = perScenarioText(ctx.scenario, "kbLoose", `${asked}\u0000${text}`, () => looseEntry(ctx.lang, asked, text, entries, knownFigures(ctx)));
      if (loose === null || seen.has(loose)) continue;
      const verdict = judged(ctx, loose, text, asked);
      if (verdict.verdict !== "contradicted") continue;
      seen.add(loose);
      asks.push({ turn: turn.index, entry: loose, replyTurns, loose: true, ...verdict });
    }
    return asks;
  });
}

/** Is this lower-cased clause (of some length) a piece of a line the document's script gives the caller? */
function scriptedClause(ctx: EvalContext): (clause: string) => boolean {
  const script = perScenario(ctx.scenario, "kbScriptLow", () => ctx.callerScript().join("\n").toLowerCase());
  return (clause) => clause.trim().length >= MIN_SCRIPTED_CLAUSE && script.includes(clause.trim());
}

/** judgeReply of a question and its reply, kept per scenario (rule calls ask and answer alike call after call; read-only). */
function judged(ctx: EvalContext, entry: number, reply: string, question: string): Pick<KbAsk, "verdict" | "conflicts"> {
  return perScenarioText(ctx.scenario, "kbJudged", `${entry}\u0000${question}\u0000${reply}`, () => judgeReply(ctx.lang, ctx.scenario.caller.knowledgeBase, entry, reply, question, scriptedClause(ctx)));
}

const YES = /^\s*(是的|是|可以|能|有的|有|会|支持|yes\b|sure\b|absolutely\b|of course\b|definitely\b|you can\b|we do\b|it does\b)/u;
// "No problem", "no worries": an everyday yes, not a no.
const NO = /^\s*(?:[^，,。.]{0,6}?)(不是|不可以|不能|不行|不会|不支持|没有|没法|无法|\bno\b(?![\s-]+(?:problem|problems|worries|trouble|bother)\b)|\bnot\b|\bunfortunately\b|\bwe don't\b|\bwe do not\b|\bcan't\b|\bcannot\b|\bit doesn't\b)/u;

/** The reply's first word is the denial ("No, …", "不能，…"), not a "not" inside a statement ("It's not urgent"). */
function opensWithNo(low: string): boolean {
  const hit = NO.exec(low);
  return hit !== null && (hit[1] ?? "").length > 0 && hit[0].trim().length === (hit[1] ?? "").trim().length;
}

/** Compare one reply with the asked entry (and the others: answering another entry is a wrong answer too). */
export function judgeReply(lang: EvalLang, entries: readonly KbEntry[], asked: number, reply: string, question = "", scripted: (clause: string) => boolean = () => false): Pick<KbAsk, "verdict" | "conflicts"> {
  const entry = entries[asked];
  if (entry === undefined || reply.trim() === "") return { verdict: "unanswered", conflicts: [] };
  const low = reply.toLowerCase();
  const answerFigures = figuresIn(withAmounts(lang, entry.answer));
  const replyFigures = figuresIn(withAmounts(lang, reply));
  const conflicts = conflictingFigures(answerFigures, replyFigures);
  const entryLow = entry.answer.toLowerCase();
  if (conflicts.length === 0 && chargesForFree(lang, entryLow, answerFigures, low, replyFigures)) conflicts.push("free/charged");
  const content = Math.max(similarity(reply, entry.answer), coverage(reply, entry.answer));
  // A reply that says a yes-entry's answer in its words takes its stand there: a "not" up front ("It's not urgent. A
  // few days are fine…") answers another question of the same turn or reassures, it does not deny the entry. A yes
  // to a no-entry stays a contradiction however many of its words it shares ("yes, that is covered too").
  const restates = content >= THRESHOLDS.kbAnswerCorrect && !opensWithNo(low);
  // "I'm not sure, I'll get back to you": the "not" of a hedge denies nothing (a put-off, judged below).
  const hedges = lang.deflection.test(sentences(low)[0] ?? "");
  if (!restates && !hedges && YES.test(entryLow) && NO.test(low) && !NO.test(entryLow)) conflicts.push("yes/no");
  else if (NO.test(entryLow) && YES.test(low) && !NO.test(low)) conflicts.push("no/yes");
  if (conflicts.length === 0) {
    const opposite = negationConflict(lang, entry.answer, reply, scripted);
    if (opposite !== null) conflicts.push(opposite);
  }
  if (conflicts.length > 0) return { verdict: "contradicted", conflicts };
  // "I'm not sure, I'll follow up in writing. Moving on. …": the answer was put off, whatever the caller read next.
  const opening = sentences(low).slice(0, 2).join(" ");
  if (lang.deflection.test(opening) && similarity(opening, entry.answer) < THRESHOLDS.kbAnswerCorrect) return { verdict: "deflected", conflicts: [] };
  // Another entry's answer, said instead of this one's.
  const others = entries.map((e, i) => (i === asked ? 0 : Math.max(similarity(reply, e.answer), coverage(reply, e.answer))));
  const bestOther = Math.max(0, ...others);
  if (bestOther >= THRESHOLDS.kbAnswerCorrect && content < THRESHOLDS.kbAnswerAny) {
    // The question read loosely fits the answered entry too ("you're not gonna take the car?"): that one was asked.
    const other = others.indexOf(bestOther);
    const fits = question !== "" && alsoAsked(question, entries[other]?.question ?? "", entry.question);
    if (fits) return judgeReply(lang, entries, other, reply, "", scripted);
    return { verdict: "contradicted", conflicts: [`answered entry ${other + 1}`] };
  }
  // "可以的，…" / "No, …" to a yes/no question is an answer, whatever words follow.
  if (content < THRESHOLDS.kbAnswerAny && (YES.test(low) || NO.test(low))) return { verdict: "partial", conflicts: [] };
  if (content < THRESHOLDS.kbAnswerCorrect && lang.deflection.test(low)) return { verdict: "deflected", conflicts: [] };
  const said = new FigureIndex([withAmounts(lang, reply)]);
  const missing = answerFigures.filter((f) => !said.has(f));
  if (missing.length === 0 && content >= THRESHOLDS.kbAnswerCorrect) return { verdict: "correct", conflicts: [] };
  if (missing.length < answerFigures.length || content >= THRESHOLDS.kbAnswerAny) return { verdict: "partial", conflicts: [] };
  return { verdict: "unanswered", conflicts: [] };
}

const isMoney = (f: Figure): boolean => unitClass(f.unit) === "money";

/**
 * The entry says it costs nothing (and names no price); the reply names a price, or speaks of money at all ("we'd
 * have to charge you for it"), and never says it is free.
 */
function chargesForFree(lang: EvalLang, entryLow: string, answer: readonly Figure[], replyLow: string, reply: readonly Figure[]): boolean {
  return lang.free.test(entryLow) && !answer.some(isMoney) && (reply.some(isMoney) || lang.money.test(replyLow)) && !lang.free.test(replyLow);
}

/** Reply figures of a unit class (or dates) the entry states, when the reply has none of the entry's values for it. */
function conflictingFigures(answer: readonly Figure[], reply: readonly Figure[]): string[] {
  const known = new FigureIndex();
  const out: string[] = [];
  const answerClasses = new Set(answer.map(classOf).filter((c) => c !== ""));
  for (const f of answer) known.add(f.text);
  const sameLength = (f: Figure): boolean => answer.some((a) => classOf(a) === "duration" && minutesOf(a) === minutesOf(f));
  for (const cls of answerClasses) {
    const mine = reply.filter((f) => classOf(f) === cls);
    const agrees = (f: Figure): boolean => known.has(f) || (cls === "duration" && sameLength(f));
    if (mine.length > 0 && !mine.some(agrees)) out.push(...mine.map((f) => f.text));
  }
  return out;
}

/** Share of the question threshold at which the customer's words also fit the entry the caller answered. */
const ALSO_ASKED = 0.5;
/**
 * Share of the asked entry's own fit that the answered entry's must reach: "洗完多久能开？" fits "洗完多久能开？" whole and
 * "洗一台要多久？" by one word; read "每台大约40分钟" to it, the caller answered the duration entry, not the one asked.
 */
const ALSO_ASKED_RELATIVE = 0.5;

/** The customer's words fit the entry the caller answered about as well as the one they matched. */
function alsoAsked(question: string, answeredQuestion: string, askedQuestion: string): boolean {
  const answered = matchScore(question, answeredQuestion);
  return answered >= THRESHOLDS.kbQuestion * ALSO_ASKED && answered >= ALSO_ASKED_RELATIVE * matchScore(question, askedQuestion);
}

const replyTurn = (a: KbAsk): number => a.replyTurns[0] ?? a.turn;

export function wrongAnswerCheck(ctx: EvalContext): Check {
  const faults: Fault[] = kbAsks(ctx)
    .filter((a) => a.verdict === "contradicted")
    .map((a) => ({ turn: replyTurn(a), message: `answer to Q${a.entry + 1} (asked at turn ${a.turn}) contradicts the knowledge base (${a.conflicts.join(", ")})` }));
  const charged = new Set(faults.map((f) => f.turn));
  for (const c of figureContradictions(ctx)) {
    if (!charged.has(c.turn)) faults.push({ turn: c.turn, message: `says ${c.said} where entry ${c.entry + 1} of the knowledge base states ${c.stated}` });
  }
  return faultCheck("wrong-answer", faults, "no answer contradicted the knowledge base", { asks: kbAsks(ctx) });
}

/** An entry the sentence (or the customer's question before it) speaks of at least this much is held to its figures. */
const FIGURE_TOPIC = 0.25;

/**
 * "The roof is £60 extra" where an entry says "£25 extra": a sentence of the caller that speaks of an entry (its answer's
 * words, or the question the customer just asked), stating a figure of a class that answer states (a sum, a length of
 * time) and none of its values, contradicts that entry, whether or not the customer's question was matched to it. Only
 * a figure neither the document nor the customer gave is held to that: one the script states elsewhere (the plan's
 * allowance beside the entry on slowed data) is the script's word.
 */
export function figureContradictions(ctx: EvalContext): { turn: number; entry: number; said: string; stated: string }[] {
  return ctx.once("figureContradictions", () => {
    const entries = ctx.scenario.caller.knowledgeBase;
    const out: { turn: number; entry: number; said: string; stated: string }[] = [];
    const other = identityState(ctx).otherAt;
    const invented = new Map(inventedFigures(ctx).map((t) => [t.turn, t.figures]));
    for (const turn of ctx.callerTurns) {
      if (other !== null && turn.index >= other) break;
      const fresh = invented.get(turn.index) ?? [];
      const before = ctx.turns[turn.index - 1];
      const asked = before?.speaker === "callee" ? before.text : "";
      for (const sentence of ctx.sentencesOf(turn.index)) {
        const held = figuresIn(withAmounts(ctx.lang, sentence)).filter((f) => fresh.some((g) => g.text.includes(f.text) || f.text.includes(g.text)));
        if (held.length === 0) continue;
        // The entry the sentence (or the question just asked) speaks of most.
        let best: { entry: number; topic: number } | null = null;
        entries.forEach((entry, index) => {
          const topic = Math.max(similarity(sentence, entry.answer), asked === "" ? 0 : similarity(asked, entry.question));
          if (topic >= FIGURE_TOPIC && (best === null || topic > best.topic)) best = { entry: index, topic };
        });
        const hit = best as { entry: number; topic: number } | null;
        if (hit === null) continue;
        const stated = figuresIn(withAmounts(ctx.lang, entries[hit.entry]?.answer ?? ""));
        const conflicts = conflictingFigures(stated, held);
        if (conflicts.length === 0) continue;
        out.push({ turn: turn.index, entry: hit.entry, said: conflicts.join(", "), stated: stated.map((f) => f.text).join(", ") });
        break;
      }
    }
    return out;
  });
}

export function deflectedAnswerCheck(ctx: EvalContext): Check {
  const faults: Fault[] = kbAsks(ctx)
    .filter((a) => a.verdict === "deflected" && !outOfCharacter(ctx, a.turn))
    .map((a) => ({ turn: replyTurn(a), message: `put off Q${a.entry + 1} (asked at turn ${a.turn}) although the knowledge base answers it` }));
  // Questions no knowledge-base entry matched, put off all the same. Whether the document holds the answer is not
  // tested here: on the labelled dev set supervisors charged 24 of the 28 put-offs, and a document-overlap test
  // missed the short real questions ("how much?", "那剩下那盏怎么办？") that carry most of them.
  const seen = new Set(kbAsks(ctx).map((a) => a.turn));
  const other = identityState(ctx).otherAt;
  for (const turn of ctx.calleeTurns) {
    if (seen.has(turn.index) || (other !== null && turn.index >= other)) continue;
    const asked = ctx.sentencesOf(turn.index).filter((s) => ctx.lang.question.test(s)).join(" ");
    const reply = ctx.answerTo(turn.index)[0];
    if (asked === "" || reply === undefined || !ctx.sentencesOf(reply.index).slice(0, 2).some((s) => ctx.lang.deflection.test(s))) continue;
    if (owedNoAnswer(ctx, turn.index) || answeredAfter(ctx, asked, reply.index)) continue;
    faults.push({ turn: reply.index, message: `put off the customer's question (turn ${turn.index})` });
  }
  return faultCheck("deflected-answer", faults, "no question the document answers was put off");
}

/**
 * "I can't say what they know. If you've been ill, the committee can…": right after the hedge the same turn answers
 * the question in its words (or with figures, asked for an amount or a time). The caller gave what it had: no put-off.
 */
function answeredAfter(ctx: EvalContext, asked: string, replyIndex: number): boolean {
  // Only the sentence right after the hedge: a "moving on" there leaves the question, whatever the script says next.
  const said = ctx.sentencesOf(replyIndex);
  const hedge = said.findIndex((s) => ctx.lang.deflection.test(s));
  let next = hedge + 1;
  while (next < said.length && ctx.lang.deflection.test(said[next] ?? "")) next++;
  const rest = said[next] ?? "";
  if (rest === "") return false;
  if (sharedWords(profileOf(rest), profileOf(asked)) > 0) return true;
  return ctx.lang.quantityAsk.test(asked.toLowerCase()) && figuresIn(rest).length > 0;
}

/**
 * A customer already confirmed who then speaks as someone else ("shall I tell him who rang?", "我帮她问问？"), or who asks
 * only what a caller asks ("how may I be of service?"): the simulated customer broke character; whatever the
 * caller says to that is no answer owed.
 */
function outOfCharacter(ctx: EvalContext, index: number): boolean {
  if (offersHelp(ctx, index)) return true;
  const confirmed = identityState(ctx).confirmedAt;
  return confirmed !== null && index > confirmed && identityState(ctx).otherAt === null && ctx.lang.thirdParty.test(ctx.low(index));
}

/**
 * Turns whose question or complaint the caller owed no answer: before the identity check the script requires was
 * passed (the caller rightly holds back), and a customer leaving (refusing, busy, hanging up) whom the caller closes with.
 */
function owedNoAnswer(ctx: EvalContext, index: number): boolean {
  if (outOfCharacter(ctx, index)) return true;
  const state = identityState(ctx);
  const lang = ctx.lang;
  const verifiesFirst = ctx.replyTo(index).some((t) => ctx.sentencesOf(t.index).some((s) => lang.verification.test(s) && lang.request.test(s)));
  if (state.scriptVerifies && (state.confirmedAt === null || index < state.confirmedAt) && verifiesFirst) return true;
  // An answer to the script's check step that the caller closes on: after a check that did not pass, nothing of the
  // customer's business may be said, questions about it included.
  if (answersCheckStep(ctx, index) && ctx.replyTo(index).some((t) => ctx.says(t.index, lang.farewell))) return true;
  // "…just text me" is leaving too: what is sent in writing answers it there.
  const leaving = ctx.says(index, lang.refusal) || ctx.says(index, lang.hangUp) || ctx.says(index, lang.busy) || ctx.says(index, lang.inWriting);
  return leaving && ctx.replyTo(index).some((t) => ctx.says(t.index, lang.farewell));
}

/**
 * The customer's turn answers the caller's delivery of a check step of the script after its first (its identity step,
 * or a step whose title names a check: "2. Check", "核对").
 */
function answersCheckStep(ctx: EvalContext, index: number): boolean {
  const before = ctx.turns[index - 1];
  if (before?.speaker !== "caller") return false;
  const steps = ctx.scenario.caller.steps;
  const isCheck = (step: number): boolean => checkStepIndexes(ctx).has(step) || identityStepIndex(ctx) === step || ctx.lang.checkWord.test(steps[step - 1]?.title.toLowerCase() ?? "");
  return matchSteps(ctx).some((d) => d.turn === before.index && d.step > 1 && isCheck(d.step));
}

/** The script's rating questions, lower-cased: the words of its scale ("好、中、差"). */
function ratingScale(ctx: EvalContext): string {
  return perScenario(ctx.scenario, "ratingScale", () => ctx.callerScript().filter((line) => ctx.lang.ratingAsk.test(line.toLowerCase())).join(" ").toLowerCase());
}

/** A complaint said in the customer's own words: not negated ("no complaints"), not a rating the caller offered. */
function complains(ctx: EvalContext, index: number): boolean {
  const before = ctx.turns[index - 1];
  let offered = before?.speaker === "caller" ? ctx.low(before.index) : "";
  // Asked for a rating in short ("保洁、安保、停车您分别评价一下？"), the customer answers on the script's own scale.
  if (before?.speaker === "caller" && ctx.says(before.index, ctx.lang.ratingAsk)) offered += ` ${ratingScale(ctx)}`;
  return ctx.sentencesOf(index).some((s) => {
    const m = complaintIn(ctx, s);
    return m !== null && !offered.includes(m.said) && !m.negated;
  });
}

/** A sentence's complaint cue (the words said) and whether its clause negates it; kept per scenario and sentence. */
function complaintIn(ctx: EvalContext, sentence: string): { said: string; negated: boolean } | null {
  return perScenarioText(ctx.scenario, "complaintIn", sentence, () => {
    const m = ctx.lang.complaint.exec(sentence);
    if (m === null) return null;
    const clause = sentence.slice(0, m.index).split(/[,，;；]/u).pop() ?? "";
    return { said: m[0], negated: ctx.lang.negation.test(clause) };
  });
}

function takesQuestionUp(ctx: EvalContext, ask: KbAsk): boolean {
  const first = ask.replyTurns[0];
  if (first === undefined) return false;
  const asked = ctx.sentencesOf(ask.turn).filter((s) => ctx.lang.question.test(s)).join(" ");
  return answers(ctx, asked, ask.replyTurns.map((t) => ctx.turns[t]?.text ?? "").join(" "), first);
}

/** A sigh at news ("Oh. That's annoying.", "唉，真烦") the caller gave with its regret ("I'm afraid…", "抱歉…"). */
const SIGH_TOKENS = 3;

function regretted(ctx: EvalContext, index: number): boolean {
  const news = ctx.turns[index - 1];
  return news?.speaker === "caller" && ctx.says(news.index, ctx.lang.acknowledge) && tokenize(ctx.turns[index]?.text ?? "").length <= SIGH_TOKENS;
}

/** Customer turns no "walked past" reading judges: knowledge-base asks already judged, someone else on the line, no answer owed. */
export function ignoredSkip(ctx: EvalContext): (index: number) => boolean {
  const judgedAsks = new Set(kbAsks(ctx).map((a) => a.turn));
  const other = identityState(ctx).otherAt;
  return (index) => judgedAsks.has(index) || (other !== null && index >= other) || owedNoAnswer(ctx, index);
}

/**
 * Customer turns whose question raised again is no ignored question: someone else on the line, no answer owed, or an
 * answer another check already charged (a contradiction, a put-off). A knowledge-base ask judged answered counts: the
 * customer asking it again says the reply missed it.
 */
function raisedSkip(ctx: EvalContext): (index: number) => boolean {
  const elsewhere = new Set(kbAsks(ctx).filter((a) => a.verdict === "contradicted" || a.verdict === "deflected").map((a) => a.turn));
  const other = identityState(ctx).otherAt;
  return (index) => elsewhere.has(index) || (other !== null && index >= other) || owedNoAnswer(ctx, index);
}

/** Customer questions the caller did not answer at all, and complaints it did not even acknowledge. */
export function ignoredQuestionCheck(ctx: EvalContext): Check {
  const faults: Fault[] = kbAsks(ctx)
    // A reply that takes the question up in its own words (shares its words, opens with a yes or no) answered it,
    // rightly or wrongly: "no answer at all" is a reply that walks past it.
    .filter((a) => a.verdict === "unanswered" && a.replyTurns.length > 0 && !owedNoAnswer(ctx, a.turn) && !takesQuestionUp(ctx, a))
    .map((a) => ({ turn: replyTurn(a), message: `the customer's Q${a.entry + 1} (turn ${a.turn}) got no answer` }));
  const kbTurns = new Set(kbAsks(ctx).map((a) => a.turn));
  const other = identityState(ctx).otherAt;
  for (const turn of ctx.calleeTurns) {
    if (kbTurns.has(turn.index) || (other !== null && turn.index >= other)) continue;
    // A complaint followed by a question of the customer's own: the customer moved on to the question.
    if (!complains(ctx, turn.index) || ctx.says(turn.index, ctx.lang.question) || owedNoAnswer(ctx, turn.index)) continue;
    const reply = ctx.replyTo(turn.index);
    const first = reply[0];
    if (first === undefined) continue;
    const replyText = reply.map((t) => t.text).join(" ");
    // "我要投诉" / "I want to complain" answered "您请说" / "Go ahead": the caller asks to hear it, which is taking it up.
    const invited = reply.some((t) => ctx.says(t.index, ctx.lang.goOn));
    const addressed = invited || reply.some((t) => ctx.says(t.index, ctx.lang.acknowledge)) || similarity(replyText, turn.text) >= THRESHOLDS.kbAnswerAny || regretted(ctx, turn.index);
    if (!addressed) faults.push({ turn: first.index, message: `the customer's complaint (turn ${turn.index}) was passed over` });
  }
  const charged = new Set(faults.map((f) => f.turn));
  for (const fault of walkedPast(ctx, ignoredSkip(ctx), raisedSkip(ctx))) if (!charged.has(fault.turn)) faults.push(fault);
  return faultCheck("ignored-question", faults, "every question and complaint got a reply");
}
