// A .json/.yaml file: a Scenario in the schema, or a voice-platform export (Vapi, Retell, Pipecat Flows, OpenAI
// messages) read through its importer; both pass the same checks as a Markdown document.

import { createRequire } from "node:module";
import type * as Yaml from "yaml";
import { userError } from "../errors.js";
import { importPlatform } from "../import/index.js";
import { withCommentData } from "../import/comment-data.js";
import { Scenario } from "../schema/scenario.js";
import type { Reading } from "./finish.js";

// The YAML parser is loaded on first use: most documents have none, and start-up should not pay for it.
const require = createRequire(import.meta.url);
const parseYaml = (text: string): unknown => (require("yaml") as typeof Yaml).parse(text);

export function loadStructured(text: string, ext: string, file: string): Reading {
  let data: unknown;
  try {
    data = ext === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw userError("scenario-syntax", `not valid ${ext === ".json" ? "JSON" : "YAML"}: ${(error as Error).message.split("\n")[0]}`, { file });
  }
  // YAML's comments can hold a dataset (a FAQ export pasted above the tree): added to the tree it reads.
  const commented = ext !== ".json" && typeof data === "object" && data !== null && !Array.isArray(data) && !("schemaVersion" in data) ? withCommentData(data as Record<string, unknown>, text) : data;
  const platform = importPlatform(commented, file);
  if (platform !== null) return platform;
  const result = Scenario.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue === undefined || issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
    throw userError("scenario-invalid", `not a valid Scenario: ${at}${issue?.message ?? "invalid"}`, { file });
  }
  const s = result.data;
  // The same bar as a Markdown document: a call needs something for the caller to say.
  if (s.caller.steps.length === 0 && s.caller.opening === null) {
    throw userError("no-script", "the caller side has neither steps (caller.steps) nor an opening line (caller.opening)", { file });
  }
  return { scenario: s, decisions: [{ field: "scenario", lines: [], evidence: `read as a Scenario in the schema (${ext})` }] };
}
