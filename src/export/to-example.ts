// One call as one training example: the chosen side speaks as the assistant, the other side as the user.
import type { Scenario, Turn } from "../schema/index.js";
import { createPiiMasker } from "./mask-pii.js";
import { systemMessage, type Perspective } from "./system-message.js";

export type ExportFormat = "openai" | "sharegpt";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ExampleOptions {
  perspective: Perspective;
  maskPii: boolean;
}

/**
 * Consecutive turns of one side (a cut-in, a second sentence) become one message, so roles alternate.
 * Trailing user messages are dropped: there is nothing for the assistant to learn after the last thing it said.
 * Returns null when the chosen side never spoke.
 */
export function toMessages(scenario: Scenario, turns: readonly Turn[], options: ExampleOptions): ChatMessage[] | null {
  const clean = options.maskPii ? callMasker(scenario, turns) : (text: string) => text;
  const messages: ChatMessage[] = [{ role: "system", content: clean(systemMessage(scenario, options.perspective)) }];
  for (const turn of turns) {
    const text = clean(turn.text.trim());
    if (text === "") continue;
    const role = turn.speaker === options.perspective ? "assistant" : "user";
    const last = messages[messages.length - 1];
    if (last !== undefined && last.role === role) last.content = `${last.content}\n${text}`;
    else messages.push({ role, content: text });
  }
  while (messages.length > 1 && messages[messages.length - 1]?.role === "user") messages.pop();
  return messages.some((message) => message.role === "assistant") ? messages : null;
}

/** One masker per call, so the same number or name gets the same placeholder in every message of it. */
function callMasker(scenario: Scenario, turns: readonly Turn[]): (text: string) => string {
  const masker = createPiiMasker({ names: [scenario.callee.name, scenario.caller.name].filter((name) => name.trim() !== "") });
  masker.learnNames(turns.map((turn) => turn.text));
  return (text) => masker.mask(text);
}

const SHAREGPT_FROM = { system: "system", user: "human", assistant: "gpt" } as const;

/** The JSON object of one JSONL line in the chosen format. */
export function formatExample(messages: readonly ChatMessage[], format: ExportFormat, id: string): Record<string, unknown> {
  if (format === "openai") return { messages };
  return { id, conversations: messages.map((message) => ({ from: SHAREGPT_FROM[message.role], value: message.content })) };
}
