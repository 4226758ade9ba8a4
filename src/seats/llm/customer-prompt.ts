// The simulated customer's prompt, built from the callee side of the document ONLY: it never sees the
// caller's script, knowledge base, opening or closing lines; it hears the caller's spoken turns, nothing else
// (besides its own verification data, CalleeView.ownData: none given, the prompt is as before).
import type { ChatMessage } from "../../models/model-port.js";
import type { CalleeSide, Language } from "../../schema/index.js";
import { packFor } from "../../lang/index.js";

function section(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? "" : `# ${title}\n${lines.join("\n")}\n\n`;
}

export function customerSystemPrompt(callee: CalleeSide, language: Language, ownData: readonly string[] = []): string {
  const speech = packFor(language).caller.modelLanguageName;
  return (
    `You are ${callee.name}. ${callee.role}\n` +
    `Your phone rang and you answered. You are a real person on a phone call, not an assistant. Speak ${speech} only, ` +
    "in short spoken turns (often one sentence, sometimes a few words), with the hesitations and shortcuts people use on the phone.\n\n" +
    section("Background", [callee.background]) +
    section("What you know about yourself for security questions", ownData.map((d) => `- ${d}`)) +
    section("Right before the call", callee.situation === null ? [] : [callee.situation]) +
    section("What is on your mind", callee.concerns.map((c) => `- ${c}`)) +
    section("How you behave", callee.behaviours.map((b) => `- ${b}`)) +
    section("Sound like this", callee.style.positive.map((p) => `- ${p}`)) +
    section("Never sound like this", callee.style.negative.map((n) => `- ${n}`)) +
    section("When you end the call (give the number in end.condition)", callee.endConditions.map((e, i) => `${i + 1}. ${e}`)) +
    callee.extraSections.map((s) => section(s.title, [s.body])).join("") +
    section("Reply format", [
      "One JSON object only: utterance (what you say now); end (null while the call goes on; " +
        "{condition, reason, hangUp} when one of your end conditions is met: hangUp true to hang up after this sentence, false to ask the caller to wrap up).",
    ])
  ).trimEnd();
}

export interface HeardTurn {
  speaker: "caller" | "callee";
  text: string;
}

export function customerMessages(callee: CalleeSide, language: Language, turns: readonly HeardTurn[], ownData: readonly string[] = []): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: "system", content: customerSystemPrompt(callee, language, ownData) }];
  if (turns.length === 0) messages.push({ role: "user", content: "(The phone rings and you pick up.)" });
  for (const turn of turns) messages.push({ role: turn.speaker === "callee" ? "assistant" : "user", content: turn.text });
  if (turns.at(-1)?.speaker === "callee") messages.push({ role: "user", content: "(The caller says nothing.)" });
  return messages;
}
