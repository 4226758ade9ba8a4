// Turns the SCENARIOS arguments (files or folders) into read, validated scenarios with unique ids.
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Scenario } from "../schema/index.js";
import { readScenarioFile } from "../scenario/index.js";
import { isUserError, userError } from "../errors.js";

/** Extensions taken from a folder; companion files such as "x.truth.json" are not scenarios. */
const SCENARIO_EXTENSIONS = new Set([".md", ".markdown", ".txt", ".json", ".yaml", ".yml"]);
const COMPANION = /\.(truth|expected|golden)\.(json|ya?ml)$/i;

export interface LoadedScenario {
  scenario: Scenario;
  path: string;
}

export interface CollectResult {
  scenarios: LoadedScenario[];
  /** Files of a folder that did not read as a scenario: "file: message". */
  skipped: string[];
}

export async function collectScenarios(args: readonly string[]): Promise<CollectResult> {
  const scenarios: LoadedScenario[] = [];
  const skipped: string[] = [];
  const seen = new Map<string, string>();
  const add = (loaded: LoadedScenario): void => {
    const earlier = seen.get(loaded.scenario.id);
    if (earlier !== undefined && earlier !== loaded.path) {
      throw userError("duplicate-scenario", `scenario id '${loaded.scenario.id}' is also the id of ${earlier}; rename one of them`, { file: loaded.path });
    }
    if (earlier === undefined) scenarios.push(loaded);
    seen.set(loaded.scenario.id, loaded.path);
  };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await stat(arg)).isDirectory();
    } catch {
      throw userError("file-unreadable", "no such file or folder", { file: arg });
    }
    if (!isDir) {
      add({ scenario: await readScenarioFile(arg), path: arg });
      continue;
    }
    const names = (await readdir(arg)).filter((name) => SCENARIO_EXTENSIONS.has(extname(name).toLowerCase()) && !COMPANION.test(name)).sort();
    for (const name of names) {
      const path = join(arg, name);
      if (!(await stat(path)).isFile()) continue;
      try {
        add({ scenario: await readScenarioFile(path), path });
      } catch (error) {
        // A folder may hold notes or other files: skip what is not a scenario, but say so.
        if (!isUserError(error) || error.code === "duplicate-scenario") throw error;
        skipped.push(`${path}: ${error.message}`);
      }
    }
  }
  if (scenarios.length === 0) throw userError("no-scenarios", `no scenario found in ${args.join(", ")}`);
  return { scenarios, skipped };
}
