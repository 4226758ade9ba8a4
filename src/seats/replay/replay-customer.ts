// Production calls as regression tests: the real customer's turns, replayed against a new agent. Each recorded
// customer line is said while the agent keeps to the recorded conversation; from the first agent line that goes
// somewhere else (too unlike the recorded agent line at that point) a simulated customer takes over.
import type { Turn } from "../../schema/index.js";
import { similarity } from "../../text/similarity.js";
import type { CalleeSeat, SeatContext, SeatTurn } from "../seat.js";

export const REPLAY = {
  /** An agent line at least this similar to the recorded one keeps the recorded customer talking. */
  keepSimilarity: 0.3,
} as const;

/** The recorded conversation as exchanges: what the agent said, then what the customer answered. */
export interface Exchange {
  agent: string;
  customer: string | null;
}

/** Consecutive turns of one side are one utterance; the call opens with the agent (an empty one if the customer spoke first). */
export function exchangesOf(turns: readonly Pick<Turn, "speaker" | "text">[]): Exchange[] {
  const out: Exchange[] = [];
  for (const turn of turns) {
    const last = out.at(-1);
    if (turn.speaker === "caller") {
      if (last !== undefined && last.customer === null) last.agent = `${last.agent} ${turn.text}`.trim();
      else out.push({ agent: turn.text, customer: null });
    } else if (last === undefined) {
      out.push({ agent: "", customer: turn.text });
    } else {
      last.customer = last.customer === null ? turn.text : `${last.customer} ${turn.text}`;
    }
  }
  return out;
}

export interface ReplayCustomer extends CalleeSeat {
  /** Index of the new call's agent turn where it left the recording (null: it never did). */
  divergedAt(): number | null;
  /** Recorded customer lines that were said. */
  replayed(): number;
}

export function replayCustomer(recorded: readonly Pick<Turn, "speaker" | "text">[], takeOver: CalleeSeat): ReplayCustomer {
  const exchanges = exchangesOf(recorded);
  let next = 0;
  let diverged: number | null = null;
  return {
    role: "callee",
    info: { kind: "replay", model: null, name: `replay, then ${takeOver.info.kind}` },
    divergedAt: () => diverged,
    replayed: () => next,
    usage: () => takeOver.usage?.() ?? null,
    close: async () => takeOver.close?.(),
    async next(context: SeatContext<"callee">): Promise<SeatTurn> {
      const agentTurn = context.state.turns.at(-1);
      const exchange = exchanges[next];
      if (diverged === null) {
        const keeps = exchange !== undefined && exchange.customer !== null && agentTurn !== undefined && (exchange.agent === "" || similarity(agentTurn.text, exchange.agent) >= REPLAY.keepSimilarity);
        if (keeps && exchange.customer !== null) {
          next++;
          return { text: exchange.customer };
        }
        diverged = agentTurn?.index ?? 0;
      }
      return takeOver.next(context);
    },
  };
}
