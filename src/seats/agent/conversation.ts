// The conversation as one side hears it: the other side's words as `user`, its own as `assistant`.
import type { Speaker } from "../../schema/index.js";
import type { HeardTurn } from "../seat.js";
import type { AgentMessage } from "./types.js";

export function conversationFor(role: Speaker, turns: readonly Pick<HeardTurn, "speaker" | "text">[]): AgentMessage[] {
  return turns.map((turn) => ({ role: turn.speaker === role ? "assistant" : "user", content: turn.text }));
}
