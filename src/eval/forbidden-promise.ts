// A promise the document forbids, said all the same: a `false-claim` (the caller states as certain what nobody can
// vouch for). The document's rules name what not to promise ("no promises such as 'it will never rust'", 不承诺「…」);
// a caller sentence that says one of those named promises, or vouches for an outcome in words of assurance ("I
// promise", "保证…", "肯定不会…") where the document forbids promises at all, claims what is not so.
import { coverage, profileOf } from "../text/similarity.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import type { Fault } from "./faults.js";
import { bestLine } from "./segments.js";

/** A caller sentence holding this much of a quoted forbidden promise's words says it. */
const SAYS_PROMISE = 0.75;
/** A named promise of one word ("没问题", "fine") is too common to tell a promise by. */
const MIN_PHRASE_WORDS = 2;
/** A sentence this close to a line of the caller's script says what the document has the caller say. */
const SCRIPTED_SENTENCE = 0.5;

/** A phrase in quotes of any kind ("…", “…”, 「…」, 『…』, ‘…’). */
const QUOTED = /[“"「『‘]([^”"」』’\n]{2,60})[”"」』’]/gu;

interface PromiseRules {
  /** The document forbids promises at all. */
  forbids: boolean;
  /** The promises the document names as forbidden, lower-cased. */
  named: readonly string[];
}

/** The caller's side of the document: where its rules are written. */
function callerTexts(ctx: EvalContext): readonly string[] {
  const caller = ctx.scenario.caller;
  return [
    caller.task,
    caller.role,
    ...caller.steps.flatMap((step) => [step.title, ...step.lines, ...(step.instructions ?? []), ...(step.branches ?? [])]),
    ...caller.knowledgeBase.map((entry) => entry.answer),
    ...caller.extraSections.map((section) => section.body),
  ];
}

function rulesOf(ctx: EvalContext): PromiseRules {
  return perScenario(ctx.scenario, "promiseRules", () => {
    const named: string[] = [];
    let forbids = false;
    for (const text of callerTexts(ctx)) {
      for (const line of text.toLowerCase().split(/\n|(?<=[.;。；!！])\s*/u)) {
        const rule = ctx.lang.promiseRule.exec(line);
        if (rule === null) continue;
        forbids = true;
        for (const m of line.slice(rule.index).matchAll(QUOTED)) if ((m[1] ?? "").trim() !== "") named.push((m[1] ?? "").trim());
      }
    }
    return { forbids, named };
  });
}

/** Two characters of a CJK run, the unit a phrase is matched by where word splits differ ("不漏" / "不", "漏"). */
const CJK_PAIR = /(?=([\u3400-\u9fff]{2}))/gu;

/** Share of the phrase's CJK character pairs the text holds (0 for a phrase with none). */
function pairCoverage(text: string, phrase: string): number {
  const pairs = [...phrase.matchAll(CJK_PAIR)].map((m) => m[1] ?? "");
  return pairs.length === 0 ? 0 : pairs.filter((pair) => text.includes(pair)).length / pairs.length;
}

/** Why this caller sentence makes a forbidden promise, or null. */
function promiseIn(ctx: EvalContext, sentence: string, rules: PromiseRules): string | null {
  const low = sentence.toLowerCase();
  // "I can't promise it won't rain", "这个没法保证": declining to promise is what the rule asks.
  if (ctx.lang.promiseDeclined.test(low)) return null;
  const named = rules.named.find((phrase) => profileOf(phrase).words.length >= MIN_PHRASE_WORDS && Math.max(coverage(low, phrase), pairCoverage(low, phrase)) >= SAYS_PROMISE);
  if (named !== undefined) return `says a promise the document forbids ("${named}")`;
  const vouch = ctx.lang.assurance.exec(low);
  if (vouch !== null && ctx.lang.question.test(low) === false) return `vouches for an outcome ("${vouch[0]}") where the document forbids promises`;
  return null;
}

/** Caller turns that make a promise the document forbids. */
export function forbiddenPromises(ctx: EvalContext): Fault[] {
  const rules = rulesOf(ctx);
  if (!rules.forbids) return [];
  const faults: Fault[] = [];
  for (const turn of ctx.callerTurns) {
    for (const sentence of ctx.sentencesOf(turn.index)) {
      // The script's or the knowledge base's own sentence ("a 10-year guarantee on the frame") is no promise of the caller's.
      if (perScenarioText(ctx.scenario, "promiseScripted", sentence, () => bestLine(sentence, ctx.callerScript(), { minShared: 3 }).score) >= SCRIPTED_SENTENCE) continue;
      const why = promiseIn(ctx, sentence, rules);
      if (why !== null) {
        faults.push({ turn: turn.index, message: why });
        break;
      }
    }
  }
  return faults;
}
