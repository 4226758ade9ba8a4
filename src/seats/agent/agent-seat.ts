// Puts an outside agent in a seat: hands it the conversation only, turns its reply into a SeatTurn.
// For the caller seat callsim itself reads which step and knowledge-base answers the line delivered.
import { SeatKind, type Speaker } from "../../schema/index.js";
import { userError } from "../../errors.js";
import type { EndSignal, Seat, SeatContext, SeatTurn } from "../seat.js";
import { conversationFor } from "./conversation.js";
import { deliveryOf } from "./delivery.js";
import type { Agent, AgentReply } from "./types.js";

function endOf(reply: AgentReply, role: Speaker): EndSignal | null {
  if (typeof reply === "string" || reply.end === undefined || reply.end === null || reply.end === false) return null;
  const reason = reply.end === true ? undefined : reply.end.reason;
  return { condition: null, reason: reason ?? `the ${role} agent ended the call`, hangUp: true };
}

export function seatOf<R extends Speaker>(role: R, agent: Agent): Seat<R> {
  if (!SeatKind.safeParse(agent.kind).success) throw userError("bad-seat", `agent kind '${agent.kind}' must be lower-case letters, digits and dashes`);
  return {
    role,
    info: { kind: agent.kind, model: null, name: agent.name },
    async next(context: SeatContext<R>): Promise<SeatTurn> {
      const turns = context.state.turns;
      const reply = await agent.reply(conversationFor(role, turns), { callId: context.callId ?? "", turn: turns.length, role, signal: context.signal });
      const text = typeof reply === "string" ? reply : reply.text;
      if (typeof text !== "string") throw new Error(`the ${agent.kind} agent answered without text`);
      const turn: SeatTurn = { text, end: endOf(reply, role) };
      if (typeof reply !== "string" && reply.toolCalls !== undefined && reply.toolCalls.length > 0) turn.toolCalls = [...reply.toolCalls];
      // The caller's view is only used here, by callsim, to book-keep the script; the agent never sees it.
      const scenario = context.scenario;
      if ("caller" in scenario) Object.assign(turn, deliveryOf(scenario, text));
      return turn;
    },
    close: async () => agent.close?.(),
  };
}
