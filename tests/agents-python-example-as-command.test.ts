import { describe } from "vitest";
import { useFakeOpenAIServer } from "./fakes/use-fake-openai-server.js";
import { PYTHON_AGENT } from "./fakes/python-agent.js";
import { AGENT_MODEL, mustShow } from "./fixtures/agent-must-show.js";

const fake = useFakeOpenAIServer();

describe("cmd:COMMAND: the Python example agent on JSON lines, one process per call", () => {
  mustShow({ fake, kind: "cmd", caller: () => ({ seat: `cmd:OPENAI_BASE_URL=${fake.server.baseUrl} AGENT_MODEL=${AGENT_MODEL} python3 ${PYTHON_AGENT} --stdio` }) });
});
