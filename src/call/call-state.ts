// The engine's call state: turns, script progress, knowledge-base use and the Outcome built from RecordPatch.
// Seats only ever see it through the read-only CallState view.
import type { GuardEvent, Outcome, Speaker, Turn } from "../schema/index.js";
import type { CallState, RecordPatch } from "../seats/seat.js";

export function emptyOutcome(): Outcome {
  return {
    identityConfirmed: null,
    stepsDelivered: [],
    stepAnswers: [],
    questions: [],
    complaints: [],
    suggestions: [],
    followUp: null,
    guard: [],
  };
}

/**
 * Merge one patch into the outcome. `turn` is the turn the patch is about (for the customer's words:
 * the callee turn); `seatTurn`/`seat` identify who recorded it (guard events).
 */
export function applyPatch(outcome: Outcome, patch: RecordPatch, turn: number, seatTurn: number, seat: Speaker): void {
  switch (patch.kind) {
    case "identity":
      outcome.identityConfirmed = patch.confirmed;
      return;
    case "stepAnswer":
      if (!outcome.stepAnswers.some((a) => a.step === patch.step && a.turn === turn)) {
        outcome.stepAnswers.push({ step: patch.step, turn, answer: patch.answer });
      }
      return;
    case "question": {
      // The seat's own record of a question the engine's reading already noted (same turn, same entry) replaces it.
      const same = outcome.questions.findIndex((q) => q.turn === turn && q.kb === patch.kb && patch.kb !== null);
      const entry = { turn, text: patch.text, kb: patch.kb, answered: patch.answered || (outcome.questions[same]?.answered ?? false) };
      if (same >= 0) outcome.questions[same] = entry;
      else outcome.questions.push(entry);
      return;
    }
    case "complaint":
      if (!outcome.complaints.some((c) => c.turn === turn)) outcome.complaints.push({ turn, text: patch.text });
      return;
    case "suggestion":
      if (!outcome.suggestions.some((s) => s.turn === turn)) outcome.suggestions.push({ turn, text: patch.text });
      return;
    case "followUp": {
      // A later, more specific follow-up wins, but a contact once given is not forgotten.
      const contact = patch.contact ?? outcome.followUp?.contact ?? null;
      outcome.followUp = { channel: patch.channel, contact, turn };
      return;
    }
    case "guard": {
      const event: GuardEvent = { ...patch.event, turn: seatTurn, seat };
      outcome.guard.push(event);
      return;
    }
  }
}

/** Mutable state owned by the engine; `view` is what seats read. */
export class CallStateStore {
  readonly turns: Turn[] = [];
  readonly stepsDelivered: number[] = [];
  readonly kbAnswered: number[] = [];
  readonly outcome: Outcome = emptyOutcome();
  wrapUpRequested = false;

  constructor(private readonly stepCount: number, private readonly kbCount: number, readonly maxTurns: number) {}

  get elapsedMs(): number {
    return this.turns.at(-1)?.endMs ?? 0;
  }

  /** The step after the furthest one delivered, or null when the script is done. */
  get nextStep(): number | null {
    const furthest = this.stepsDelivered.reduce((max, step) => Math.max(max, step), 0);
    return furthest < this.stepCount ? furthest + 1 : null;
  }

  /** Index of the latest callee turn before `before`, or null. */
  lastCalleeTurn(before = this.turns.length): number | null {
    for (let i = Math.min(before, this.turns.length) - 1; i >= 0; i--) if (this.turns[i]?.speaker === "callee") return i;
    return null;
  }

  /** Step and knowledge-base bookkeeping for a turn; returns the sanitised values stored on the turn. */
  noteDelivery(step: number | null | undefined, kb: readonly number[] | undefined): { step: number | null; kb: number[] } {
    const validStep = step !== null && step !== undefined && Number.isInteger(step) && step >= 1 && step <= this.stepCount ? step : null;
    if (validStep !== null && !this.stepsDelivered.includes(validStep)) {
      this.stepsDelivered.push(validStep);
      this.outcome.stepsDelivered.push(validStep);
    }
    // Most turns use no entry: no filtered copy and no Set for them.
    const validKb = kb === undefined || kb.length === 0 ? [] : [...new Set(kb.filter((i) => Number.isInteger(i) && i >= 0 && i < this.kbCount))];
    for (const index of validKb) if (!this.kbAnswered.includes(index)) this.kbAnswered.push(index);
    return { step: validStep, kb: validKb };
  }

  view(): CallState {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const store = this;
    return {
      get turns() { return store.turns; },
      get nextStep() { return store.nextStep; },
      get stepsDelivered() { return store.stepsDelivered; },
      get kbAnswered() { return store.kbAnswered; },
      get outcome() { return store.outcome; },
      get elapsedMs() { return store.elapsedMs; },
      get maxTurns() { return store.maxTurns; },
      get wrapUpRequested() { return store.wrapUpRequested; },
    };
  }
}
