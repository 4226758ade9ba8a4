// `repetition`: the caller says the same content three or more times (a looping agent, a script line read again and
// again). Sentences are compared by meaning; the fault is at the third saying.
import { saidTwiceRunning } from "./said-twice-running.js";
import type { Check } from "../schema/index.js";
import { keptProfile, profileSimilarity, similarity, type TextProfile } from "../text/similarity.js";
import { tokenize } from "../text/tokenize.js";
import { figuresIn } from "../text/figures.js";
import { unitClass } from "../text/units.js";
import { perScenario, perScenarioText, type EvalContext } from "./context.js";
import type { EvalLang } from "./lang/index.js";
import { clauses, sentences } from "./segments.js";
import { faultCheck, type Fault } from "./faults.js";
import { spokenValues } from "./spoken-values.js";
import { closingSaid, closingTable } from "./closing-said.js";
import { repeatedAfterHeard } from "./repeat-after-heard.js";

/** Sentences this close say the same thing. */
const SAME = 0.8;
/** Short sentences ("好的", "Okay.") repeat naturally. */
const MIN_TOKENS = 4;
const TIMES = 3;

/** Groups are found through their two rarest-looking (longest) words, so a call is read in linear time. */
function keysOf(tokens: readonly string[]): readonly string[] {
  // Kept per token list (tokenize memoises one list per sentence): the same sentences come back call after call.
  let keys = keyMemo.get(tokens);
  if (keys === undefined) {
    keys = [...new Set(tokens)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 2);
    keyMemo.set(tokens, keys);
  }
  return keys;
}
const keyMemo = new WeakMap<readonly string[], readonly string[]>();

/** A sentence's group keys, or null when it is not compared; kept per language and sentence (no regex run per call). */
function sentenceKeys(lang: EvalLang, sentence: string): readonly string[] | null {
  let table = sentenceKeyMemo.get(lang);
  if (table === undefined) sentenceKeyMemo.set(lang, (table = new Map()));
  let keys = table.get(sentence);
  if (keys === undefined) {
    const tokens = tokenize(sentence);
    // A put-off said again is charged where it puts off a question (deflected-answer), not as repetition.
    keys = tokens.length < MIN_TOKENS || lang.deflection.test(sentence) ? null : keysOf(tokens);
    if (table.size >= SENTENCE_KEYS_LIMIT) table.clear();
    table.set(sentence, keys);
  }
  return keys;
}
const SENTENCE_KEYS_LIMIT = 20_000;
const sentenceKeyMemo = new WeakMap<EvalLang, Map<string, readonly string[] | null>>();

/** The first group, key by key, whose sentence is the same as `sentence` (no candidate list built per sentence). */
function firstSimilar<G extends { text: string }>(keys: readonly string[], byKey: ReadonlyMap<string, readonly G[]>, sentence: string): G | undefined {
  for (const key of keys) {
    const groups = byKey.get(key);
    if (groups === undefined) continue;
    for (const group of groups) if (similarity(group.text, sentence) >= SAME) return group;
  }
  return undefined;
}

/** A figure-pair key with a date atom ("d" + month-day) or a time atom ("t" + hour:minute): when something happens. */
const SETTLED_WHEN = /(?:^|\+)[dt]\d/;

/** Atoms per turn beyond which pairs are not formed (a turn reading out a table is not repeating itself). */
const MAX_ATOMS = 8;

/**
 * What a turn's statements state, as keys: each pair of figures ("$25" with "May 25th"): the same content said again in
 * other words keeps its figures.
 */
function figureKeys(ctx: EvalContext, index: number): string[] {
  // Statements only: a question asked again ("1到10分打个分？") is asked, not repeated content.
  return pairsOf(atomsOf(ctx.sentencesOf(index).filter((sentence) => !ctx.lang.question.test(sentence))));
}

/** The figures of some sentences as atom keys ("25money", "d5-25"), sorted, at most MAX_ATOMS. */
function atomsOf(statements: readonly string[]): string[] {
  const atoms = new Map<string, true>();
  for (const sentence of statements) {
    for (const f of figuresIn(sentence)) {
      for (const a of f.atoms) {
        const key = a.kind === "number" ? `${a.value}${unitClass(a.unit)}` : a.kind === "date" ? `d${a.month ?? ""}-${a.day}` : `t${a.hour}:${a.minute}`;
        atoms.set(key, true);
      }
    }
  }
  return [...atoms.keys()].sort().slice(0, MAX_ATOMS);
}

/** A single amount is the call's subject and comes back naturally; two figures together are a passage said again. */
function pairsOf(list: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) keys.push(`${list[i]}+${list[j]}`);
  return keys;
}

/**
 * Figure pairs the document says in two of its step lines, or two of its closing lines (a rating scale asked with
 * every question, the number to call back left in each closing): its refrain, which comes back once more before it
 * counts as repetition. A fee in a step and again in an answer is no refrain: said a third time, it is pushed.
 */
function scriptedPairs(ctx: EvalContext): ReadonlySet<string> {
  return perScenario(ctx.scenario, "repeatedPairs", () => {
    const caller = ctx.scenario.caller;
    const out = new Set<string>();
    for (const group of [caller.steps.flatMap((step) => step.lines), closingTable(ctx.scenario).lines]) {
      const lines = new Map<string, number>();
      for (const line of group) for (const key of new Set(pairsOf(atomsOf(sentences(line.toLowerCase()))))) lines.set(key, (lines.get(key) ?? 0) + 1);
      for (const [key, n] of lines) if (n >= 2) out.add(key);
    }
    return out;
  });
}

export function repetitionCheck(ctx: EvalContext): Check {
  const byKey = new Map<string, { text: string; turns: number[] }[]>();
  const byFigures = new Map<string, number[]>();
  const faults: Fault[] = [];
  const scripted = scriptedPairs(ctx);
  // The read-back and the close restate the date or time settled (the slot chosen, the day to pay): confirming, not
  // looping. A fee or a rule said in them a third time is still said again.
  const closing = closingSaid(ctx)?.turn ?? null;
  // The figures of an either-or offer ("Tuesday the 9th or Wednesday the 10th?") come back as the choice confirmed.
  const offered = new Set<string>();
  for (const turn of ctx.callerTurns) {
    let reported = false;
    const keys = perScenarioText(ctx.scenario, "figureKeys", turn.text, () => figureKeys(ctx, turn.index));
    // Most turns state no pair of figures: nothing below reads them then (all of it is pure), so no lists are built.
    if (keys.length > 0) {
      const confirms = turn.index === closing || ctx.says(turn.index, ctx.lang.summary) || (afterChoice(ctx, turn.index) && !offersChoice(ctx, turn.index));
      const chosen = confirms ? keys.filter((k) => SETTLED_WHEN.test(k) || offered.has(k)) : [];
      if (offersChoice(ctx, turn.index)) for (const key of keys) offered.add(key);
      // Figures said again because the customer asked for them or read them back ("四一五…零一二八？") answer the
      // customer: the caller is not looping.
      const asked = askedAgain(ctx, turn.index);
      for (const key of asked ? [] : keys.filter((k) => !chosen.includes(k))) {
        const turns = byFigures.get(key) ?? [];
        turns.push(turn.index);
        byFigures.set(key, turns);
        if (turns.length === (scripted.has(key) ? TIMES + 1 : TIMES) && !reported) {
          reported = true;
          faults.push({ turn: turn.index, message: `the same figures (${key}) for the ${ordinal(turns.length)} time (turns ${turns.join(", ")})` });
        }
      }
    }
    for (const sentence of ctx.sentencesOf(turn.index)) {
      const keys = sentenceKeys(ctx.lang, sentence);
      if (keys === null) continue;
      const group = firstSimilar(keys, byKey, sentence);
      if (group === undefined) {
        const fresh = { text: sentence, turns: [turn.index] };
        for (const key of keys) {
          const groups = byKey.get(key);
          if (groups === undefined) byKey.set(key, [fresh]);
          else groups.push(fresh);
        }
        continue;
      }
      if (group.turns.includes(turn.index)) continue;
      group.turns.push(turn.index);
      if (group.turns.length === TIMES) faults.push({ turn: turn.index, message: `said for the ${TIMES}rd time (turns ${group.turns.join(", ")})` });
    }
  }
  for (const fault of clauseRepeats(ctx)) faults.push(fault);
  for (const fault of repeatedAfterHeard(ctx)) faults.push(fault);
  for (const fault of saidTwiceRunning(ctx)) faults.push(fault);
  const first = faults.filter((f, i) => faults.findIndex((g) => g.turn === f.turn) === i);
  return faultCheck("repetition", first, "no content was said three times");
}

/**
 * The customer's turn right before asks to hear it again, or asks back with figures ("一千二百多？", "four one five…?").
 * (A choice the customer named, "Saturday, nine.", confirmed back is not asked for: that counts.)
 */
function askedAgain(ctx: EvalContext, index: number): boolean {
  const before = ctx.turns[index - 1];
  if (before?.speaker !== "callee") return false;
  return ctx.says(before.index, ctx.lang.repeatAsk) || ctx.sentencesOf(before.index).some((s) => ctx.lang.question.test(s) && spokenValues(s).size > 0);
}

/** The caller offers alternatives and asks which: "A or B? Which suits you?", "A还是B？". */
function offersChoice(ctx: EvalContext, index: number): boolean {
  const text = ctx.turns[index]?.text ?? "";
  return perScenarioText(ctx.scenario, "offersChoice", text, () => ctx.says(index, ctx.lang.alternative) && ctx.says(index, ctx.lang.question));
}

/** The caller's turn right after the customer answered its either-or question: it confirms the choice. */
function afterChoice(ctx: EvalContext, index: number): boolean {
  const answer = ctx.turns[index - 1];
  const offer = ctx.turns[index - 2];
  return answer?.speaker === "callee" && offer?.speaker === "caller" && offersChoice(ctx, offer.index) && !ctx.says(answer.index, ctx.lang.question);
}

function ordinal(n: number): string {
  return n === 3 ? "3rd" : `${n}th`;
}

/** Clauses this close say the same thing in other words ("it's just 3 minutes" / "it's really just 3 minutes, I promise"). */
const CLAUSE_SAME = 0.6;

/**
 * A clause without its figures: the figures said again are the figure pairs' business (which knows a slot confirmed
 * from a slot pushed); a clause is the same content when its words are.
 */
function wordsOnly(clause: string): string {
  let out = clause;
  for (const figure of figuresIn(clause)) out = out.replace(figure.text, " ");
  return out;
}

/** Script clauses said in two or more of its lines (steps, closings): a refrain, which may come back once more. */
function refrains(ctx: EvalContext): readonly string[] {
  return perScenario(ctx.scenario, "clauseRefrains", () => {
    const caller = ctx.scenario.caller;
    const lines = [...caller.steps.flatMap((step) => step.lines), ...closingTable(ctx.scenario).lines];
    const said = lines.map((line) => clauses(line.toLowerCase()).map(wordsOnly).filter((c) => tokenize(c).length >= MIN_TOKENS));
    const out: string[] = [];
    said.forEach((mine, i) => {
      for (const clause of mine) if (said.some((other, j) => j !== i && other.some((c) => similarity(c, clause) >= CLAUSE_SAME))) out.push(clause);
    });
    return out;
  });
}

/** The clauses of a caller turn that state something, without their figures, long enough to compare (kept per text). */
function statedClauses(ctx: EvalContext, text: string): { clause: string; profile: TextProfile; tokens: readonly string[] }[] {
  return clauses(text.toLowerCase()).flatMap((said) => {
    if (ctx.lang.question.test(said) || ctx.lang.deflection.test(said)) return [];
    const clause = wordsOnly(said);
    const tokens = tokenize(clause);
    return tokens.length < MIN_TOKENS ? [] : [{ clause, profile: keptProfile(clause, tokens), tokens: [...new Set(tokens)] }];
  });
}

/**
 * The same content said a third time in other words, clause by clause (a reassurance, a rule, a date pushed again):
 * the sentences differ, the clause does not. The read-back and the close restate what was settled, and a turn after
 * the customer asked to hear it again answers: neither counts.
 */
function clauseRepeats(ctx: EvalContext): Fault[] {
  const groups: { profile: TextProfile; turns: number[]; times: number }[] = [];
  const byToken = new Map<string, number[]>();
  const faults: Fault[] = [];
  const closing = closingSaid(ctx)?.turn ?? null;
  // Which clause last tried each group (by serial): one array per call instead of a Set per clause.
  const triedBy: number[] = [];
  let serial = 0;
  for (const turn of ctx.callerTurns) {
    if (turn.index === closing || ctx.says(turn.index, ctx.lang.summary) || askedAgain(ctx, turn.index)) continue;
    for (const { clause, profile, tokens } of perScenarioText(ctx.scenario, "repeatClauses", turn.text, () => statedClauses(ctx, turn.text))) {
      let hit: number | undefined;
      serial++;
      for (const token of tokens) {
        const ids = byToken.get(token);
        if (ids === undefined) continue;
        for (const id of ids) {
          if (triedBy[id] === serial) continue;
          triedBy[id] = serial;
          const group = groups[id];
          if (group !== undefined && profileSimilarity(group.profile, profile) >= CLAUSE_SAME) hit = id;
          if (hit !== undefined) break;
        }
        if (hit !== undefined) break;
      }
      if (hit === undefined) {
        const refrain = perScenarioText(ctx.scenario, "refrainClause", clause, () => refrains(ctx).some((line) => similarity(line, clause) >= CLAUSE_SAME));
        const id = groups.push({ profile, turns: [turn.index], times: refrain ? TIMES + 1 : TIMES }) - 1;
        for (const token of tokens) {
          const ids = byToken.get(token);
          if (ids === undefined) byToken.set(token, [id]);
          else if (ids.at(-1) !== id) ids.push(id);
        }
        continue;
      }
      const group = groups[hit];
      if (group === undefined || group.turns.includes(turn.index)) continue;
      group.turns.push(turn.index);
      if (group.turns.length === group.times) faults.push({ turn: turn.index, message: `said for the ${ordinal(group.times)} time in other words (turns ${group.turns.join(", ")})` });
    }
  }
  return faults;
}
