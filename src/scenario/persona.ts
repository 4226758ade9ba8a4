// Single-side input: a persona document given apart (`--persona`) becomes the callee side of an agent document.

import { basename, extname } from "node:path";
import { userError } from "../errors.js";
import type { CalleeSide, Diagnostic, Scenario } from "../schema/scenario.js";
import { decodeBytes } from "./decode.js";
import { readPersonaDraft } from "./read-markdown.js";
import { readDocumentBytes, readScenarioWithTrace } from "./read-scenario.js";
import type { Decision } from "./trace.js";

export interface Persona {
  file: string;
  callee: CalleeSide;
  diagnostics: Diagnostic[];
  decisions: Decision[];
}

/** A persona file: the whole document describes the customer; a document with nothing of a customer is an error. */
export async function readPersonaFile(path: string): Promise<Persona> {
  const text = decodeBytes(await readDocumentBytes(path), path).text;
  if (text.trim() === "") throw userError("empty-document", "the persona document is empty", { file: path });
  const diagnostics: Diagnostic[] = [];
  const decisions: Decision[] = [];
  const callee = readPersonaDraft(text, (message, line) => diagnostics.push({ severity: "warning", message: `persona ${basename(path)}: ${message}`, line }), decisions);
  if (callee.role === "" && callee.background === "" && callee.behaviours.length === 0 && callee.style.positive.length === 0 && callee.concerns.length === 0) {
    throw userError("no-persona", "no persona found: expected who the customer is (你是… / You are…, 角色 / Persona) or how they behave", { file: path, line: 1 });
  }
  return { file: path, callee, diagnostics, decisions };
}

/** The scenario once per persona, each with that persona as its callee; the id names both documents. */
export function withPersonas(scenario: Scenario, personas: readonly Persona[]): Scenario[] {
  if (personas.length === 0) return [scenario];
  return personas.map((p) => ({
    ...scenario,
    id: personas.length === 1 ? scenario.id : `${scenario.id}+${basename(p.file, extname(p.file))}`,
    callee: p.callee,
    diagnostics: [...scenario.diagnostics.filter((d) => !/^no callee side found/.test(d.message)), ...p.diagnostics],
  }));
}

/** An agent document with its personas (none: the document's own callee, or a default persona with a warning). */
export async function readWithPersonas(file: string, personaFiles: readonly string[]): Promise<{ scenarios: Scenario[]; decisions: Decision[] }> {
  const reading = await readScenarioWithTrace(file);
  const personas = await Promise.all(personaFiles.map((p) => readPersonaFile(p)));
  const decisions = [...reading.decisions, ...personas.flatMap((p) => p.decisions.map((d) => ({ ...d, field: `persona ${basename(p.file)}: ${d.field}` })))];
  return { scenarios: withPersonas(reading.scenario, personas), decisions };
}
