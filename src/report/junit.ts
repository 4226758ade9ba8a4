// JUnit XML of a batch for CI systems: one testcase per call (its failing checks in <failure>), one per failed
// job (<error>), streamed from calls.jsonl and failures.jsonl so memory does not grow with the batch.
import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { once } from "node:events";
import { batchPaths } from "../batch/batch-files.js";
import { isPass } from "../batch/pass.js";
import { readBatchLines } from "../batch/read-lines.js";
import type { BatchSummary } from "../batch/summary-types.js";
import type { BatchLine } from "../batch/types.js";

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Escapes text for XML and drops the control characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function testcaseOf(line: BatchLine, passScore: number): string {
  const { job, call, score } = line;
  const name = `${job.scenario} seed ${job.seed} (${job.caller} vs ${job.callee})`;
  const seconds = ((call.turns.at(-1)?.endMs ?? 0) / 1000).toFixed(3);
  const open = `  <testcase classname="${xmlEscape(job.scenario)}" name="${xmlEscape(name)}" time="${seconds}">`;
  if (isPass(score, passScore)) return `${open}</testcase>\n`;
  const failing = score.checks.filter((check) => !check.passed);
  const message = `score ${score.score}; failed: ${failing.map((check) => `${check.id} (${check.severity})`).join(", ") || "none"}`;
  const body = failing
    .map((check) => `${check.id} [${check.severity}]${check.turns.length === 0 ? "" : ` turns ${check.turns.join(",")}`}: ${check.message}`)
    .join("\n");
  return `${open}\n    <failure message="${xmlEscape(message)}" type="callsim.verdict">${xmlEscape(`${job.key}\n${body}`)}</failure>\n  </testcase>\n`;
}

/** Writes DIR's calls (and the failed jobs of the summary) as JUnit XML to `file`, whole or not at all. */
export async function writeJunit(dir: string, file: string, summary: BatchSummary): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temp, "utf8");
  const write = async (text: string): Promise<void> => {
    if (!out.write(text)) await once(out, "drain");
  };
  const failures = summary.calls - summary.passed;
  await write('<?xml version="1.0" encoding="UTF-8"?>\n');
  await write(`<testsuites name="callsim" tests="${summary.calls + summary.failedJobs}" failures="${failures}" errors="${summary.failedJobs}">\n`);
  await write(`<testsuite name="callsim batch" tests="${summary.calls + summary.failedJobs}" failures="${failures}" errors="${summary.failedJobs}">\n`);
  for await (const line of readBatchLines(batchPaths(dir).calls)) await write(testcaseOf(line, summary.passScore));
  for (const failed of summary.failures) {
    await write(`  <testcase classname="${xmlEscape(failed.key.split("#")[0] ?? "")}" name="${xmlEscape(failed.key)}">\n`);
    await write(`    <error message="${xmlEscape(failed.error)}" type="callsim.job-failed">${xmlEscape(failed.error)}</error>\n  </testcase>\n`);
  }
  await write("</testsuite>\n</testsuites>\n");
  out.end();
  await once(out, "finish");
  await rename(temp, file);
}
