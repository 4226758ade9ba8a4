// The simulated call timeline: how long each line takes to say, the pauses between turns and cut-ins.
// Integer milliseconds throughout; jitter comes from the call's seeded Random so timing is reproducible.
import type { Language } from "../schema/index.js";
import type { Random } from "../util/random.js";
import { packFor } from "../lang/index.js";

export const TIMING = {
  /** Shortest utterance ("嗯", "OK"). */
  minUtteranceMs: 400,
  /** Gap between one speaker stopping and the other starting. */
  pauseMinMs: 250,
  pauseJitterMs: 650,
  /** A cut-in lands between these shares of the interrupted turn. */
  cutInFromShare: 0.35,
  cutInToShare: 0.75,
  /** A turn at least this long (ms) can be interrupted. */
  interruptibleMs: 6000,
} as const;

/** Lines whose speaking time is kept, per language: rule calls say the same lines call after call (bounded). */
const SPOKEN_MEMO_LIMIT = 20_000;
const spokenMemo: Record<Language, Map<string, number>> = { zh: new Map(), en: new Map() };

/** Time to say a line at a natural pace (the language pack's speaking units and rate). */
export function speakingMs(text: string, language: Language): number {
  const memo = spokenMemo[language];
  let ms = memo.get(text);
  if (ms === undefined) {
    const { units, unitsPerSecond } = packFor(language).speech;
    ms = Math.max(TIMING.minUtteranceMs, Math.round((1000 * units(text)) / unitsPerSecond));
    if (memo.size >= SPOKEN_MEMO_LIMIT) memo.clear();
    memo.set(text, ms);
  }
  return ms;
}

/** Silence before the next speaker starts. */
export function pauseMs(random: Random): number {
  return TIMING.pauseMinMs + Math.floor(random.next() * TIMING.pauseJitterMs);
}

/** Where a cut-in ends a turn that started at startMs and would have ended at endMs. */
export function cutInMs(startMs: number, endMs: number, random: Random): number {
  const share = TIMING.cutInFromShare + random.next() * (TIMING.cutInToShare - TIMING.cutInFromShare);
  return startMs + Math.max(TIMING.minUtteranceMs, Math.round((endMs - startMs) * share));
}
