// What every check reads: the scenario, the call, and analyses shared by several checks (computed once, lazily).
import type { CallRecord, Scenario, Turn } from "../schema/index.js";

export class EvalContext {
  readonly callerTurns: readonly Turn[];
  readonly calleeTurns: readonly Turn[];
  private readonly memo = new Map<string, unknown>();

  constructor(readonly scenario: Scenario, readonly call: CallRecord) {
    this.callerTurns = call.turns.filter((turn) => turn.speaker === "caller");
    this.calleeTurns = call.turns.filter((turn) => turn.speaker === "callee");
  }

  get turns(): readonly Turn[] {
    return this.call.turns;
  }

  /** Compute once per call; analyses are keyed by a module-chosen name. */
  once<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /** The caller turns that answer the callee turn at `index`: everything the caller says before the callee speaks again. */
  replyTo(index: number): Turn[] {
    const reply: Turn[] = [];
    for (const turn of this.turns.slice(index + 1)) {
      if (turn.speaker === "callee") break;
      reply.push(turn);
    }
    return reply;
  }

  /** Everything the caller's script says: opening, steps, knowledge base, closing lines. */
  callerScript(): string[] {
    return perScenario(this.scenario, "callerScript", () => callerScriptOf(this.scenario));
  }
}

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
