// Importers for what voice-agent teams already have: platform exports read into a Scenario with diagnostics.

import type { Reading } from "../scenario/finish.js";
import { PLATFORM_READERS } from "./platforms.js";
import { scenarioFromPlatform } from "./prompt-scenario.js";

/** The export read as a Scenario, or null when the data is not a known platform export (e.g. a Scenario itself). */
export function importPlatform(data: unknown, file: string): Reading | null {
  if (typeof data !== "object" || data === null || Array.isArray(data) || "schemaVersion" in data) return null;
  const record = data as Record<string, unknown>;
  const reader = PLATFORM_READERS.find((r) => r.matches(record));
  return reader === undefined ? null : scenarioFromPlatform(reader.read(record), file);
}

export { PLATFORM_READERS } from "./platforms.js";
