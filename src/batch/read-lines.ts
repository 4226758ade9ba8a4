// Streams the parsed lines of a calls.jsonl, one at a time; a malformed complete line is a user error with its line.
import { existsSync } from "node:fs";
import { userError } from "../errors.js";
import { JsonlLineReader } from "./jsonl-read.js";
import type { BatchLine } from "./types.js";

function looksLikeBatchLine(value: unknown): value is BatchLine {
  if (typeof value !== "object" || value === null) return false;
  const { job, call, score } = value as Partial<Record<keyof BatchLine, unknown>>;
  return (
    typeof job === "object" && job !== null && typeof (job as { key?: unknown }).key === "string" &&
    typeof call === "object" && call !== null && Array.isArray((call as { turns?: unknown }).turns) &&
    typeof score === "object" && score !== null && typeof (score as { score?: unknown }).score === "number"
  );
}

export async function* readBatchLines(path: string): AsyncGenerator<BatchLine & { line: number }> {
  if (!existsSync(path)) throw userError("no-calls", `no calls file (run 'callsim batch' first)`, { file: path });
  const reader = new JsonlLineReader(path);
  for await (const { text, line } of reader.lines()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw userError("bad-calls-line", "not a JSON line", { file: path, line });
    }
    if (!looksLikeBatchLine(parsed)) throw userError("bad-calls-line", "not a batch line ({ job, call, score })", { file: path, line });
    yield { ...parsed, line };
  }
}
