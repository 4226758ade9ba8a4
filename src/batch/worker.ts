// The batch worker process: builds a job runner once, runs the jobs it is sent one after another, and answers in
// batches of results. Once the batch names its calls.jsonl, the worker keeps each line, writes it where the batch
// places it and reports it durable: the batch process never touches a line's bytes. Otherwise (or for a failed
// job's line) the line goes to the batch as UTF-8 bytes.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { failureOf, type JobRunner, type JobRunnerModule } from "./executor.js";
import { summaryFacts, type SummaryFacts } from "./summary-facts.js";
import type { BatchLine } from "./types.js";
import { WorkerLog } from "./worker-log.js";
import { RESULTS_PER_MESSAGE, WORKER_THREAD_NAME, type JobReply, type JobRequest, type WorkerInit, type WorkerReply, type WorkerRequest } from "./worker-pool.js";

const send = process.send?.bind(process);
if (send === undefined) throw new Error("worker.js must run as a batch worker process (child_process.fork)");
// The batch owns the worker: when it is gone (killed, crashed), the channel closes and the worker stops with it.
process.on("disconnect", () => process.exit(0));
// Ctrl-C reaches the whole process group; the batch decides (it lets the jobs in flight finish, then ends us).
process.on("SIGINT", () => {});
// The batch ends its workers with SIGTERM: leaving through exit lets exit handlers run (the bundle's code cache is
// written at exit, the first time).
process.on("SIGTERM", () => process.exit(0));

try {
  // A thread may rename itself through procfs (Linux only), so per-thread CPU time can tell batch workers apart.
  writeFileSync("/proc/thread-self/comm", WORKER_THREAD_NAME);
} catch {
  // Not Linux: nothing to name.
}

/** The batch's own job runner; another runner module (tests, custom executors) is imported as it is. */
const RUN_JOB = new URL("./run-job.js", import.meta.url).href;

/**
 * The batch's runner out of the bundled command, compiled from V8's code cache (kept per set of flags, so the
 * workers' own): ~35 ms of CPU to load against ~155 ms for the ES modules, and the functions a call runs come
 * compiled too. Null when there is no bundle (running from the sources).
 */
async function bundledRunnerModule(): Promise<JobRunnerModule | null> {
  const cli: unknown = (await import("../cli/bundled-cli.js")).loadBundledCli("batch-worker");
  if (typeof cli !== "object" || cli === null || !("loadJobRunnerModule" in cli) || typeof cli.loadJobRunnerModule !== "function") return null;
  return (await cli.loadJobRunnerModule()) as JobRunnerModule;
}

async function runnerModuleAt(url: string): Promise<JobRunnerModule> {
  return (url === RUN_JOB ? await bundledRunnerModule() : null) ?? ((await import(url)) as JobRunnerModule);
}

let initialised: (init: WorkerInit["init"]) => void = () => {};
const runner: Promise<JobRunner> = new Promise<WorkerInit["init"]>((resolve) => (initialised = resolve)).then(async ({ runnerModule, runnerOptions }) =>
  (await runnerModuleAt(runnerModule)).createJobRunner(runnerOptions),
);
const queue: JobRequest[] = [];
let draining = false;
/** The batch's calls.jsonl, once it has named it: done lines stay here and are written by this process. */
let log: WorkerLog | null = null;

/** An answer whose line is still text: the lines of one message are encoded together (see utf8Lines). */
type Answer = Exclude<JobReply, { line: Uint8Array }> | (Omit<Extract<JobReply, { line: Uint8Array }>, "line"> & { line: string });

async function answer(request: JobRequest): Promise<Answer> {
  try {
    const line = await (await runner)(request.job);
    const text = JSON.stringify(line);
    const failure = failureOf(line);
    const facts = factsOf(line);
    // A failed job's line goes to the batch (it writes failures.jsonl); so does a line the batch must read itself.
    if (log !== null && failure === null && facts !== undefined) return { id: request.id, length: log.hold(request.id, text), facts };
    return { id: request.id, line: text, failure, facts };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** UTF-8 bytes of the lines of the message being sent; reused, since sending copies them (see utf8Lines). */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The answers with their lines as UTF-8 views of one buffer, written without measuring them first (a UTF-16 unit is
 * at most 3 bytes of UTF-8). send() copies each view's bytes into the message before it returns, so the buffer is
 * reused by the next message: no allocation per message or line (the main process gets views of the message it read).
 */
function utf8Lines(answers: Answer[]): JobReply[] {
  let most = 0;
  for (const item of answers) if ("line" in item) most += 3 * item.line.length;
  if (scratch.length < most) scratch = Buffer.allocUnsafe(Math.max(most, 2 * scratch.length));
  const bytes = scratch;
  let at = 0;
  return answers.map((item) => {
    if (!("line" in item)) return item;
    const length = bytes.write(item.line, at, "utf8");
    const line = new Uint8Array(bytes.buffer, bytes.byteOffset + at, length);
    at += length;
    return { ...item, line };
  });
}

/** A runner that returns something other than a batch line leaves the batch to judge the line itself. */
function factsOf(line: BatchLine): SummaryFacts | undefined {
  try {
    return summaryFacts(line);
  } catch {
    return undefined;
  }
}

/** Lines fsync'ed since the last message: they ride on the next batch of results, or go at once when idle. */
let durable: number[] = [];

function post(answers: Answer[]): void {
  const reply: WorkerReply = { results: utf8Lines(answers), durable, busy: performance.eventLoopUtilization().utilization };
  durable = [];
  send?.(reply);
}

function synced(ids: number[]): void {
  durable.push(...ids);
  // While jobs run, the next batch of results (a few ms away) carries them: one message fewer per fsync.
  if (!draining) post([]);
}

/** A write or fsync the disk refused: the batch stops (it cannot keep results), so this worker says so and ends. */
function logFailed(error: Error): void {
  const reply: WorkerReply = { results: [], durable: [], busy: 0, logError: error.message };
  send?.(reply);
}

/**
 * Runs the queued jobs in order. After each batch of results it yields to the event loop, so the jobs the main
 * thread sends in return are queued while there is still work (rule jobs never wait on I/O, so without that
 * yield no message would be read until the queue ran dry).
 */
async function drain(): Promise<void> {
  draining = true;
  let results: Answer[] = [];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    results.push(await answer(next));
    if (results.length >= RESULTS_PER_MESSAGE || queue.length === 0) {
      post(results);
      results = [];
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  draining = false;
  if (durable.length > 0) post([]);
}

process.on("message", (message: WorkerInit | WorkerRequest) => {
  if ("init" in message) {
    initialised(message.init);
    return;
  }
  if ("log" in message) {
    log = new WorkerLog(message.log, synced, logFailed);
    return;
  }
  // Places first: writing a line frees its bytes, and its fsync starts before the next jobs run.
  if (message.place.length > 0) log?.place(message.place);
  queue.push(...message.jobs);
  if (!draining) void drain();
});
