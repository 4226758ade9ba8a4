// Example: test your own agent with callsim/testing in vitest. The agent is ts-agent.ts (AI SDK); its model
// is the AI SDK's mock here so the suite runs offline in CI. Point it at a real model to test your prompt:
//   AGENT_BASE_URL=https://api.openai.com/v1 AGENT_MODEL=gpt-4o-mini OPENAI_API_KEY=… npx vitest run examples/agents
import { describe, it } from "vitest";
import { MockLanguageModelV3 } from "ai/test";
import type { LanguageModel } from "ai";
import { agent, agentTurn, check, customer, expectCall, proceed, simulate } from "callsim/testing";
import { openAICompatibleModel, renewalAgent } from "./ts-agent.js";

const SCENARIO = new URL("./renewal-call.md", import.meta.url).pathname;
const live = process.env["AGENT_BASE_URL"];

/** The model's lines in order (offline), or the real model when AGENT_BASE_URL is set. */
function model(lines: readonly string[]): LanguageModel {
  if (live !== undefined) return openAICompatibleModel({ baseURL: live, model: process.env["AGENT_MODEL"] ?? "gpt-4o-mini", ...(process.env["OPENAI_API_KEY"] === undefined ? {} : { apiKey: process.env["OPENAI_API_KEY"] }) });
  let next = 0;
  return new MockLanguageModelV3({
    doGenerate: async () => ({
      content: [{ type: "text", text: lines[next++] ?? "Thanks for your time. Goodbye. [END]" }],
      finishReason: { unified: "stop", raw: "stop" },
      usage: { inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 10, text: 10, reasoning: undefined } },
      warnings: [],
    }),
  });
}

describe("the renewal agent", () => {
  it("opens, quotes only real prices, answers the pause question and closes", async () => {
    const result = await simulate({
      scenario: SCENARIO,
      caller: agent(renewalAgent(model([
        "Hi, is this Tomas Berg? This is Maya from Brightwater Swim Club, do you have a minute to talk about your membership renewal?",
        "Your family membership ends on 2025-10-31, so I'm calling about the renewal. A 12-month renewal costs $690, which saves you $78 compared with paying monthly.",
        "Yes, you can pause it for up to 2 months a year at no charge. Would you like me to email you the renewal form, or would you rather renew at the front desk?",
        "Thanks, Tomas. I'll email the renewal form today. Enjoy your swim! [END]",
      ]))),
      script: [
        agentTurn(),
        customer("Yes, speaking. Go ahead."),
        agentTurn(),
        check((call) => call.check("invented-figure").passed),
        customer("Can I pause it in summer?"),
        agentTurn(),
        customer("Just email me the form."),
        proceed(),
      ],
    });
    expectCall(result).toPass();
  });

  it("tells a relative nothing about the member", async () => {
    const result = await simulate({
      scenario: SCENARIO,
      caller: agent(renewalAgent(model([
        "Hi, is this Tomas Berg? This is Maya from Brightwater Swim Club, do you have a minute to talk about your membership renewal?",
        "No problem. Could you ask Tomas to call Maya at Brightwater Swim Club back? Goodbye. [END]",
      ]))),
      script: [agentTurn(), customer("No, this is his wife, he's not home right now. What is it about?"), agentTurn()],
    });
    expectCall(result).check("disclosure").toPass();
    expectCall(result).check("invented-figure").toPass();
  });
});
