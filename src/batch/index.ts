// Batch runs: jobs (scenario × seed × seats), the resumable calls.jsonl, workers, summary.json.
export { startBatch, parseSeatSpecs, type StartBatchOptions } from "./start-batch.js";
export { runBatch, type BatchRunOptions, type BatchRunResult } from "./run-batch.js";
export { expandJobs, jobKey, jobCount, type JobPlan } from "./jobs.js";
export { parseSeeds } from "./seeds.js";
export { recoverLog, JsonlAppender, keyOfLine, type LogState } from "./jsonl-log.js";
export { readBatchLines } from "./read-lines.js";
export { summarizeCalls, SummaryBuilder } from "./summary.js";
export { isPass, passHatK, passHatKCurve, DEFAULT_PASS_SCORE } from "./pass.js";
export { batchPaths, readBatchScenarios, CALLS_FILE, SUMMARY_FILE, REPORT_FILE, SCENARIOS_FILE } from "./batch-files.js";
export { inProcessExecutor, type JobExecutor, type JobRunner } from "./executor.js";
export { createRuleExecutor } from "./worker-pool.js";
export { createJobRunner, type JobRunnerOptions } from "./run-job.js";
export type { BatchLine, Job, SeatSpec } from "./types.js";
export type * from "./summary-types.js";
