// Trainee difficulty: how much of its persona the simulated customer brings to the call. The customer's own
// side is narrowed before any seat (rule or model) sees it, so every callee seat plays the same difficulty.
import { z } from "zod";
import type { CalleeView, Seat, SeatContext, SeatTurn } from "../seats/seat.js";

export const Difficulty = z.enum(["easy", "normal", "hard"]);
export type Difficulty = z.infer<typeof Difficulty>;

interface DifficultyRule {
  /** Concerns the customer raises (null: all of them). */
  concerns: number | null;
  /** Behaviours (pushback, hesitation…) the customer keeps (null: all). */
  behaviours: number | null;
  /** Whether the customer may cut in on long caller turns. */
  interrupts: boolean;
}

export const DIFFICULTY: Readonly<Record<Difficulty, DifficultyRule>> = {
  easy: { concerns: 1, behaviours: 0, interrupts: false },
  normal: { concerns: 2, behaviours: null, interrupts: true },
  hard: { concerns: null, behaviours: null, interrupts: true },
};

function first<T>(items: readonly T[], count: number | null): T[] {
  return count === null ? [...items] : items.slice(0, count);
}

export function narrowCallee(view: CalleeView, level: Difficulty): CalleeView {
  const rule = DIFFICULTY[level];
  return { ...view, callee: { ...view.callee, concerns: first(view.callee.concerns, rule.concerns), behaviours: first(view.callee.behaviours, rule.behaviours) } };
}

/** The callee seat playing at a difficulty. */
export function withDifficulty(seat: Seat<"callee">, level: Difficulty): Seat<"callee"> {
  return {
    role: "callee",
    info: seat.info,
    usage: seat.usage?.bind(seat),
    close: seat.close?.bind(seat),
    async next(context: SeatContext<"callee">): Promise<SeatTurn> {
      const turn = await seat.next({ ...context, scenario: narrowCallee(context.scenario, level) });
      return DIFFICULTY[level].interrupts ? turn : { ...turn, interrupt: false };
    },
  };
}
