// Runs the fake OpenAI-compatible server in its own process (the bench's "remote provider"), answering
// with the scenario responder. Usage: tsx fake-server-process.ts <scenario-file> <latency-ms>; prints the base URL.
import { readScenarioFile } from "../../src/scenario/index.js";
import { FakeOpenAIServer } from "./fake-openai-server.js";
import { scenarioResponder } from "./scenario-responder.js";

const [file, latency] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: fake-server-process.ts <scenario-file> <latency-ms>");
const responder = scenarioResponder(await readScenarioFile(file));
const server = await FakeOpenAIServer.start({
  latencyMs: Number(latency ?? "0"),
  keepRequests: false,
  fallback: (request) => ({
    kind: "content",
    content: responder(request.body.model === "caller" ? "caller" : "callee", request.body.messages),
  }),
});
process.stdout.write(`${server.baseUrl}\n`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
