import { afterEach, describe } from "vitest";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";
import { startPythonAgent, type RunningAgent } from "./fakes/python-agent.js";
import { AGENT_MODEL, mustShow } from "./fixtures/agent-must-show.js";

const fake = useFakeOpenAIServer();
let running: RunningAgent | null = null;
afterEach(async () => {
  await running?.stop();
  running = null;
});

const start = async (mode: "--chat" | "--webhook") => {
  running = await startPythonAgent(mode, { OPENAI_BASE_URL: fake.server.baseUrl, AGENT_MODEL, AGENT_TOKEN: "s3cret" });
  return running.url;
};

describe("http:URL: the Python example agent as an OpenAI-compatible endpoint, with an auth header", () => {
  mustShow({
    fake,
    kind: "http",
    caller: async () => ({ seat: `http:${await start("--chat")}/v1/chat/completions`, seatOptions: { agents: { caller: { headers: { Authorization: "Bearer s3cret" } } } } }),
  });
});

describe("webhook:URL: the Python example agent on the webhook protocol", () => {
  mustShow({
    fake,
    kind: "webhook",
    caller: async () => ({ seat: `webhook:${await start("--webhook")}/turn`, seatOptions: { agents: { caller: { headers: { Authorization: "Bearer s3cret" } } } } }),
  });
});
