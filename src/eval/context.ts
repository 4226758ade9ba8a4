// What every check reads: the scenario, the call, the language pack, and analyses shared by several checks
// (computed once per call, or once per scenario for what depends on the document only). Checks read turns' speaker
// and text only, never the seats' own signals (step, kb, outcome), so a record and its transcript score alike.
import type { CallRecord, Scenario, Turn } from "../schema/index.js";
import { figuresIn } from "../text/figures.js";
import { toHalfWidth } from "../text/normalize.js";
import { profileOf, sharedWords } from "../text/similarity.js";
import { keptIn } from "../util/bounded-memo.js";
import { EVAL_LANGS, type EvalLang } from "./lang/index.js";
import { withSectionKb } from "./section-kb.js";
import { sentences } from "./segments.js";

export class EvalContext {
  readonly callerTurns: readonly Turn[];
  readonly calleeTurns: readonly Turn[];
  readonly lang: EvalLang;
  private readonly memo = new Map<string, unknown>();
  private readonly lowered: string[];
  private readonly split: (readonly string[] | undefined)[];

  readonly scenario: Scenario;

  constructor(scenario: Scenario, readonly call: CallRecord) {
    this.callerTurns = call.turns.filter((turn) => turn.speaker === "caller");
    this.calleeTurns = call.turns.filter((turn) => turn.speaker === "callee");
    this.lang = EVAL_LANGS[scenario.language];
    // Questions and answers the reader left in a section of their own are the knowledge base all the same.
    this.scenario = withSectionKb(scenario, this.lang);
    this.lowered = call.turns.map((turn) => lowered(turn.text));
    this.split = [];
  }

  get turns(): readonly Turn[] {
    return this.call.turns;
  }

  /** Lower-cased, half-width text of turn `index` (what the cue patterns are matched against). */
  low(index: number): string {
    return this.lowered[index] ?? "";
  }

  /** Sentences of turn `index`, lower-cased. */
  sentencesOf(index: number): readonly string[] {
    let out = this.split[index];
    // Split the text as written (English sentence ends are found by the capital that follows), then lower-case.
    if (out === undefined) this.split[index] = out = loweredSentences(this.call.turns[index]?.text ?? "");
    return out;
  }

  /** Does a sentence of turn `index` match the cue? Remembered per cue and text (a cue keeping state is asked anew). */
  says(index: number, cue: RegExp): boolean {
    if (cue.global || cue.sticky) return this.saysAnew(index, cue);
    let memo = saysMemo.get(cue);
    if (memo === undefined) saysMemo.set(cue, (memo = new Map()));
    const text = this.call.turns[index]?.text ?? "";
    // A hit (most look-ups: a batch says the same turns call after call) makes no closure, nor the context V8 gives a
    // function whose closures capture its variables: those are in the methods below.
    return memo.get(text) ?? this.saysMissed(memo, text, index, cue);
  }

  private saysAnew(index: number, cue: RegExp): boolean {
    return this.sentencesOf(index).some((s) => cue.test(s));
  }

  private saysMissed(memo: Map<string, boolean>, text: string, index: number, cue: RegExp): boolean {
    return kept(memo, text, () => this.saysAnew(index, cue));
  }

  /** Compute once per call; analyses are keyed by a module-chosen name. */
  once<T>(key: string, compute: () => T): T {
    // One look-up on a hit (a stored value may itself be undefined: then `has` tells).
    const hit = this.memo.get(key);
    if (hit !== undefined || this.memo.has(key)) return hit as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /** The caller turns that answer the callee turn at `index`: everything the caller says before the callee speaks again. */
  replyTo(index: number): Turn[] {
    const reply: Turn[] = [];
    for (let i = index + 1; i < this.turns.length; i++) {
      const turn = this.turns[i];
      if (turn === undefined || turn.speaker === "callee") break;
      reply.push(turn);
    }
    return reply;
  }

  /**
   * The caller turns that answer the callee turn at `index`, past one clarifying question: when the caller's whole
   * reply is a question offering alternatives ("A, or B?") and the customer's next turn answers it without asking
   * anything new, the caller's reply to that turn is the answer owed to the first question (and is judged as such).
   */
  answerTo(index: number): Turn[] {
    const reply = this.replyTo(index);
    const last = reply.at(-1);
    if (last === undefined || !reply.every((t) => this.clarifies(t.index, index))) return reply;
    const pick = last.index + 1;
    if (this.call.turns[pick]?.speaker !== "callee" || this.says(pick, this.lang.question)) return reply;
    const answer = this.replyTo(pick);
    return answer.length === 0 ? reply : answer;
  }

  /**
   * A caller turn that only asks which of some alternatives was meant: it ends on such a question, puts nothing off
   * and states no figure (an answer with a figure, then "card or cash?", answered the question already).
   */
  private clarifies(index: number, questionAt: number): boolean {
    const said = this.sentencesOf(index);
    const asked = said.at(-1) ?? "";
    const plain = !said.some((s) => this.lang.deflection.test(s)) && figuresIn(this.call.turns[index]?.text ?? "").length === 0;
    // Which of some things the customer meant is asked about the customer's question: it shares a word with it (the
    // script's next either-or question, "在家开门还是钥匙放前台？", asks about something else).
    const about = sharedWords(profileOf(asked), profileOf(this.call.turns[questionAt]?.text ?? "")) > 0;
    return plain && about && this.lang.question.test(asked) && this.lang.alternative.test(asked);
  }

  /** Everything the caller's script says: opening, steps, knowledge base, closing lines. */
  callerScript(): string[] {
    return perScenario(this.scenario, "callerScript", () => callerScriptOf(this.scenario));
  }
}

/** Texts whose lower-cased forms are kept: a batch scores the same turns call after call (bounded, shared). */
const LOWERED_LIMIT = 20_000;
const lowMemo = new Map<string, string>();
const sentenceMemo = new Map<string, readonly string[]>();

function kept<T>(memo: Map<string, T>, text: string, compute: (text: string) => T): T {
  return keptIn(memo, LOWERED_LIMIT, text, compute);
}

const lowered = (text: string): string => kept(lowMemo, text, (t) => toHalfWidth(t).toLowerCase());
/** Split as written (English sentence ends are found by the capital that follows), then lower-cased. */
const loweredSentences = (text: string): readonly string[] => kept(sentenceMemo, text, (t) => sentences(toHalfWidth(t)).map((s) => s.toLowerCase()));

/** says(): per cue, whether a text has a sentence that matches it. */
const saysMemo = new WeakMap<RegExp, Map<string, boolean>>();

const scenarioMemo = new WeakMap<object, Map<string, unknown>>();

/** Compute once per scenario object (a batch scores many calls of one scenario). */
export function perScenario<T>(scenario: Scenario, key: string, compute: () => T): T {
  let memo = scenarioMemo.get(scenario);
  if (memo === undefined) {
    memo = new Map();
    scenarioMemo.set(scenario, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

/** The scenario perScenarioText last served and its tables (the same Map scenarioMemo holds for it). */
let lastScenario: Scenario | undefined;
let lastTables: Map<string, unknown> | undefined;

/** Texts remembered per scenario and key: a batch of model calls meets ever new turns, so the memo is bounded. */
const TEXT_MEMO_LIMIT = 5000;

/**
 * Compute once per scenario and text what a check reads of one turn's text alone: rule calls say the same turns
 * call after call. `compute` must depend on the scenario and `text` only (never on the turn's place in the call).
 */
export function perScenarioText<T>(scenario: Scenario, key: string, text: string, compute: () => T): T {
  // perScenario(scenario, key, () => new Map()) written out: a closure per look-up would be garbage on this hot path.
  // A call's checks ask about one scenario hundreds of times in a row: its tables are at hand without the WeakMap.
  let tables = scenario === lastScenario ? lastTables : scenarioMemo.get(scenario);
  if (tables === undefined) scenarioMemo.set(scenario, (tables = new Map()));
  lastScenario = scenario;
  lastTables = tables;
  let memo = tables.get(key) as Map<string, T> | undefined;
  if (memo === undefined) tables.set(key, (memo = new Map<string, T>()));
  const hit = memo.get(text);
  if (hit !== undefined || memo.has(text)) return hit as T;
  const value = compute();
  if (memo.size >= TEXT_MEMO_LIMIT) memo.clear();
  memo.set(text, value);
  return value;
}

export function callerScriptOf(scenario: Scenario): string[] {
  const caller = scenario.caller;
  return [
    ...(caller.opening === null ? [] : [caller.opening]),
    ...caller.steps.flatMap((step) => [step.title, ...step.lines]),
    ...caller.knowledgeBase.map((entry) => entry.answer),
    ...caller.closingLines,
  ];
}

/** A check's turn list: sorted, unique. */
export function turnList(turns: Iterable<number>): number[] {
  return [...new Set(turns)].sort((a, b) => a - b);
}
