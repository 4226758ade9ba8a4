// Importers for what voice-agent teams already have: platform exports read into a Scenario with diagnostics.

import type { Reading } from "../scenario/finish.js";
import { PLATFORM_READERS } from "./platforms.js";
import { scenarioFromPlatform } from "./prompt-scenario.js";
import { jsonOutline } from "./json-outline.js";
import { promptStrings } from "./prompt-strings.js";
import { promptOverlay } from "./prompt-overlay.js";
import { nodeGraph } from "./node-graph.js";
import { openTreeStrings } from "./tree-strings.js";
import { withoutWrappers } from "./tree-shapes.js";
import { isUserError } from "../errors.js";
import { finishDraft } from "../scenario/finish.js";
import { partsFound, readMarkdownDraft } from "../scenario/read-markdown.js";
import { basename, extname } from "node:path";

/** The export (or a team's own JSON) read as a Scenario, or null when the data is a Scenario itself (schemaVersion). */
export function importPlatform(data: unknown, file: string): Reading | null {
  if (typeof data !== "object" || data === null || Array.isArray(data) || "schemaVersion" in data) return null;
  const record = openTreeStrings(data as Record<string, unknown>);
  const reader = PLATFORM_READERS.find((r) => r.matches(record));
  if (reader !== undefined) return scenarioFromPlatform(reader.read(record), file);
  // Not a platform's and not a Scenario (no schemaVersion): a team's own JSON, read as the outline its keys spell.
  const outline = jsonOutline(withoutWrappers(record));
  let reading: Reading;
  try {
    reading = finishDraft(readMarkdownDraft(outline, { id: basename(file, extname(file)), file }, []), { file });
  } catch (error) {
    // The keys spell no scenario: an unknown platform's export, whose prompt sits in a few long strings somewhere.
    const byStrings = stringsReading(record, file);
    if (byStrings === null || !isUserError(error)) throw error;
    return byStrings;
  }
  // A flow graph (nodes joined by edges) whose main path reads as more of a scenario than its keys' outline does, or
  // gives the script the outline missed: the graph's reading (an outline of a graph lists its nodes in file order,
  // retired and side nodes among them).
  const graph = nodeGraph(record);
  if (graph !== null) {
    const byGraph = stringsReading(record, file, graph);
    const scriptOnlyThere = reading.scenario.caller.steps.length === 0 && (byGraph?.scenario.caller.steps.length ?? 0) > 0;
    if (byGraph !== null && (scriptOnlyThere || partsFound(byGraph) > partsFound(reading))) return byGraph;
  }
  // The prompt a team wrote, buried in a workflow or a request: read as the document, the keys around it filling in.
  const overlay = promptOverlay(withoutWrappers(record), file, reading);
  if (overlay !== null) reading = overlay;
  // A key that names the first message (first_message, greeting_message) is the opening, however deep it sits.
  const opening = reading.scenario.caller.opening === null ? promptStrings(record)?.opening ?? null : null;
  if (opening !== null) {
    reading.scenario.caller.opening = opening;
    reading.scenario.diagnostics = reading.scenario.diagnostics.filter((d) => !/^missing opening/.test(d.message));
    reading.decisions.push({ field: "caller.opening", lines: [], evidence: "the export's first-message key" });
  }
  reading.decisions.unshift({ field: "format", lines: [], evidence: "a JSON of the team's own keys: read as the outline it spells (keys as headings, lists as lists, records as sub-sections; line numbers are the outline's)" });
  return reading;
}

/** An unknown platform's export read by its prompt-like strings and its flow graph's main path, or null when it has neither. */
function stringsReading(record: Record<string, unknown>, file: string, graph = nodeGraph(record)): Reading | null {
  const prompt = promptStrings(record);
  if (prompt === null && graph === null) return null;
  return scenarioFromPlatform({
    platform: graph === null ? "JSON export (prompt-like strings)" : "JSON flow graph",
    prompt: [...new Set([...(prompt?.prompt ?? "").split("\n\n"), ...(graph?.asides ?? [])])].filter((t) => t !== "").join("\n\n"),
    opening: prompt?.opening ?? graph?.opening ?? null,
    ...(graph === null ? {} : { stages: graph.stages, closingLines: graph.closingLines, profile: graph.profile }),
    used: [...(prompt?.used ?? []), ...(graph === null ? [] : [`${graph.stages.length} node(s) on the main path`])],
    ignored: [],
  }, file);
}

export { PLATFORM_READERS } from "./platforms.js";
