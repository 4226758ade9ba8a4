// After a practice call: the caller turns where the trainee went wrong, and for each the script line or the
// knowledge-base answer they should have used, picked from the document by similarity (never invented).
import type { CallRecord, CallerFaultKind, Check, Scenario, Scorecard, Turn } from "../schema/index.js";
import { similarity } from "../text/similarity.js";

export interface Suggestion {
  source: "opening" | "step" | "kb" | "closing";
  /** 1-based step or 0-based KB entry; null for the opening and closing. */
  index: number | null;
  text: string;
}

export interface CoachingNote {
  turn: number;
  said: string;
  checks: { id: string; message: string }[];
  suggestion: Suggestion | null;
}

export type Coaching = CoachingNote[];

type Source = Suggestion["source"] | "answer";

/**
 * Where the better line comes from, per caller fault kind; "answer" (the default, e.g. wrong-answer,
 * invented-figure): the KB answer to the customer's last question, else the next script step.
 */
const SUGGESTION_SOURCE: Readonly<Partial<Record<CallerFaultKind, Source>>> = {
  opening: "opening",
  "wrong-closing": "closing",
  "no-closing": "closing",
  "missing-step": "step",
  order: "step",
  identity: "step",
  disclosure: "step",
};

/** A customer question this close to a KB question is the one that entry answers. */
const KB_MATCH = 0.3;

export function coachCall(scenario: Scenario, record: CallRecord, card: Scorecard): Coaching {
  const byTurn = new Map<number, Check[]>();
  for (const check of card.checks) {
    if (check.passed) continue;
    for (const index of check.turns) {
      const turn = callerTurnFor(record.turns, index);
      if (turn === null) continue;
      byTurn.set(turn.index, [...(byTurn.get(turn.index) ?? []), check]);
    }
  }
  return [...byTurn.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, checks]) => {
      const turn = record.turns[index] as Turn;
      const source = SUGGESTION_SOURCE[(checks[0]?.id ?? "") as CallerFaultKind] ?? "answer";
      return { turn: index, said: turn.text, checks: checks.map((c) => ({ id: c.id, message: c.message })), suggestion: suggest(scenario, record.turns, turn, source) };
    });
}

/** A flagged customer turn is the caller's to answer: the caller turn right after it. */
function callerTurnFor(turns: readonly Turn[], index: number): Turn | null {
  for (let i = index; i < turns.length; i++) if (turns[i]?.speaker === "caller") return turns[i] ?? null;
  return null;
}

function suggest(scenario: Scenario, turns: readonly Turn[], turn: Turn, source: Source): Suggestion | null {
  const { caller } = scenario;
  if (source === "opening" && caller.opening !== null) return { source: "opening", index: null, text: caller.opening };
  if (source === "closing" && caller.closingLines[0] !== undefined) return { source: "closing", index: null, text: bestOf(caller.closingLines, turn.text) };
  if (source === "answer") {
    const asked = [...turns.slice(0, turn.index)].reverse().find((t) => t.speaker === "callee");
    const entry = asked === undefined ? null : bestKb(scenario, asked.text);
    if (entry !== null) return entry;
  }
  return nextStep(scenario, turns, turn);
}

function bestKb(scenario: Scenario, question: string): Suggestion | null {
  let best: Suggestion | null = null;
  let bestScore = KB_MATCH;
  scenario.caller.knowledgeBase.forEach((entry, index) => {
    const score = similarity(question, entry.question);
    if (score > bestScore) {
      bestScore = score;
      best = { source: "kb", index, text: entry.answer };
    }
  });
  return best;
}

/** The first script step not delivered before this turn, with its sample line closest to what was said. */
function nextStep(scenario: Scenario, turns: readonly Turn[], turn: Turn): Suggestion | null {
  const delivered = new Set(turns.slice(0, turn.index).flatMap((t) => (t.step === null ? [] : [t.step])));
  const step = scenario.caller.steps.find((s) => !delivered.has(s.index)) ?? scenario.caller.steps.find((s) => s.index === turn.step);
  if (step === undefined) return null;
  return { source: "step", index: step.index, text: step.lines.length === 0 ? step.title : bestOf(step.lines, turn.text) };
}

function bestOf(lines: readonly string[], said: string): string {
  let best = lines[0] ?? "";
  let bestScore = -1;
  for (const line of lines) {
    const score = similarity(said, line);
    if (score > bestScore) {
      bestScore = score;
      best = line;
    }
  }
  return best;
}
