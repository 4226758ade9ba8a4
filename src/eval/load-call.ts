// loadCall: a call to score from a file, in any of three forms, as a CallRecord:
//   a call record written by `callsim run --json` (validated), JSONL of { speaker, text }, or a plain transcript
//   with one `Name：text` / `Name: text` line per turn. Transcripts get step null, kb [], estimated timing and an end
//   "by whoever spoke last", since nothing else about them is known. Unattributable lines are user errors with file:line.
import type { CallRecord, Scenario } from "../schema/index.js";
import { CallRecord as CallRecordSchema } from "../schema/index.js";
import { userError } from "../errors.js";
import { decodeBytes } from "../scenario/decode.js";
import { buildTranscriptRecord, type RawLine } from "./transcript-record.js";
import { attributeLines } from "./attribute-lines.js";
import { MAX_CALL_BYTES, readCallBytes } from "./read-bounded.js";

/** Everything piped to stdin (`callsim run --json | callsim eval SCENARIO -`), up to the call size limit. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_CALL_BYTES) throw userError("call-too-large", `the call on stdin is larger than ${MAX_CALL_BYTES / 1024 / 1024} MB`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

export async function loadCall(path: string, scenario: Scenario): Promise<CallRecord> {
  const bytes = path === "-" ? await readStdin() : await readCallBytes(path);
  if (bytes.length === 0) throw userError("call-empty", "the call file is empty", { file: path });
  // Same decoding as scenario documents: BOMs, UTF-16, GB18030 exports from call-centre systems.
  return parseCall(decodeBytes(bytes, path).text, path, scenario);
}

/** Parse call text already in memory; `file` is used for ids and error locations. */
export function parseCall(text: string, file: string, scenario: Scenario): CallRecord {
  const body = text.trim();
  if (body === "") throw userError("call-empty", "the call file is empty", { file });
  const whole = body.startsWith("{") || body.startsWith("[") ? tryJson(body) : { ok: false as const };
  if (body.startsWith("{") || whole.ok) {
    if (whole.ok && isRecordLike(whole.value)) return validateRecord(whole.value, file);
    if (whole.ok && Array.isArray(whole.value)) return fromEntries(whole.value.map((value, i) => ({ value, line: i + 1 })), file, scenario);
    if (whole.ok && !isEntry(whole.value)) throw userError("call-invalid", "JSON is neither a call record nor a { speaker, text } line", { file, line: 1 });
    const entries = jsonLines(text, file);
    const first = entries[0];
    if (first !== undefined && isRecordLike(first.value)) {
      if (entries.length === 1) return validateRecord(first.value, file);
      throw userError("call-many", `holds ${entries.length} call records; eval scores one call (pick one line, or use 'callsim report' for a batch)`, { file });
    }
    return fromEntries(entries, file, scenario);
  }
  return buildTranscriptRecord(attributeLines(plainLines(text, file), scenario, file), scenario, file);
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && ("turns" in value || "schemaVersion" in value);
}

function isEntry(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && ("text" in value || "content" in value);
}

function validateRecord(value: unknown, file: string): CallRecord {
  const parsed = CallRecordSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
  throw userError("call-invalid", `not a valid call record: ${where}${issue?.message ?? "invalid"}`, { file });
}

function jsonLines(text: string, file: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    if (raw.trim() === "") return;
    const parsed = tryJson(raw.trim());
    if (!parsed.ok) throw userError("call-invalid", "not a JSON line (expected { \"speaker\": ..., \"text\": ... })", { file, line: i + 1 });
    out.push({ value: parsed.value, line: i + 1 });
  });
  return out;
}

/** JSONL / JSON array entries: { speaker|role|name, text|content|utterance }. */
function fromEntries(entries: { value: unknown; line: number }[], file: string, scenario: Scenario): CallRecord {
  const lines: RawLine[] = entries.map(({ value, line }) => {
    const entry = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    const label = entry["speaker"] ?? entry["role"] ?? entry["name"];
    const said = entry["text"] ?? entry["content"] ?? entry["utterance"];
    if (typeof label !== "string" || typeof said !== "string") {
      throw userError("call-invalid", "each line needs a string \"speaker\" and a string \"text\"", { file, line });
    }
    return { label, text: said.trim(), line };
  });
  return buildTranscriptRecord(attributeLines(lines, scenario, file), scenario, file);
}

// "[00:01:02] 王伟先生：……", "00:12 Agent: …", "**客服**: …"
const TIMESTAMP = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s*(?:[-–—]\s*)?/u;
/** A whole line in brackets is a transcriber's note ("（客户沉默）", "[crosstalk]"), not speech. */
const ANNOTATION = /^\s*(?:\([^)]*\)|（[^）]*）|\[[^\]]*\]|【[^】]*】)\s*$/u;
const LABELLED = /^\s*([^:：。！？!?，,]{1,32}?)\s*[:：]\s*(.*)$/u;

function plainLines(text: string, file: string): RawLine[] {
  const out: RawLine[] = [];
  text.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.replace(TIMESTAMP, "");
    if (line.trim() === "" || ANNOTATION.test(line)) return;
    const match = LABELLED.exec(line);
    const label = match?.[1]?.trim() ?? "";
    if (match === null || label === "") {
      throw userError("transcript-unattributed", `no speaker label on this line (expected "Name: text"): ${preview(raw)}`, { file, line: i + 1 });
    }
    out.push({ label, text: (match[2] ?? "").trim(), line: i + 1 });
  });
  return out;
}

export function preview(text: string): string {
  const flat = text.trim().replace(/\s+/gu, " ");
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
