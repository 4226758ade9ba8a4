// failures.jsonl: jobs that did not finish (an error, or a call a seat could not answer), kept whole for a look,
// never counted done, so the next run retries them; summary.json lists those still failed.
import { existsSync } from "node:fs";
import { JsonlLineReader } from "./jsonl-read.js";
import { keyOfLine } from "./jsonl-log.js";
import type { Job } from "./types.js";

export interface JobFailure {
  key: string;
  error: string;
}

/** The failures.jsonl line: the job's own line (when the call ran) with the reason added, or just the job. */
export function failureLine(job: Job, error: string, line: string | null): string {
  const reason = `"error":${JSON.stringify(error)}`;
  return line !== null && line.startsWith("{") && line.endsWith("}") ? `${line.slice(0, -1)},${reason}}` : `{"job":${JSON.stringify(job)},${reason}}`;
}

function errorOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { error?: unknown };
    return typeof parsed.error === "string" ? parsed.error : "unknown error";
  } catch {
    return "unreadable failure line";
  }
}

/** Every key's latest failure (a job retried and failed again keeps its last reason). */
export async function readFailures(path: string): Promise<Map<string, JobFailure>> {
  const failures = new Map<string, JobFailure>();
  if (!existsSync(path)) return failures;
  for await (const { text } of new JsonlLineReader(path).lines()) {
    const key = keyOfLine(text);
    if (key === null) continue;
    failures.delete(key);
    failures.set(key, { key, error: errorOf(text) });
  }
  return failures;
}
