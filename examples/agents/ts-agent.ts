// An outbound-call agent on the AI SDK: its own prompt, any OpenAI-compatible model. This is the kind of agent
// callsim tests: it knows nothing of callsim's scenario, only its prompt and the conversation.
// Run it against callsim with agent(renewalAgent(model)) (see agent.test.ts) or wrap it in your own server.
import { generateText, type LanguageModel } from "ai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { AgentFn } from "callsim/testing";

export const SYSTEM_PROMPT = [
  "You are Maya, a membership advisor at Brightwater Swim Club, calling the member Tomas Berg about his renewal.",
  "Facts you may use: family plan at $64 per month, ends on 2025-10-31; a 12-month renewal costs $690 and saves $78;",
  "the membership can be paused for up to 2 months a year at no charge; the pool opens 8 am to 2 pm on public holidays.",
  "Confirm you are speaking with Tomas before discussing his account; tell nobody else anything about it.",
  "Speak briefly, one to three sentences. When the call is over, end your last line with [END].",
].join("\n");

/** What the agent says to the model before the customer said anything: the phone was picked up. */
export const PICKUP = "(The member picks up the phone.)";
export const END_MARK = "[END]";

/** A chat model behind any OpenAI-compatible endpoint (OpenAI, a local server, a gateway). */
export function openAICompatibleModel(options: { baseURL: string; model: string; apiKey?: string }): LanguageModel {
  const provider = createOpenAICompatible({ name: "agent", baseURL: options.baseURL, ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }) });
  return provider.chatModel(options.model);
}

export function renewalAgent(model: LanguageModel): AgentFn {
  return async (messages, context) => {
    const { text } = await generateText({
      model,
      system: SYSTEM_PROMPT,
      messages: messages.length === 0 ? [{ role: "user", content: PICKUP }] : messages.map((m) => ({ role: m.role, content: m.content })),
      abortSignal: context.signal,
      maxRetries: 1,
    });
    const end = text.includes(END_MARK);
    return { text: text.replace(END_MARK, "").trim(), end };
  };
}
