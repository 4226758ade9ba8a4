import { describe } from "vitest";
import { agent } from "../src/testing/index.js";
import { openAICompatibleModel, renewalAgent } from "../examples/agents/ts-agent.js";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";
import { AGENT_MODEL, mustShow } from "./fixtures/agent-must-show.js";

const fake = useFakeOpenAIServer();

describe("agent(fn): the TypeScript example agent on the AI SDK, in process", () => {
  mustShow({ fake, kind: "agent", caller: () => ({ seat: agent(renewalAgent(openAICompatibleModel({ baseURL: fake.server.baseUrl, model: AGENT_MODEL, apiKey: "test" }))) }) });
});
