// The files of a batch directory, and the small scenarios.json that lets report/export work from DIR alone.
import { existsSync, readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Scenario } from "../schema/index.js";
import { userError } from "../errors.js";

export const CALLS_FILE = "calls.jsonl";
export const SUMMARY_FILE = "summary.json";
export const REPORT_FILE = "report.html";
export const SCENARIOS_FILE = "scenarios.json";
export const FAILURES_FILE = "failures.jsonl";

export interface BatchPaths {
  calls: string;
  failures: string;
  summary: string;
  report: string;
  scenarios: string;
}

export function batchPaths(dir: string): BatchPaths {
  return {
    calls: join(dir, CALLS_FILE),
    failures: join(dir, FAILURES_FILE),
    summary: join(dir, SUMMARY_FILE),
    report: join(dir, REPORT_FILE),
    scenarios: join(dir, SCENARIOS_FILE),
  };
}

/** Writes a file whole or not at all: a temp file, then rename over the target. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text, "utf8");
  await rename(temp, path);
}

/** The scenarios a batch ran, by id (empty when the directory has no scenarios.json). */
export function readBatchScenarios(dir: string): Map<string, Scenario> {
  const path = batchPaths(dir).scenarios;
  const map = new Map<string, Scenario>();
  if (!existsSync(path)) return map;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw userError("bad-batch-dir", `cannot read ${SCENARIOS_FILE}: ${(error as Error).message}`, { file: path, cause: error });
  }
  const list = Array.isArray(parsed) ? parsed : [];
  for (const item of list) {
    const result = Scenario.safeParse(item);
    if (result.success) map.set(result.data.id, result.data);
  }
  return map;
}

/** Adds this run's scenarios to those of earlier runs of the same directory (a resumed batch may add more). */
export async function writeBatchScenarios(dir: string, scenarios: readonly Scenario[]): Promise<void> {
  const merged = readBatchScenarios(dir);
  for (const scenario of scenarios) merged.set(scenario.id, scenario);
  const list = [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeFileAtomic(batchPaths(dir).scenarios, `${JSON.stringify(list)}\n`);
}
