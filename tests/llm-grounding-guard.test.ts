import { describe, expect, it } from "vitest";
import { CALLER_MODEL, CUSTOMER_MODEL, runLlmCall } from "./fakes/llm-call.js";
import { callerReply, customerReply } from "./fakes/replies.js";
import { groundingCorrection, splitSentences } from "../src/seats/llm/grounding-guard.js";
import { extractFigures } from "../src/text/figures.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";

const fake = useFakeOpenAIServer();

const HONEST = "I don't want to give you a wrong figure, so let me check that and get back to you.";

function scriptCustomer(...lines: string[]): void {
  const replies = lines.map((line, i) =>
    customerReply(line, i === lines.length - 1 ? { condition: 1, reason: "decided", hangUp: true } : null),
  );
  fake.server.script(CUSTOMER_MODEL, ...replies.map((content) => ({ kind: "content" as const, content })));
}

describe("grounding guard on the caller's figures", () => {
  it("regenerates once, then replaces the still-invented figure by the honest reply, never showing it", async () => {
    fake.server.script(
      CALLER_MODEL,
      { kind: "content", content: callerReply({ utterance: "Good news. A full year is $399. That's a steal!", step: 3 }) },
      { kind: "content", content: callerReply({ utterance: "Good news. A full year is only $399.", step: 3 }) },
    );
    scriptCustomer("Okay, no thanks.");
    const { record, deltas } = await runLlmCall({ baseUrl: fake.server.baseUrl });

    expect(record.turns[0]?.text).toBe(`Good news. ${HONEST}`);
    expect(record.turns[0]?.step).toBe(3);
    expect(record.outcome.guard).toEqual([
      { turn: 0, seat: "caller", kind: "figure-regenerated", detail: "invented $399" },
      { turn: 0, seat: "caller", kind: "figure-replaced", detail: "replaced $399 by the honest reply" },
    ]);
    const retry = fake.server.requestsFor(CALLER_MODEL)[1]?.body.messages ?? [];
    expect(retry.at(-1)).toEqual({ role: "user", content: groundingCorrection(extractFigures("$399")) });
    expect(deltas.caller).toBe(`Good news. ${HONEST}`);
    expect(deltas.caller).not.toContain("399");
  });

  it("accepts the regenerated turn when it sticks to the facts", async () => {
    fake.server.script(
      CALLER_MODEL,
      { kind: "content", content: callerReply({ utterance: "A full year is $399.", step: 3 }) },
      { kind: "content", content: callerReply({ utterance: "A full year is $480, 20% less than monthly.", step: 3 }) },
    );
    scriptCustomer("Fine, thanks, bye.");
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.turns[0]?.text).toBe("A full year is $480, 20% less than monthly.");
    expect(record.outcome.guard.map((g) => g.kind)).toEqual(["figure-regenerated"]);
  });

  it("lets the caller repeat a figure the customer said", async () => {
    fake.server.script(
      CALLER_MODEL,
      { kind: "content", content: callerReply({ utterance: "Hi, is this Sam Taylor?", step: 1 }) },
      { kind: "content", content: callerReply({ utterance: "Compared with your $45 a month, the year at $480 saves money.", step: 3 }) },
    );
    scriptCustomer("Yes. I pay $45 a month now.", "Hm, okay, bye.");
    const { record } = await runLlmCall({ baseUrl: fake.server.baseUrl });
    expect(record.turns[2]?.text).toBe("Compared with your $45 a month, the year at $480 saves money.");
    expect(record.outcome.guard).toEqual([]);
    expect(fake.server.requestsFor(CALLER_MODEL)).toHaveLength(2);
  });

  it("splits sentences without breaking decimals", () => {
    expect(splitSentences("It is 3.5 hours. Then we call。好的！")).toEqual(["It is 3.5 hours.", "Then we call。", "好的！"]);
  });
});
