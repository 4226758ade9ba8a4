// `callsim export`: streams a batch's calls.jsonl into fine-tuning JSONL, one call per line.
import { createWriteStream, existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Scenario } from "../schema/index.js";
import { batchPaths, readBatchScenarios } from "../batch/batch-files.js";
import { readBatchLines } from "../batch/read-lines.js";
import { readScenarioFile } from "../scenario/index.js";
import { userError } from "../errors.js";
import { formatExample, toMessages, type ExportFormat } from "./to-example.js";
import type { Perspective } from "./system-message.js";

export interface ExportOptions {
  dir: string;
  format: ExportFormat;
  perspective: Perspective;
  /** Only calls scoring at least this (0-100). */
  minScore?: number;
  maskPii?: boolean;
  /** Output file (written whole: temp, then rename); stdout when absent. */
  out?: string;
}

export interface ExportResult {
  written: number;
  belowMinScore: number;
  /** Calls where the chosen side never spoke. */
  empty: number;
}

/** Writes with back-pressure; resolves false when the stream failed (a closed pipe) instead of waiting forever. */
async function writeLine(stream: Writable, text: string, failed: () => boolean): Promise<boolean> {
  if (failed()) return false;
  if (!stream.write(text)) {
    await new Promise<void>((resolve) => {
      const done = (): void => {
        stream.off("drain", done);
        stream.off("error", done);
        resolve();
      };
      stream.on("drain", done);
      stream.on("error", done);
    });
  }
  return !failed();
}

export async function exportCalls(options: ExportOptions, stdout: Writable = process.stdout): Promise<ExportResult> {
  const paths = batchPaths(options.dir);
  const scenarios = readBatchScenarios(options.dir);
  const fromFiles = new Map<string, Scenario>();
  const scenarioFor = async (id: string, path: string | null, file: string, line: number): Promise<Scenario> => {
    const known = scenarios.get(id) ?? fromFiles.get(id);
    if (known !== undefined) return known;
    if (path !== null && existsSync(path)) {
      const scenario = await readScenarioFile(path);
      fromFiles.set(id, scenario);
      return scenario;
    }
    throw userError("unknown-scenario", `scenario '${id}' is neither in ${paths.scenarios} nor readable at its path`, { file, line });
  };

  const temp = options.out === undefined ? null : `${options.out}.${process.pid}.tmp`;
  const stream: Writable = temp === null ? stdout : createWriteStream(temp, { encoding: "utf8" });
  const result: ExportResult = { written: 0, belowMinScore: 0, empty: 0 };
  let streamError: NodeJS.ErrnoException | null = null;
  const onError = (error: NodeJS.ErrnoException): void => {
    streamError ??= error;
  };
  stream.on("error", onError);
  try {
    for await (const line of readBatchLines(paths.calls)) {
      if (options.minScore !== undefined && line.score.score < options.minScore) {
        result.belowMinScore++;
        continue;
      }
      const scenario = await scenarioFor(line.call.scenario.id, line.call.scenario.path, paths.calls, line.line);
      const messages = toMessages(scenario, line.call.turns, { perspective: options.perspective, maskPii: options.maskPii === true });
      if (messages === null) {
        result.empty++;
        continue;
      }
      if (!(await writeLine(stream, `${JSON.stringify(formatExample(messages, options.format, line.job.key))}\n`, () => streamError !== null))) break;
      result.written++;
    }
    // A reader that went away (`| head`) is not an error; anything else is.
    if (streamError !== null && (streamError as NodeJS.ErrnoException).code !== "EPIPE") throw streamError;
    if (temp !== null && options.out !== undefined) {
      stream.end();
      await once(stream, "finish");
      await rename(temp, options.out);
    }
  } catch (error) {
    if (temp !== null) {
      stream.destroy();
      await rm(temp, { force: true });
    }
    throw error;
  }
  stream.off("error", onError);
  return result;
}
