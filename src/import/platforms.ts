// Voice-platform exports → the parts of a Scenario: Vapi assistants, Retell LLMs, Pipecat Flows and OpenAI-style
// message files. Each reader checks the shape it needs and says which fields it used and which it set aside.

import type { PlatformParts } from "./prompt-scenario.js";
import { anthropicRequest, geminiRequest } from "./prompt-strings.js";
import { isRasaDomain, readRasaDomain } from "./rasa-domain.js";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The content of the messages with a role among `roles`, joined. */
function contents(messages: unknown, roles: readonly string[]): string {
  return list(messages)
    .filter(isObject)
    .filter((m) => roles.includes(str(m.role)))
    .map((m) => textOf(m.content))
    .filter((c) => c.trim() !== "")
    .join("\n\n");
}

/** A message's content: a string, or (OpenAI's content parts) an array of `{ type: "text", text }` parts, joined. */
function textOf(content: unknown): string {
  if (!Array.isArray(content)) return str(content);
  return content.map((part) => (typeof part === "string" ? part : isObject(part) && (part.type === undefined || str(part.type) === "text" || str(part.type) === "input_text") ? str(part.text) : "")).filter((t) => t.trim() !== "").join("\n\n");
}

function rest(data: Json, used: readonly string[], quiet: readonly string[]): string[] {
  return Object.keys(data).filter((k) => !used.includes(k) && !quiet.includes(k));
}

/** Settings that shape the voice or the model, never the script: not worth a warning each. */
const SETTINGS = ["name", "id", "llm_id", "model", "voice", "transcriber", "provider", "temperature", "maxTokens", "max_tokens", "voiceId", "language", "orgId", "createdAt", "updatedAt", "last_modification_timestamp", "version", "model_temperature", "tools", "general_tools", "starting_state", "initial_node", "metadata"];

export interface PlatformReader {
  platform: string;
  matches(data: Json): boolean;
  read(data: Json): PlatformParts;
}

const vapi: PlatformReader = {
  platform: "Vapi assistant",
  matches: (d) => (isObject(d.model) && Array.isArray(d.model.messages)) || typeof d.firstMessage === "string",
  read(d) {
    const model = isObject(d.model) ? d.model : {};
    const used = ["model.messages", "firstMessage", "endCallMessage", "endCallPhrases"].filter((k) => (k === "model.messages" ? Array.isArray(model.messages) : d[k] !== undefined));
    // endCallMessage is what the assistant says as it hangs up: the first closing line, before the end-call phrases.
    const closing = [str(d.endCallMessage), ...list(d.endCallPhrases).map(str)].filter((p) => p.trim() !== "");
    return {
      platform: "Vapi assistant",
      prompt: contents(model.messages, ["system"]),
      opening: str(d.firstMessage) || null,
      closingLines: [...new Set(closing)],
      used,
      ignored: rest(d, ["model", "firstMessage", "endCallMessage", "endCallPhrases"], [...SETTINGS, "voicemailMessage", "serverUrl", "recordingEnabled", "firstMessageMode"]),
    };
  },
};

const retell: PlatformReader = {
  platform: "Retell LLM",
  matches: (d) => typeof d.general_prompt === "string" || typeof d.begin_message === "string",
  read(d) {
    const states = list(d.states).filter(isObject);
    const start = str(d.starting_state);
    const ordered = [...states.filter((s) => str(s.name) === start), ...states.filter((s) => str(s.name) !== start)];
    return {
      platform: "Retell LLM",
      prompt: str(d.general_prompt),
      opening: str(d.begin_message) || null,
      stages: ordered.map((s, i) => ({ title: str(s.name), text: str(s.state_prompt), path: `states[${states.indexOf(s) >= 0 ? states.indexOf(s) : i}]` })),
      used: ["general_prompt", "begin_message", "states"].filter((k) => d[k] !== undefined),
      ignored: rest(d, ["general_prompt", "begin_message", "states"], SETTINGS),
    };
  },
};

const pipecat: PlatformReader = {
  platform: "Pipecat Flows",
  // Nodes that carry Pipecat's own messages: another platform's "nodes" (a graph with edges) is not Pipecat's.
  matches: (d) => (isObject(d.nodes) ? Object.values(d.nodes) : list(d.nodes)).some((n) => isObject(n) && (n.task_messages !== undefined || n.role_messages !== undefined)),
  read(d) {
    const entries: [string, Json][] = Array.isArray(d.nodes)
      ? d.nodes.filter(isObject).map((n, i) => [str(n.name) || `node ${i + 1}`, n])
      : Object.entries(d.nodes as Json).filter((e): e is [string, Json] => isObject(e[1]));
    const order = flowOrder(entries, str(d.initial_node));
    // A "tts_say" pre-action on the first node is said word for word before anything else: the opening.
    const said = list(order[0]?.[1].pre_actions).filter(isObject).filter((a) => str(a.type) === "tts_say").map((a) => str(a.text)).filter((t) => t.trim() !== "");
    return {
      platform: "Pipecat Flows",
      opening: said.length === 0 ? null : said.join(" "),
      prompt: entries.map(([, n]) => contents(n.role_messages, ["system", "developer"])).filter((t) => t !== "").join("\n\n"),
      stages: order.filter(([, n]) => contents(n.task_messages, ["system", "developer", "user"]) !== "").map(([key, n]) => ({ title: key, text: contents(n.task_messages, ["system", "developer", "user"]), path: `nodes.${key}` })),
      used: ["nodes (role_messages, task_messages)", ...(said.length === 0 ? [] : ["pre_actions (tts_say) of the first node"])],
      ignored: rest(d, ["nodes"], SETTINGS),
    };
  },
};

/** Nodes from the initial one along their transitions, then any not reached, in the file's order. */
function flowOrder(entries: readonly [string, Json][], initial: string): [string, Json][] {
  const byKey = new Map(entries);
  const seen = new Set<string>();
  const out: [string, Json][] = [];
  const queue = [byKey.has(initial) ? initial : entries[0]?.[0] ?? ""];
  while (queue.length > 0) {
    const key = queue.shift() ?? "";
    const node = byKey.get(key);
    if (node === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push([key, node]);
    for (const fn of list(node.functions).filter(isObject)) {
      const inner = isObject(fn.function) ? fn.function : fn;
      const next = str(inner.transition_to) || str(inner.next_node);
      if (next !== "") queue.push(next);
    }
  }
  return [...out, ...entries.filter(([key]) => !seen.has(key))];
}

const openaiMessages: PlatformReader = {
  platform: "OpenAI-style messages",
  matches: (d) => Array.isArray(d.messages) && d.messages.some((m) => isObject(m) && (m.role === "system" || m.role === "developer")),
  read(d) {
    const others = list(d.messages).filter(isObject).filter((m) => m.role !== "system" && m.role !== "developer").length;
    return {
      platform: "OpenAI-style messages",
      prompt: contents(d.messages, ["system", "developer"]),
      used: ["messages[role=system]"],
      ignored: [...(others > 0 ? [`messages (${others} non-system message(s))`] : []), ...rest(d, ["messages"], SETTINGS)],
    };
  },
};

/** In order of how sure a match is: a Retell or Pipecat key is unmistakable, Vapi's model.messages less so. */
const rasa: PlatformReader = { platform: "Rasa domain", matches: isRasaDomain, read: readRasaDomain };

export const PLATFORM_READERS: readonly PlatformReader[] = [retell, pipecat, vapi, openaiMessages, anthropicRequest, geminiRequest, rasa];
