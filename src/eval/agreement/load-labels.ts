// Labelled calls from a file or a folder (recursively), each with its scenario and its turns as a call record.
// The group of a call is its folder under the given root ("dev", "heldout"), so the two parts are reported apart.
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { CallRecord, LabelledCall, Scenario } from "../../schema/index.js";
import { LabelledCall as LabelledCallSchema } from "../../schema/index.js";
import { userError } from "../../errors.js";
import { readScenarioFile } from "../../scenario/index.js";
import { buildTranscriptRecord } from "../transcript-record.js";
import { readCallText } from "../read-bounded.js";

export interface LoadedLabel {
  label: LabelledCall;
  /** Folder of the file relative to the root given ("dev", "heldout"), "." for files directly in it. */
  group: string;
  file: string;
  scenario: Scenario;
  call: CallRecord;
}

/** A labelled set is ROOT/GROUP/*.json at most: deeper folders are not looked into (a wrong --labels stays quick). */
const MAX_DEPTH = 1;

function jsonFiles(path: string, depth = 0): string[] {
  if (!statSync(path).isDirectory()) return [path];
  let entries;
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    throw userError("labels-unreadable", `cannot read the folder: ${error instanceof Error ? error.message : String(error)}`, { file: path, cause: error });
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) =>
      entry.isDirectory() ? (depth < MAX_DEPTH ? jsonFiles(join(path, entry.name), depth + 1) : []) : entry.isFile() && entry.name.endsWith(".json") ? [join(path, entry.name)] : [],
    );
}

/** A label's scenario path is relative to the labelled set's root: the folder above dev/ or heldout/, else its own. */
function scenarioPath(file: string, scenario: string): string {
  const candidates = [resolve(dirname(file), "..", scenario), resolve(dirname(file), scenario)];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0] ?? scenario;
}

/** The call record of a labelled call: the same builder as a transcript, so both forms score alike. */
export function labelRecord(label: LabelledCall, scenario: Scenario, file: string): CallRecord {
  const lines = label.turns.map((turn, i) => ({ speaker: turn.speaker, text: turn.text, line: i + 1 }));
  return { ...buildTranscriptRecord(lines, scenario, file, true), id: label.id };
}

export interface LoadOptions {
  /**
   * Called instead of failing when a label's scenario cannot be read: the call is left out and the caller says so
   * (a benchmark over many parts reports the readable calls and how many were left out; `callsim eval` fails).
   */
  onUnreadableScenario?: (file: string, reason: string) => void;
}

export async function loadLabels(path: string, options: LoadOptions = {}): Promise<LoadedLabel[]> {
  if (path.trim() === "") throw userError("labels-missing", "--labels needs a file or a folder of labelled calls");
  if (!existsSync(path)) throw userError("labels-missing", "no such file or folder", { file: path });
  const root = statSync(path).isDirectory() ? path : dirname(path);
  const scenarios = new Map<string, Promise<Scenario>>();
  const out: LoadedLabel[] = [];
  for (const file of jsonFiles(path)) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readCallText(file)) as unknown;
    } catch (error) {
      if (error instanceof Error && "kind" in error) throw error;
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, " ");
      throw userError("labels-invalid", `not JSON: ${reason}`, { file, cause: error });
    }
    const parsed = LabelledCallSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw userError("labels-invalid", `not a labelled call: ${issue === undefined ? "invalid" : `${issue.path.join(".")}: ${issue.message}`}`, { file });
    }
    const label = parsed.data;
    const where = scenarioPath(file, label.scenario);
    let pending = scenarios.get(where);
    if (pending === undefined) scenarios.set(where, (pending = readScenarioFile(where)));
    let scenario: Scenario;
    try {
      scenario = await pending;
    } catch (error) {
      if (options.onUnreadableScenario === undefined) throw error;
      options.onUnreadableScenario(file, error instanceof Error ? error.message : String(error));
      continue;
    }
    const folder = relative(root, dirname(file));
    out.push({ label, group: folder === "" ? basename(root) : (folder.split(sep)[0] ?? basename(root)), file, scenario, call: labelRecord(label, scenario, file) });
  }
  if (out.length === 0) throw userError("labels-empty", "no labelled call (*.json) found", { file: path });
  return out;
}
