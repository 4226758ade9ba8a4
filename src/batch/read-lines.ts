// Streams the parsed lines of a calls.jsonl, one at a time; a malformed complete line is a user error with its line.
import { existsSync } from "node:fs";
import { userError } from "../errors.js";
import { JsonlLineReader } from "./jsonl-read.js";
import type { BatchLine, Job } from "./types.js";

function looksLikeBatchLine(value: unknown): value is BatchLine {
  if (typeof value !== "object" || value === null) return false;
  const { job, call, score } = value as Partial<Record<keyof BatchLine, unknown>>;
  return (
    typeof job === "object" && job !== null && typeof (job as { key?: unknown }).key === "string" &&
    typeof call === "object" && call !== null && Array.isArray((call as { turns?: unknown }).turns) &&
    typeof score === "object" && score !== null && typeof (score as { score?: unknown }).score === "number"
  );
}

function parseLine(path: string, text: string, line: number): BatchLine & { line: number } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw userError("bad-calls-line", "not a JSON line", { file: path, line });
  }
  if (!looksLikeBatchLine(parsed)) throw userError("bad-calls-line", "not a batch line ({ job, call, score })", { file: path, line });
  return { ...parsed, line };
}

export async function* readBatchLines(path: string): AsyncGenerator<BatchLine & { line: number }> {
  if (!existsSync(path)) throw userError("no-calls", `no calls file (run 'callsim batch' first)`, { file: path });
  const reader = new JsonlLineReader(path);
  for await (const { text, line } of reader.lines()) yield parseLine(path, text, line);
}

/** A line whose job is read and whose call and scorecard are parsed only when asked (before the next line). */
export interface LazyBatchLine {
  job: Job;
  line: number;
  read(): BatchLine & { line: number };
}

/** How every line the batch writes begins (JSON.stringify of { job, call, score }). */
const JOB_START = Buffer.from('{"job":{');
/**
 * Where its job ends: a flat object followed by the call. A quote right after a comma is never escaped, so this
 * cannot occur inside a string and its first occurrence closes the job.
 */
const JOB_END = Buffer.from('},"call":{');

function isJob(value: unknown): value is Job {
  if (typeof value !== "object" || value === null) return false;
  const job = value as Partial<Record<keyof Job, unknown>>;
  return typeof job.key === "string" && typeof job.scenario === "string" && typeof job.seed === "number" &&
    typeof job.caller === "string" && typeof job.callee === "string";
}

/** The job of a line from its first bytes, or null when the line is not shaped as the batch writes it. */
function jobOf(bytes: Buffer): Job | null {
  if (bytes.length < JOB_START.length || bytes.compare(JOB_START, 0, JOB_START.length, 0, JOB_START.length) !== 0) return null;
  const end = bytes.indexOf(JOB_END, JOB_START.length);
  if (end === -1) return null;
  try {
    const job: unknown = JSON.parse(bytes.toString("utf8", JOB_START.length - 1, end + 1));
    return isJob(job) ? job : null;
  } catch {
    return null;
  }
}

/**
 * The lines of calls.jsonl with their jobs, for readers that keep a few calls of many (the report): a line is
 * decoded and parsed whole only when read, so the others cost a search for their job's end. A line not shaped as
 * the batch writes it is parsed at once (and is a user error if it is no batch line).
 */
export async function* readBatchJobs(path: string): AsyncGenerator<LazyBatchLine> {
  if (!existsSync(path)) throw userError("no-calls", `no calls file (run 'callsim batch' first)`, { file: path });
  for await (const { bytes, line } of new JsonlLineReader(path).byteLines()) {
    const job = jobOf(bytes);
    if (job !== null) {
      yield { job, line, read: () => parseLine(path, bytes.toString("utf8"), line) };
      continue;
    }
    const text = bytes.toString("utf8");
    if (text.trim() === "") continue;
    const parsed = parseLine(path, text, line);
    yield { job: parsed.job, line, read: () => parsed };
  }
}
