// Verification by data: when a caller's words ask the person to prove who they are with a datum (a date of birth, a
// postcode, the last digits of a number), and which answer passes that check, under the rule table below.
import { tokenize } from "../text/tokenize.js";
import { spokenValues } from "./spoken-values.js";
import { sentences } from "./segments.js";
import { perScenario, type EvalContext } from "./context.js";
import type { VerifyKindCue } from "./lang/types.js";

/**
 * The kinds of data a text asks for, by index into the language's kinds. A data word counts only where the datum is
 * what is asked, i.e. it ends its phrase: "confirm your date of birth" asks for one, "your birthday cake" and
 * "生日蛋糕" name an order detail, not a proof of who answered; and only in a sentence that asks something.
 */
export function askedKinds(ctx: EvalContext, text: string): number[] {
  const kinds = new Set<number>();
  const asks = globalAsks(ctx.lang.verifyKinds);
  for (const s of sentences(text)) {
    if (!ctx.lang.verification.test(s) || !ctx.lang.request.test(s)) continue;
    asks.forEach((ask, k) => {
      for (const m of s.matchAll(ask)) if (ctx.lang.dataPhraseEnd.test(s.slice(m.index + m[0].length))) kinds.add(k);
    });
  }
  return [...kinds].sort((a, b) => a - b);
}

/** The kinds' patterns with the `g` flag (for matchAll), made once per language. */
const GLOBAL_ASKS = new WeakMap<readonly VerifyKindCue[], RegExp[]>();
function globalAsks(kinds: readonly VerifyKindCue[]): RegExp[] {
  let out = GLOBAL_ASKS.get(kinds);
  if (out === undefined) GLOBAL_ASKS.set(kinds, (out = kinds.map((kind) => new RegExp(kind.ask.source, "g"))));
  return out;
}

export function asksVerification(ctx: EvalContext, text: string): boolean {
  return askedKinds(ctx, text).length > 0;
}

/** The caller's record: what the document lets the caller check an answer against (profile lines and facts). */
function recordTexts(ctx: EvalContext): string[] {
  return [...ctx.scenario.caller.customerProfile, ...ctx.scenario.facts.map((f) => f.text)];
}

/**
 * Texts an answer may bear out: the record, and the document's other sections (a table or note of the data to check,
 * "check: last four 1234"), which a reader may leave outside the record. Only for matching an answer: whether the
 * record holds a kind at all is read from the record alone (another section's year or code is no datum of the kind).
 */
function matchTexts(ctx: EvalContext): string[] {
  return [...recordTexts(ctx), ...ctx.scenario.caller.extraSections.flatMap((section) => section.body.split("\n"))];
}

/** Does the record state an item of kind `k` (a line naming the kind that carries a figure)? */
function recordHolds(ctx: EvalContext, k: number): boolean {
  return perScenario(ctx.scenario, `recordHolds:${k}`, () => {
    const held = ctx.lang.verifyKinds[k]?.held;
    if (held === null) return true;
    return held !== undefined && recordTexts(ctx).some((line) => held.test(line.toLowerCase()) && spokenValues(line).size > 0);
  });
}

/** What the caller has said so far in the call: values and words it gave cannot verify anyone who says them back. */
interface SaidSoFar {
  values: Set<number>;
  words: Set<string>;
}

/** What the caller said before turn `index` (read only for answers to a verification request: rare, so not kept). */
function saidBefore(ctx: EvalContext, index: number): SaidSoFar {
  const said: SaidSoFar = { values: new Set(), words: new Set() };
  for (const turn of ctx.callerTurns) {
    if (turn.index >= index) break;
    for (const v of spokenValues(turn.text)) said.values.add(v);
    for (const w of tokenize(turn.text)) said.words.add(w);
  }
  return said;
}

/** Values from here up are data ("1234", "7263"); smaller ones (a day, "four digits") coincide by chance. */
const SAID_BACK_VALUE = 100;

/**
 * The answer bears out the record: a number the record states, or a word of the record the script never says (a
 * street, a postcode), and in either case not one the caller itself said earlier in the call ("your card ending
 * 1234?" "1234").
 */
function matchesRecord(ctx: EvalContext, sentence: string, said: SaidSoFar): boolean {
  const record = perScenario(ctx.scenario, "recordData", () => {
    const texts = recordTexts(ctx);
    const script = new Set(ctx.callerScript().flatMap((line) => tokenize(line)));
    const values = new Set<number>();
    for (const text of matchTexts(ctx)) for (const v of spokenValues(text)) values.add(v);
    const words = new Set(texts.flatMap((text) => tokenize(text)).filter((word) => !script.has(word) && !/^\d+$/u.test(word)));
    return { values, words };
  });
  if ([...spokenValues(sentence)].some((v) => record.values.has(v) && !(v >= SAID_BACK_VALUE && said.values.has(v)))) return true;
  return tokenize(sentence).some((word) => record.words.has(word) && !said.words.has(word));
}

/** Text with spoken digits as digits and nothing but letters and digits: "three-nine 2 six" and "QB4 7ZT" as "3926", "qb47zt". */
function compact(ctx: EvalContext, text: string): string {
  return digitsSpoken(ctx, text).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Lower-cased text with every digit said as a word written as a digit, pairs said as one number first ("nineteen ninety-five"). */
function digitsSpoken(ctx: EvalContext, text: string): string {
  let out = ctx.lang.spokenPairs(text.toLowerCase());
  ctx.lang.spokenDigits.forEach((digit, d) => {
    out = out.replace(digit, String(d));
  });
  return out;
}

/** Shortest record item compared as a string: shorter runs ("14") coincide by chance. */
const ITEM_CHARS = 4;

/**
 * The record's data items written the way a customer may read them out: digit runs ("6,082", "0-800-218-66") as
 * digits, and a code of letters and digits with its second part ("QB4 7ZT") as one string.
 */
function recordItems(ctx: EvalContext): readonly string[] {
  return perScenario(ctx.scenario, "recordItems", () => {
    const items = new Set<string>();
    for (const text of matchTexts(ctx)) {
      const low = text.toLowerCase();
      for (const m of low.matchAll(/\d(?:[\d,\s-]*\d)?/g)) items.add(m[0].replace(/\D/g, ""));
      for (const m of low.matchAll(/[a-z]+\d[a-z\d]*(?:\s+\d[a-z\d]*)?/g)) items.add(m[0].replace(/\s/g, ""));
    }
    return [...items].filter((item) => item.length >= ITEM_CHARS);
  });
}

/**
 * The answer reads out a record item however spaced or spelled ("three nine two six", "qb47zt"), or the last digits
 * of a record number ("6031" of "TR5550186031"; as few as the ask named, "032" for "the last three digits"), and the
 * caller did not read it out first.
 */
function readsOutRecord(ctx: EvalContext, sentence: string, callerSaid: string, tail: number): boolean {
  const said = compact(ctx, sentence);
  const runs = (said.match(/\d+/g) ?? []).filter((run) => run.length >= tail);
  return recordItems(ctx).some((item) => !callerSaid.includes(item) && (said.includes(item) || runs.some((run) => item.endsWith(run) && !callerSaid.includes(run))));
}

/** Fewest trailing digits that prove anything: two ("the last two") coincide with a record number by chance. */
const LEAST_TAIL_DIGITS = 3;

/**
 * Trailing digits of a record number an answer must read out: as many as the ask named ("后三位", "the last three
 * digits"), from LEAST_TAIL_DIGITS up to ITEM_CHARS; ITEM_CHARS where it named no count.
 */
function tailDigits(ctx: EvalContext, ask: string): number {
  const m = ctx.lang.lastDigits.exec(ask);
  const n = m?.[1] === undefined ? undefined : [...spokenValues(m[1])][0];
  return n === undefined ? ITEM_CHARS : Math.min(ITEM_CHARS, Math.max(LEAST_TAIL_DIGITS, n));
}

/** "three nine two seven", "5-8-0-4": single digits that read one number out; the number is judged, not each digit. */
function readsDigitByDigit(ctx: EvalContext, sentence: string): boolean {
  return /(?<!\d)\d(?:[\s,-]+\d){3,}(?!\d)/.test(digitsSpoken(ctx, sentence));
}

/** A datum stated in the answer: a value the caller did not say first ("Sure, 60914.", "是2718"); a bare yes is none. */
function statesDatum(sentence: string, said: SaidSoFar): boolean {
  return [...spokenValues(sentence)].some((v) => !said.values.has(v));
}

interface AnswerCase {
  /** The record states an item of a kind asked: the answer can be checked. */
  checkable: boolean;
  matches: boolean;
  datum: boolean;
}

/**
 * A supervisor's rule for an answer to a verification request, first match decides. Where the record holds the datum
 * asked, only an answer the record bears out passes (a wrong one is no proof). Where the document holds nothing to
 * check it against, the caller can do no more than ask and hear one: a datum stated passes, a bare yes does not.
 */
const ANSWER_RULES: readonly { name: string; when: (c: AnswerCase) => boolean; passes: boolean }[] = [
  { name: "bears-out-the-record", when: (c) => c.matches, passes: true },
  { name: "record-holds-it-and-disagrees", when: (c) => c.checkable, passes: false },
  { name: "nothing-to-check-a-datum-given", when: (c) => c.datum, passes: true },
  { name: "nothing-given", when: () => true, passes: false },
];

/** How callee turn `index` answers the verification the caller asked for in `ask` (its lower-cased words); null: no statement. */
function answerCase(ctx: EvalContext, index: number, ask: string): AnswerCase | null {
  const said = saidBefore(ctx, index);
  const statements = ctx.sentencesOf(index).filter((s) => !ctx.lang.question.test(s));
  if (statements.length === 0) return null;
  const kinds = askedKinds(ctx, ask);
  const tail = tailDigits(ctx, ask);
  const callerSaid = compact(ctx, ctx.callerTurns.filter((t) => t.index < index).map((t) => t.text).join(" "));
  return {
    checkable: kinds.some((k) => recordHolds(ctx, k)),
    matches: statements.some((s) => readsOutRecord(ctx, s, callerSaid, tail) || (!readsDigitByDigit(ctx, s) && matchesRecord(ctx, s, said))),
    datum: statements.some((s) => statesDatum(s, said)),
  };
}

/** Does callee turn `index` pass the verification the caller asked for in `ask` (its lower-cased words)? */
export function passesVerification(ctx: EvalContext, index: number, ask: string): boolean {
  const c = answerCase(ctx, index, ask);
  return c !== null && (ANSWER_RULES.find((rule) => rule.when(c))?.passes ?? false);
}

/**
 * Callee turn `index` states a datum of a kind the record (or a line of the document, `documentLines`) holds, and the lines of that kind do not bear out
 * every value of it ("2 May 1971" against "2 May 1972", "五月四号" against "5月14日"): the check failed. Stricter than
 * passing, which any one shared value does: a near miss shares most of the datum.
 */
export function contradictsRecord(ctx: EvalContext, index: number, ask: string, documentLines: readonly string[]): boolean {
  const kinds = askedKinds(ctx, ask);
  const record = new Set<number>();
  for (const k of kinds) {
    const held = ctx.lang.verifyKinds[k]?.held;
    if (held === null || held === undefined) continue;
    for (const line of [...recordTexts(ctx), ...documentLines]) if (held.test(line.toLowerCase())) for (const v of spokenValues(line)) record.add(v);
  }
  // The ask itself states the datum ("地址是…4 栋 705，对吧？"): a read-back to confirm, not a check of who answered.
  if (record.size === 0 || [...spokenValues(ask)].some((v) => v >= SAID_BACK_VALUE)) return false;
  const said = saidBefore(ctx, index);
  const callerSaid = compact(ctx, ctx.callerTurns.filter((t) => t.index < index).map((t) => t.text).join(" "));
  const statements = ctx.sentencesOf(index).filter((s) => !ctx.lang.question.test(s));
  if (statements.some((s) => readsOutRecord(ctx, s, callerSaid, tailDigits(ctx, ask)))) return false;
  // The datum is the first statement that gives one; what the customer goes on about after it is no answer to the check.
  const values = statements.map((s) => [...spokenValues(s)].filter((v) => !said.values.has(v))).find((found) => found.length > 0) ?? [];
  return values.length > 0 && values.some((v) => !explained(v, values, record));
}

/** Hundreds of a year: "seventy-two" and "nineteen" both tell 1972. */
const CENTURY = 100;
const TENS = 10;

/**
 * A value the record bears out: stated there, one half of a year stated there, or a part of a larger value of the
 * same answer ("seventy" and "one" of "seventy-one", "三" of "三十四", which the reading of spoken numbers also yields).
 */
function explained(v: number, values: readonly number[], record: ReadonlySet<number>): boolean {
  if (record.has(v)) return true;
  if ([...record].some((r) => r >= CENTURY * TENS && (r % CENTURY === v || Math.floor(r / CENTURY) === v))) return true;
  return values.some((w) => w > v && (w % TENS === v || w - (w % TENS) === v || Math.floor(w / TENS) === v));
}
