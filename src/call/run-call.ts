// The call engine: alternates the two seats, owns the state, stamps timing, applies what the seats record
// and decides how the call ends. A failing seat never throws out of here: it ends the call with by = "error".
import type { CallEnd, CallRecord, Scenario, Speaker, Turn } from "../schema/index.js";
import type { CalleeSeat, CallerSeat, EndSignal, RecordPatch, SeatTurn } from "../seats/seat.js";
import { DEFAULTS } from "../defaults.js";
import { createRandom } from "../util/random.js";
import { understandCalleeTurn } from "../seats/rule/understand.js";
import { CallStateStore, applyPatch } from "./call-state.js";
import { callId } from "./call-id.js";
import { TIMING, cutInMs, pauseMs, speakingMs } from "./timing.js";
import { calleeState, calleeView, callerView } from "./seat-views.js";
import { interned } from "../util/interned.js";

export interface RunCallOptions {
  scenario: Scenario;
  scenarioPath?: string | null;
  caller: CallerSeat;
  callee: CalleeSeat;
  seed: number;
  /** Turn limit; reaching it ends the call with by = "limit" (a failure). */
  maxTurns?: number;
  /** Called once per turn as soon as it is spoken (a later cut-in may still mark it interrupted). */
  onTurn?: (turn: Turn) => void;
  /** Streaming seats report text as it is produced. */
  onTextDelta?: (speaker: Speaker, delta: string) => void;
  signal?: AbortSignal;
  /**
   * Read each callee turn with the rule understanding and record it, for caller seats that record nothing
   * themselves. Default: true for every caller but rule and model callers (they record what they hear).
   */
  understandCallee?: boolean;
}

const other = (speaker: Speaker): Speaker => (speaker === "caller" ? "callee" : "caller");

/** Caller seats that do their own recording of the customer's words; for any other the engine reads the customer's turns. */
const RECORDING_CALLER_KINDS: readonly string[] = ["rule", "llm"];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function endConditionCount(scenario: Scenario, speaker: Speaker): number {
  return speaker === "caller" ? scenario.caller.endConditions.length : scenario.callee.endConditions.length;
}

function toEnd(by: Speaker, signal: EndSignal, scenario: Scenario): CallEnd {
  const count = endConditionCount(scenario, by);
  const condition = signal.condition !== null && Number.isInteger(signal.condition) && signal.condition >= 1 && signal.condition <= count ? signal.condition : null;
  return { by, condition, reason: signal.reason };
}

export async function runCall(options: RunCallOptions): Promise<CallRecord> {
  const { scenario, caller, callee, seed } = options;
  const maxTurns = Math.max(1, Math.floor(options.maxTurns ?? DEFAULTS.maxTurns));
  const understand = options.understandCallee ?? !RECORDING_CALLER_KINDS.includes(caller.info.kind);
  const id = callId(scenario.id, seed, caller.info.kind, callee.info.kind, [caller.info.name, callee.info.name]);
  const root = createRandom(seed);
  const randoms = { caller: root.fork("caller"), callee: root.fork("callee") };
  const timing = root.fork("timing");
  const store = new CallStateStore(scenario.caller.steps.length, scenario.caller.knowledgeBase.length, maxTurns);
  const view = store.view();
  // Each seat sees only its own side: the caller its script, the customer its persona and the words said.
  const views = { caller: callerView(scenario), callee: calleeView(scenario) };
  const heard = calleeState(view);

  // Each seat's context is the same object every turn (its fields are fixed for the call; state is a live view):
  // built once, not spread anew per turn.
  const contextOf = (who: Speaker) => ({
    callId: id,
    random: randoms[who],
    signal: options.signal,
    onTextDelta: options.onTextDelta === undefined ? undefined : (delta: string) => options.onTextDelta?.(who, delta),
  });
  const callerContext = { ...contextOf("caller"), scenario: views.caller, state: view };
  const calleeContext = { ...contextOf("callee"), scenario: views.callee, state: heard };

  let speaker: Speaker = "caller";
  let pendingCalleeEnd: EndSignal | null = null;
  let end: CallEnd | null = null;

  while (end === null) {
    if (options.signal?.aborted) {
      end = { by: "error", condition: null, reason: "the call was aborted" };
      break;
    }
    if (store.turns.length >= maxTurns) {
      end = { by: "limit", condition: null, reason: `reached the turn limit (${maxTurns}) without an end condition` };
      break;
    }
    let result: SeatTurn;
    try {
      result = speaker === "caller" ? await caller.next(callerContext) : await callee.next(calleeContext);
    } catch (error) {
      end = { by: "error", condition: null, reason: `${speaker} seat failed: ${message(error)}` };
      break;
    }

    // Interned: every memo keyed by a turn's text then meets the string it holds (a hit by identity).
    const text = typeof result.text === "string" ? interned(result.text.trim()) : "";
    if (text === "") {
      // A seat may hang up without a word (a human closing the input); otherwise silence is a seat failure.
      end = result.end ? toEnd(speaker, result.end, scenario) : { by: "error", condition: null, reason: `${speaker} seat produced an empty turn` };
      break;
    }

    const turn = placeTurn(store, speaker, text, result, scenario, timing);
    options.onTurn?.(turn);
    applyRecord(store, turn, result.record ?? []);
    if (understand && speaker === "callee") {
      // Nobody has answered yet: the caller's next turn decides (see markAnswered).
      const patches = understandCalleeTurn(views.caller, view, turn.index).map((p) => (p.kind === "question" ? { ...p, answered: false } : p));
      applyRecord(store, turn, patches, "caller");
    }
    if (understand && speaker === "caller") markAnswered(store, turn);

    if (speaker === "caller" && store.wrapUpRequested) {
      // The caller's last word after the callee asked to wrap up.
      end = result.end ? toEnd("caller", result.end, scenario) : pendingCalleeEnd ? toEnd("callee", pendingCalleeEnd, scenario) : null;
      end ??= { by: "callee", condition: null, reason: "the callee wrapped up" };
      break;
    }
    if (result.end) {
      if (speaker === "callee" && !result.end.hangUp) {
        store.wrapUpRequested = true;
        pendingCalleeEnd = result.end;
      } else {
        end = toEnd(speaker, result.end, scenario);
        break;
      }
    }
    speaker = other(speaker);
  }

  const usage = { caller: caller.usage?.() ?? null, callee: callee.usage?.() ?? null };
  const record: CallRecord = {
    schemaVersion: 1,
    id,
    scenario: { id: scenario.id, path: options.scenarioPath ?? null, language: scenario.language },
    seed,
    seats: { caller: caller.info, callee: callee.info },
    turns: store.turns,
    end,
    outcome: store.outcome,
  };
  if (usage.caller !== null || usage.callee !== null) record.usage = usage;
  return record;
}

/** Give the turn its index, timing and validated signals; a cut-in shortens the caller turn it interrupts. */
function placeTurn(store: CallStateStore, speaker: Speaker, text: string, result: SeatTurn, scenario: Scenario, timing: ReturnType<typeof createRandom>): Turn {
  const previous = store.turns.at(-1);
  let startMs = previous === undefined ? 0 : previous.endMs + pauseMs(timing);
  if (speaker === "callee" && result.interrupt === true && previous?.speaker === "caller" && previous.endMs - previous.startMs >= TIMING.interruptibleMs) {
    previous.endMs = cutInMs(previous.startMs, previous.endMs, timing);
    previous.interrupted = true;
    startMs = previous.endMs;
  }
  const { step, kb } = store.noteDelivery(speaker === "caller" ? result.step : null, result.kb);
  const turn: Turn = {
    index: store.turns.length,
    speaker,
    text,
    startMs,
    endMs: startMs + speakingMs(text, scenario.language),
    step,
    kb,
    interrupted: false,
  };
  if (result.toolCalls !== undefined && result.toolCalls.length > 0) turn.toolCalls = result.toolCalls;
  store.turns.push(turn);
  return turn;
}

/** A question counts as answered when the caller's next turn uses its knowledge-base entry. */
function markAnswered(store: CallStateStore, turn: Turn): void {
  const asked = store.lastCalleeTurn(turn.index);
  for (const question of store.outcome.questions) {
    if (question.turn === asked && question.kb !== null && turn.kb.includes(question.kb)) question.answered = true;
  }
}

/** Stamp turn indices: what a seat records about the customer refers to the latest callee turn. */
function applyRecord(store: CallStateStore, turn: Turn, patches: readonly RecordPatch[], recorder: Speaker = turn.speaker): void {
  const about = turn.speaker === "callee" ? turn.index : (store.lastCalleeTurn(turn.index) ?? turn.index);
  for (const patch of patches) applyPatch(store.outcome, patch, about, turn.index, recorder);
}
