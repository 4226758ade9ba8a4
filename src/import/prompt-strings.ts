// LLM request bodies (a system prompt as text blocks or parts) and unknown exports: the prompt-like strings a JSON
// holds, wherever they are nested, read as the system prompt; an opening from a key that names a first message.

import type { PlatformParts } from "./prompt-scenario.js";
import type { PlatformReader } from "./platforms.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Text blocks or parts ({ type: "text", text } / { text }) joined: a system prompt split for caching or by section. */
function blocks(value: unknown): string {
  if (typeof value === "string") return value;
  if (!Array.isArray(value)) return "";
  return value.map((b) => (typeof b === "string" ? b : isObject(b) && (b.type === undefined || b.type === "text") ? str(b.text) : "")).filter((t) => t.trim() !== "").join("\n\n");
}

/** A key naming what the agent says first (first_message, greeting_message, welcomeMessage, begin_message, opening_line). */
const OPENING_KEY = /^(first|greeting|welcome|begin|opening|initial)[_ -]?(message|sentence|line|utterance|greeting)?$|^greeting$/i;

/** "firstSpeakerSettings.agent.text": the words of the agent set to speak first, under a settings record. */
const FIRST_SPEAKER_TEXT = /(?:^|\.)first[_ -]?speaker\w{0,20}\.(?:(?:agent|assistant|bot)\.)?(?:text|message|greeting)$/iu;

/** A string is prompt-like when it holds several lines of some length: instructions, not a setting or a name. */
const PROMPT_MIN_CHARS = 160;
const PROMPT_MIN_LINES = 3;
function promptLike(text: string): boolean {
  return text.length >= PROMPT_MIN_CHARS && text.split("\n").filter((l) => l.trim() !== "").length >= PROMPT_MIN_LINES;
}

interface Found { prompts: { path: string; text: string }[]; opening: { path: string; text: string } | null }

/** A key (or a message's system role) that says its text is the prompt, however short: it is taken on a line or two. */
const PROMPT_KEY = /^(?:system_?prompt|prompt|instructions?|system)$/iu;

function collect(value: unknown, path: string, found: Found, key: string): void {
  if (typeof value === "string") {
    if ((OPENING_KEY.test(key) || FIRST_SPEAKER_TEXT.test(path)) && found.opening === null && value.trim() !== "" && !value.includes("\n")) found.opening = { path, text: value.trim() };
    else if (promptLike(value) || (PROMPT_KEY.test(key) && value.includes("\n"))) found.prompts.push({ path, text: value });
    return;
  }
  if (isObject(value) && value.role === "system" && typeof value.content === "string") {
    if (value.content.trim() !== "") found.prompts.push({ path: `${path}.content`, text: value.content });
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${path}[${i}]`, found, key));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) collect(v, path === "" ? k : `${path}.${k}`, found, k);
}

/** An unknown JSON's prompt-like strings in file order as the prompt, or null when it holds none. */
export function promptStrings(data: Json): PlatformParts | null {
  const found: Found = { prompts: [], opening: null };
  collect(data, "", found, "");
  if (found.prompts.length === 0) return null;
  return {
    platform: "JSON export (prompt-like strings)",
    prompt: found.prompts.map((p) => p.text).join("\n\n"),
    opening: found.opening?.text ?? null,
    used: [...found.prompts.map((p) => p.path), ...(found.opening === null ? [] : [found.opening.path])],
    ignored: [],
  };
}

/** Anthropic Messages request: a top-level `system` (a string or text blocks) beside `messages`. */
export const anthropicRequest: PlatformReader = {
  platform: "Anthropic Messages request",
  matches: (d) => Array.isArray(d.messages) && blocks(d.system).trim() !== "",
  read: (d) => ({ platform: "Anthropic Messages request", prompt: blocks(d.system), used: ["system"], ignored: [] }),
};

/** Gemini request: `systemInstruction` (or `system_instruction`) with `parts`, beside `contents`. */
export const geminiRequest: PlatformReader = {
  platform: "Gemini request",
  matches: (d) => geminiParts(d).trim() !== "",
  read: (d) => ({ platform: "Gemini request", prompt: geminiParts(d), used: ["systemInstruction.parts"], ignored: [] }),
};

function geminiParts(d: Json): string {
  const instruction = d.systemInstruction ?? d.system_instruction;
  return isObject(instruction) ? blocks(instruction.parts) : "";
}
