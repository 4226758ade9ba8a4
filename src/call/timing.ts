// The simulated call timeline: how long each line takes to say, the pauses between turns and cut-ins.
// Integer milliseconds throughout; jitter comes from the call's seeded Random so timing is reproducible.
import type { Language } from "../schema/index.js";
import type { Random } from "../util/random.js";

export const TIMING = {
  /** Chinese speaking rate, characters (CJK + digits) per second. */
  zhCharsPerSecond: 4.5,
  /** English speaking rate, words per second. */
  enWordsPerSecond: 2.7,
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

const CJK_OR_DIGIT = /[\u3400-\u9fff\uf900-\ufaff0-9]/g;
const WORD = /[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g;

/** Time to say a line at a natural pace. */
export function speakingMs(text: string, language: Language): number {
  const units = language === "zh" ? (text.match(CJK_OR_DIGIT)?.length ?? 0) + 0.5 * (text.match(/[A-Za-z]+/g)?.length ?? 0) : (text.match(WORD)?.length ?? 0);
  const rate = language === "zh" ? TIMING.zhCharsPerSecond : TIMING.enWordsPerSecond;
  return Math.max(TIMING.minUtteranceMs, Math.round((1000 * units) / rate));
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
