import { describe, expect, it } from "vitest";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { SAMPLE_SCENARIO } from "./fakes/sample-scenario.js";
import { customerSystemPrompt } from "../src/seats/llm/customer-prompt.js";
import { styleCorrection } from "../src/seats/llm/customer-style.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();

/** Everything only the caller's side of the document holds. */
function callerSideTexts(): string[] {
  const c = SAMPLE_SCENARIO.caller;
  return [
    c.task,
    c.role,
    ...c.customerProfile,
    ...c.steps.flatMap((s) => [s.title, ...s.lines]),
    ...c.knowledgeBase.flatMap((e) => [e.question, e.answer]),
    c.opening ?? "",
    ...c.endConditions,
    ...c.closingLines,
  ].filter((t) => t !== "");
}

describe("the simulated customer's prompt", () => {
  it("contains nothing of the caller's side: no step line, KB entry, opening, end condition or closing line", async () => {
    // The caller paraphrases (as a model does), so the customer only ever hears these words.
    fake.server.script(
      CALLER_MODEL,
      { kind: "content", content: callerReply({ utterance: "Hello, Sam? Dana here, from the gym.", step: 1 }) },
      { kind: "content", content: callerReply({ utterance: "Your plan runs out soon. Want to hear the renewal deal?", step: 2 }) },
      { kind: "content", content: callerReply({ utterance: "Cheers, Sam. Talk soon.", end: { condition: 2, reason: "call back" } }) },
    );
    fake.server.script(
      CUSTOMER_MODEL,
      { kind: "content", content: customerReply("Yeah, that's me.") },
      { kind: "content", content: customerReply("Not now, call me later.") },
    );
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.end.by).toBe("caller");

    const bodies = fake.server.requestsFor(CUSTOMER_MODEL).map((r) => JSON.stringify(r.body));
    expect(bodies).toHaveLength(2);
    const leaked = callerSideTexts().filter((text) => bodies.some((body) => body.includes(JSON.stringify(text).slice(1, -1))));
    expect(leaked).toEqual([]);
    // The caller's spoken words are all the customer hears of the caller.
    const messages = fake.server.requestsFor(CUSTOMER_MODEL)[1]?.body.messages ?? [];
    expect(messages.slice(1)).toEqual([
      { role: "user", content: "Hello, Sam? Dana here, from the gym." },
      { role: "assistant", content: "Yeah, that's me." },
      { role: "user", content: "Your plan runs out soon. Want to hear the renewal deal?" },
    ]);
  });

  it("is built from the callee side: persona, situation, concerns, behaviours, examples and end conditions", () => {
    const prompt = customerSystemPrompt(SAMPLE_SCENARIO.callee, "en");
    const callee = SAMPLE_SCENARIO.callee;
    for (const text of [callee.name, callee.background, callee.situation ?? "", ...callee.concerns, ...callee.behaviours, ...callee.style.positive, ...callee.style.negative, ...callee.endConditions]) {
      expect(prompt).toContain(text);
    }
    expect(prompt).toContain("Never sound like this\n- Thank you for your inquiry, I would be delighted to assist you.");
  });
});

describe("the simulated customer never sounds like an assistant or its negative examples", () => {
  it.each([
    ["assistant voice", "As an AI, I'm happy to help you with your membership!", "assistant-voice-regenerated", 'assistant voice: "As an AI"'],
    ["negative example", "Thank you for your inquiry, I would be delighted to assist you.", "negative-style-regenerated", 'sounds like the negative example "Thank you for your inquiry, I would be delighted to assist you."'],
  ] as const)("regenerates a reply in %s once, with the reason", async (_name, bad, kind, detail) => {
    fake.server.script(CALLER_MODEL, { kind: "content", content: callerReply({ utterance: "Hi, is this Sam Taylor?", step: 1 }) });
    fake.server.script(
      CUSTOMER_MODEL,
      { kind: "content", content: customerReply(bad) },
      { kind: "content", content: customerReply("Yeah? Who's this?", { condition: 2, reason: "busy", hangUp: true }) },
    );
    const { record, deltas } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.turns.map((t) => t.text)).toEqual(["Hi, is this Sam Taylor?", "Yeah? Who's this?"]);
    expect(record.outcome.guard).toEqual([{ turn: 1, seat: "callee", kind, detail }]);
    expect(fake.server.requestsFor(CUSTOMER_MODEL)[1]?.body.messages.at(-1)?.content).toBe(styleCorrection({ kind, detail }));
    expect(deltas.callee).toBe("Yeah? Who's this?");
  });
});
