// Worker thread for bench/llm.bench.ts: runs its share of the concurrent model calls when told "go".
import { parentPort, workerData } from "node:worker_threads";
import { runCall } from "../src/call/run-call.js";
import { ProviderLimits } from "../src/models/limiter.js";
import { ModelRuntime } from "../src/models/model-runtime.js";
import { readScenarioFile } from "../src/scenario/index.js";
import { createLlmCallerSeat } from "../src/seats/llm/llm-caller-seat.js";
import { createLlmCustomerSeat } from "../src/seats/llm/llm-customer-seat.js";

export interface CallsWorkerData {
  baseUrl: string;
  scenarioFile: string;
  seeds: number[];
  streaming: boolean;
}

export type CallsWorkerMessage = { kind: "ready" } | { kind: "done"; failures: string[] };

const data = workerData as CallsWorkerData;
const port = parentPort;
if (port === null) throw new Error("llm-calls-worker must run in a worker thread");
const scenario = await readScenarioFile(data.scenarioFile);
const runtime = new ModelRuntime(
  { callerModel: "compatible:caller", calleeModel: "compatible:callee", baseUrl: data.baseUrl, timeoutMs: 120_000 },
  { env: {}, limits: new ProviderLimits(data.seeds.length * 2 + 1) },
);
const call = async (seed: number): Promise<string | null> => {
  const record = await runCall({
    scenario,
    caller: createLlmCallerSeat(runtime.portFor("caller", seed)),
    callee: createLlmCustomerSeat(runtime.portFor("callee", seed)),
    seed,
    onTextDelta: data.streaming ? () => {} : undefined,
  });
  return record.end.by === "error" || record.end.by === "limit" ? record.end.reason : null;
};
await call(0); // warm-up inside the thread: JIT and a pooled connection
port.once("message", () => {
  void Promise.all(data.seeds.map(call)).then((results) => {
    const message: CallsWorkerMessage = { kind: "done", failures: results.filter((r): r is string => r !== null) };
    port.postMessage(message);
  });
});
const ready: CallsWorkerMessage = { kind: "ready" };
port.postMessage(ready);
