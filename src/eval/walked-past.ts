// What a supervisor hears as an ignored question, whatever the knowledge base holds: the customer asks, corrects or
// objects, and the caller's next words have nothing to do with it (no shared content, no yes/no, no figure of the
// kind asked, no apology or correction): the caller simply went on with the script.
import { numeralsAsDigits } from "./numerals-as-digits.js";
import { figuresIn, FigureIndex, type Figure } from "../text/figures.js";
import { coverage, profileOf, sharedWords, similarity } from "../text/similarity.js";
import type { KbEntry, Turn } from "../schema/index.js";
import { THRESHOLDS } from "./thresholds.js";
import { tokenize } from "../text/tokenize.js";
import { perScenarioText, type EvalContext } from "./context.js";
import type { Fault } from "./faults.js";
import { asksVerification } from "./verification.js";

/** A question leans to a knowledge-base entry when its words meet the entry's question this well (dev: 0.25-1). */
const LEAN = 0.25;
/** Content words a question needs before it can be walked past ("Why?", "Options?" are invitations to go on). */
const MIN_WORDS = 2;

/** The knowledge-base entry a question's words lean to, if any: the document knows this question. */
function leanedEntry(ctx: EvalContext, asked: string): KbEntry | null {
  if (tokenize(asked).length < MIN_WORDS) return null;
  let best: { entry: KbEntry; score: number } | null = null;
  for (const entry of ctx.scenario.caller.knowledgeBase) {
    const score = similarity(asked, entry.question);
    if (score >= LEAN && (best === null || score > best.score)) best = { entry, score };
  }
  return best?.entry ?? null;
}

/**
 * Does the caller's reply take the customer's question up at all? Shared content words, a yes/no opener, a put-off,
 * any of the leaned entry's answer (its words or figures): only a reply with none of them walked past it.
 */
function takesUp(ctx: EvalContext, asked: string, entry: KbEntry | null, replyText: string, replyIndex: number): boolean {
  if (answers(ctx, asked, replyText, replyIndex)) return true;
  if (entry === null) return false;
  if (Math.max(similarity(replyText, entry.answer), coverage(replyText, entry.answer)) >= THRESHOLDS.kbAnswerCorrect) return true;
  const known = new FigureIndex([entry.answer]);
  return figuresIn(replyText).some((f) => known.has(f));
}

/** The caller's reply moves the call on: it ends asking the customer the next thing, or says goodbye. */
function movesOn(ctx: EvalContext, reply: readonly Turn[]): boolean {
  const last = reply.at(-1);
  if (last === undefined) return false;
  return ctx.lang.question.test(ctx.sentencesOf(last.index).at(-1) ?? "") || ctx.says(last.index, ctx.lang.farewell);
}

/**
 * A reply that takes up what the customer said, whatever the document holds: shared content words, a yes/no opener,
 * a put-off, a hand-back ("go on"), or figures after a question about an amount or a time.
 */
export function answers(ctx: EvalContext, said: string, replyText: string, replyIndex: number): boolean {
  const lang = ctx.lang;
  if (sharedWords(profileOf(replyText), profileOf(said)) > 0) return true;
  if (lang.answerOpener.test(ctx.sentencesOf(replyIndex)[0] ?? "")) return true;
  if (ctx.says(replyIndex, lang.deflection) || ctx.says(replyIndex, lang.repeatAsk) || ctx.says(replyIndex, lang.goOn)) return true;
  // Figures said in words count ("the eighth of <month>, nine till twelve").
  return lang.quantityAsk.test(said.toLowerCase()) && figuresIn(numeralsAsDigits(replyText)).length > 0;
}

/**
 * Customer turns the caller walked past: a question the document knows (or one asked again after the caller walked
 * past it), an objection to what the caller just said ("I didn't say…"), or a read-back corrected with a value the
 * caller then never takes up. `skip` names turns another reading already judged or that were owed no answer.
 */
export function walkedPast(ctx: EvalContext, skip: (index: number) => boolean, raisedSkip: (index: number) => boolean = skip): Fault[] {
  const faults: Fault[] = [];
  const passedOver: string[] = [];
  const lang = ctx.lang;
  const charged = new Set<number>();
  for (const turn of ctx.calleeTurns) {
    // The customer raising an earlier question again is what tells a supervisor it went past, whatever the words.
    const raised = raisedAgain(ctx, turn.index);
    if (raised !== null && !raisedSkip(raised.turn)) {
      passedOver.push(raised.asked);
      const at = ctx.replyTo(raised.turn)[0]?.index;
      if (at !== undefined && !charged.has(at) && !faults.some((f) => f.turn === at)) {
        charged.add(at);
        faults.push({ turn: at, message: `the customer's question (turn ${raised.turn}) got no answer; the customer raised it again at turn ${turn.index}` });
      }
    }
    const reply = ctx.replyTo(turn.index);
    const first = reply[0];
    if (first === undefined) continue;
    // Cheap readings of the customer's turn first; whether it was owed an answer at all is asked of candidates only.
    const questions = ctx.sentencesOf(turn.index).filter((s) => lang.openQuestion.test(s) && !lang.goOn.test(s));
    // "You didn't answer me" asks the earlier question again in so many words.
    const asked = (raised?.cue === true ? [...questions, raised.asked] : questions).join(" ");
    const entry = asked === "" ? null : perScenarioText(ctx.scenario, "walkedPastLean", asked, () => leanedEntry(ctx, asked));
    const again = asked !== "" && passedOver.some((before) => sharedWords(profileOf(before), profileOf(asked)) > 0);
    const objects = ctx.says(turn.index, lang.correction);
    const corrected = newValues(ctx, turn.index);
    if (entry === null && !again && !objects && corrected.length === 0) continue;
    if (skip(turn.index)) continue;
    const replyText = reply.map((t) => t.text).join(" ");
    if ((entry !== null || again) && movesOn(ctx, reply) && !takesUp(ctx, asked, entry, replyText, first.index) && !faults.some((f) => f.turn === first.index)) {
      passedOver.push(asked);
      faults.push({ turn: first.index, message: `the customer's question (turn ${turn.index}) got no answer; the caller went on` });
      continue;
    }
    if (reply.some((t) => ctx.says(t.index, lang.acknowledge))) continue;
    if (objects && !answers(ctx, ctx.low(turn.index), replyText, first.index)) {
      faults.push({ turn: first.index, message: `the customer's objection (turn ${turn.index}) was talked over` });
      continue;
    }
    if (corrected.length > 0 && !corrected.some((f) => new FigureIndex([replyText]).has(f))) {
      faults.push({ turn: first.index, message: `the customer corrected the read-back (turn ${turn.index}: ${corrected.map((f) => f.text).join(", ")}); the caller went on` });
    }
  }
  return faults;
}

/** Figures the customer gives in answer to a read-back (a confirmation question) that the read-back did not say. */
function newValues(ctx: EvalContext, index: number): Figure[] {
  const before = ctx.turns[index - 1];
  if (before?.speaker !== "caller") return [];
  // The read-back is the caller's closing question itself ("So that's the 5th at 9, right?"); one asking for a value
  // ("To confirm, which number are you at?") is answered by the figure, not corrected.
  const asked = ctx.sentencesOf(before.index).at(-1) ?? "";
  // Nor is a check of who answered that states no value of its own ("To check, could you tell me your postcode?"): the
  // datum given is the answer asked for. A read-back naming the record's value ("…at number 12, is that right?") is
  // still corrected.
  const checks = asksVerification(ctx, asked) && figuresIn(asked).length === 0;
  if (!ctx.lang.question.test(asked) || !ctx.lang.summary.test(asked) || ctx.lang.valueAsk.test(asked) || checks) return [];
  const readBack = new FigureIndex([before.text]);
  return figuresIn(ctx.turns[index]?.text ?? "").filter((f) => !readBack.has(f));
}

/** A sentence that trails off ("But the smell, is that...", "那我老公那个……"): the customer leaves a question hanging. */
const TRAILS_OFF = /(?:\.\.\.|…)\s*$/u;

const asks = (ctx: EvalContext, sentence: string): boolean => (ctx.lang.openQuestion.test(sentence) || TRAILS_OFF.test(sentence)) && !ctx.lang.goOn.test(sentence);

/**
 * The customer's earlier question that this turn raises again: the customer says it went unanswered ("I asked you
 * about…", "我问你…呢"), or asks it again in its own words with nothing new ("那电视呢？", "But the direct debit...")
 * while the caller's reply in between shared none of them. Only the customer's previous turn is looked back to.
 */
function raisedAgain(ctx: EvalContext, index: number): { turn: number; asked: string; cue: boolean } | null {
  // Cheap readings first: most customer turns neither say "you didn't answer" nor ask anything.
  const cue = ctx.says(index, ctx.lang.unanswered);
  const asking = cue ? [] : ctx.sentencesOf(index).filter((s) => asks(ctx, s));
  if (!cue && asking.length === 0) return null;
  let before = index - 1;
  while (before >= 0 && ctx.turns[before]?.speaker === "caller") before--;
  if (before < 0 || before === index - 1) return null;
  const asked = ctx.sentencesOf(before).filter((s) => asks(ctx, s)).join(" ");
  if (asked === "") return null;
  if (cue) {
    // A put-off ("I don't know, I'll check") answered it in its way: the deflection check judges that one.
    const put = ctx.replyTo(before).some((t) => ctx.says(t.index, ctx.lang.deflection));
    return put ? null : { turn: before, asked, cue: true };
  }
  const earlier = profileOf(asked);
  const same = asking.filter((s) => {
    const words = profileOf(s);
    return words.words.length > 0 && sharedWords(words, earlier) > 0 && coverage(asked, s) === 1;
  });
  if (same.length === 0) return null;
  const replied = ctx.replyTo(before).map((t) => profileOf(t.text));
  const again = same.some((s) => replied.every((reply) => sharedWords(profileOf(s), reply) === 0));
  return again ? { turn: before, asked, cue: false } : null;
}
