// The rule caller's moves around a choice: asking which of two close entries is meant, giving the picked one, and
// taking an offered option the customer named while a step waits for it.
import type { RecordPatch, SeatTurn } from "../seat.js";
import type { RuleCaller } from "./rule-caller.js";
import { customerText, type Situation } from "./caller-rules.js";
import { clarifyingQuestion, pickedEntry } from "./clarify.js";
import { optionOf } from "./claim-guard.js";

/** An option named this briefly (fewer units) is too little to tell which was meant. */
const PICK_UNITS_MIN = 2;

/** "Do you mean A or B?": the question waits for the pick; a step waiting for its answer still waits. */
export function clarify(c: RuleCaller, s: Situation): SeatTurn {
  const pair = s.reading?.question?.close;
  const question = customerText(s);
  if (pair == null) return c.answer(s);
  c.clarified.add(question);
  c.clarifying = { pair, question };
  const record = s.record.filter((p) => p.kind !== "question");
  return c.say(s, clarifyingQuestion(s.plan, pair), { record, keepAwaiting: true });
}

/** The picked entry given as the answer to the question that was clarified. */
export function answerPicked(c: RuleCaller, s: Situation): SeatTurn {
  const pending = c.clarifying;
  const index = pending === null || s.last === null ? null : pickedEntry(s.plan, s.last.text, pending.pair);
  if (pending === null || index === null || s.reading === null) return c.goOn(s, null);
  const kb = { index, score: 1 };
  const record: RecordPatch[] = [...s.record.filter((p) => p.kind !== "question" && p.kind !== "stepAnswer"), { kind: "question", text: pending.question, kb: index, answered: true }];
  return c.answer({ ...s, record, reading: { ...s.reading, question: { answer: { kind: "kb", ...kb }, kb, also: null, close: null } } });
}

/** The waiting step's offered option the customer's line names (its frame taken off), when the line was read as a question. */
export function pickNamed(c: RuleCaller, s: Situation): string | null {
  const pending = c.awaiting;
  if (pending === null || s.reading?.question == null || s.last === null) return null;
  const kind = s.plan.stepAsks[pending.step - 1]?.kind;
  if (kind !== "choice" && kind !== "time") return null;
  const option = s.plan.pack.grammar.addressed(optionOf(s.last.text, s.plan)).toLowerCase().trim();
  const offer = (s.plan.stepLines[pending.step - 1] ?? "").toLowerCase();
  return s.plan.pack.speech.units(option) >= PICK_UNITS_MIN && offer.includes(option) ? option : null;
}

/** Records the named option as the step's answer (it is no question), then goes on. */
export function takePick(c: RuleCaller, s: Situation): SeatTurn {
  const step = c.awaiting?.step;
  if (step === undefined || s.last === null) return c.goOn(s, null);
  const kept = s.record.filter((p) => p.kind !== "question");
  const record: RecordPatch[] = kept.some((p) => p.kind === "stepAnswer" && p.step === step) ? kept : [...kept, { kind: "stepAnswer", step, answer: s.last.text }];
  const next = { ...s, record, reading: s.reading === null ? null : { ...s.reading, question: null } };
  return c.goOn(next, s.plan.stepAsks[step - 1]?.kind ?? null);
}
