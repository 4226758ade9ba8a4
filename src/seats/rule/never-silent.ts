// Invariant of both rule seats: a turn always says something. A document's line can be hollow (only a template slot,
// a blank, a stage direction) and every guard may take all of it away; the engine ends a call on an empty turn as an
// error with no closing. The last word is then a stock line that fits what the turn was doing, as a table.
import type { SeatTurn } from "../seat.js";
import type { LanguagePack } from "../../lang/index.js";
import { fill } from "../../lang/index.js";
import { acknowledge, genericClosing } from "./phrases.js";
import type { GateState } from "./identity-gate.js";

/** What the caller's turn was doing when its words came out empty. */
export interface CallerSilence {
  pack: LanguagePack;
  turn: SeatTurn;
  /** Who is on the phone, as far as the caller knows (nothing of the customer's is said before "confirmed"). */
  identity: GateState;
  /** Whom the call is for, as the document names them. */
  customer: string;
}

export interface SilenceRule<S> {
  name: string;
  when: (s: S) => boolean;
  text: (s: S) => string;
}

const spoken = (text: string): boolean => text.trim() !== "";

/** The caller's stock words for an empty turn, in order: the first that holds speaks. */
export const CALLER_SILENCE_RULES: readonly SilenceRule<CallerSilence>[] = [
  { name: "close-for-the-customer", when: (s) => s.turn.end !== undefined && s.identity === "confirmed", text: (s) => genericClosing(s.pack, "done") },
  { name: "close-for-someone-else", when: (s) => s.turn.end !== undefined, text: (s) => genericClosing(s.pack, "identity") },
  { name: "ask-for-the-customer", when: (s) => s.identity === "unknown" && spoken(s.customer), text: (s) => fill(s.pack.caller.identityFirst, { customer: s.customer }) },
  { name: "acknowledge-and-go-on", when: () => true, text: (s) => acknowledge(s.pack, "plain") },
];

/** What the customer's turn was doing when its words came out empty. */
export interface CalleeSilence {
  pack: LanguagePack;
  turn: SeatTurn;
  /** A stock reaction drawn the customer's usual way (its wording budget and variety). */
  reaction: string;
}

export const CALLEE_SILENCE_RULES: readonly SilenceRule<CalleeSilence>[] = [
  { name: "say-goodbye", when: (s) => s.turn.end !== undefined, text: (s) => s.pack.callee.endings.default },
  { name: "react", when: (s) => spoken(s.reaction), text: (s) => s.reaction },
  { name: "acknowledge", when: () => true, text: (s) => s.pack.callee.ack[0] },
];

/** The turn as it is when it says something; else with the first fitting rule's words. */
export function neverSilent<S extends { turn: SeatTurn }>(rules: readonly SilenceRule<S>[], s: S): SeatTurn {
  if (spoken(s.turn.text)) return s.turn;
  for (const rule of rules) if (rule.when(s)) return { ...s.turn, text: rule.text(s) };
  return s.turn;
}
