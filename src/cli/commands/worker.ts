// `callsim worker --queue redis://HOST:PORT/DB`: run batch jobs from the shared BullMQ queue until stopped.
import type { Command } from "commander";
import { intFlag } from "./batch.js";
import { inert } from "../terminal-text.js";

interface WorkerFlags {
  queue: string;
  concurrency: string;
  lockMs: string;
}

/** Jobs in flight per worker process: rule jobs share one thread, model jobs wait on the network. */
const DEFAULT_WORKER_CONCURRENCY = 4;
/** A job claimed by a worker that went silent this long goes to another worker. */
const DEFAULT_LOCK_MS = 30_000;

export function registerWorkerCommand(program: Command): void {
  program
    .command("worker")
    .description("run batch jobs from a queue (callsim batch … --queue) until stopped (Ctrl-C or SIGTERM)")
    .requiredOption("--queue <url>", "the batch queue: redis://HOST:PORT/DB")
    .option("--concurrency <n>", "jobs in flight in this process", String(DEFAULT_WORKER_CONCURRENCY))
    .option("--lock-ms <n>", "how long a job stays with a worker that stopped answering before another takes it", String(DEFAULT_LOCK_MS))
    .action(async (flags: WorkerFlags) => {
      const concurrency = intFlag("--concurrency", flags.concurrency, 1, 1024);
      const lockMs = intFlag("--lock-ms", flags.lockMs, 1000);
      const { runQueueWorker } = await import("../../batch/queue/queue-worker.js");
      const controller = new AbortController();
      const stop = (): void => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write("callsim: worker stopping after the jobs in flight (again to quit now)\n");
        controller.abort();
        // A job not finished by then is given to another worker when its lock expires: nothing is lost by leaving.
        setTimeout(() => process.exit(0), lockMs + 5_000).unref();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      const warned = new Set<string>();
      process.stderr.write(`callsim: worker on ${flags.queue}, ${concurrency} job(s) at a time\n`);
      const { jobs } = await runQueueWorker({
        queueUrl: flags.queue,
        concurrency,
        lockMs,
        signal: controller.signal,
        onError: (error) => {
          if (warned.has(error.message)) return;
          warned.add(error.message);
          process.stderr.write(`callsim: redis: ${inert(error.message)}\n`);
        },
      });
      process.stderr.write(`callsim: worker ran ${jobs} job(s)\n`);
    });
}
