// The batch worker thread: builds a job runner once, then answers one message per job with its calls.jsonl line.
import { parentPort, workerData } from "node:worker_threads";
import { outcomeOf, type JobRunner, type JobRunnerModule } from "./executor.js";
import type { WorkerReply, WorkerRequest } from "./worker-pool.js";

const { runnerModule, runnerOptions } = workerData as { runnerModule: string; runnerOptions: unknown };
const port = parentPort;
if (port === null) throw new Error("worker.js must run as a worker thread");

const runner: Promise<JobRunner> = (import(runnerModule) as Promise<JobRunnerModule>).then((module) =>
  module.createJobRunner(runnerOptions),
);

port.on("message", (request: WorkerRequest) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      reply = { id: request.id, ...outcomeOf(await (await runner)(request.job)) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  })();
});
