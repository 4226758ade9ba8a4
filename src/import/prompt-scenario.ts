// Shared by the platform importers: a system prompt read as a Markdown document, then the platform's own fields
// (first message, end-call phrases, states or nodes) laid over it, then the checks every reading passes.

import { basename, extname } from "node:path";
import type { Step } from "../schema/scenario.js";
import { finishDraft, type Reading } from "../scenario/finish.js";
import { readMarkdownDraft } from "../scenario/read-markdown.js";
import { sortProse } from "../scenario/prose.js";
import type { Decision } from "../scenario/trace.js";

export interface PlatformParts {
  platform: string;
  /** The system prompt (agent instructions), "" when the export has none. */
  prompt: string;
  opening?: string | null;
  closingLines?: string[];
  /** Script stages from the export's own structure (states, nodes); they replace steps read from the prompt. */
  stages?: { title: string; text: string; path: string; branches?: string[] }[];
  /** Customer-record fields the export holds as variables. */
  profile?: string[];
  /** Fields of the export read, and fields set aside, for diagnostics. */
  used: string[];
  ignored: string[];
}

export function scenarioFromPlatform(parts: PlatformParts, file: string): Reading {
  const where = { file };
  const draft = readMarkdownDraft(parts.prompt.trim() === "" ? " " : parts.prompt, { id: basename(file, extname(file)), file }, [], "caller");
  const s = draft.scenario;
  // Lines of diagnostics are lines of the prompt text, not of the JSON file.
  s.diagnostics = s.diagnostics.map((d) => ({ ...d, line: null, message: d.line === null ? d.message : `system prompt line ${d.line}: ${d.message}` }));
  const decisions: Decision[] = draft.decisions.map((d) => ({ ...d, evidence: `${d.evidence} (lines of the ${parts.platform} system prompt)` }));
  decisions.unshift({ field: "format", lines: [], evidence: `${parts.platform} export: read ${parts.used.join(", ") || "nothing"}` });
  if (parts.opening !== undefined && parts.opening !== null && parts.opening.trim() !== "") {
    s.caller.opening = parts.opening.trim();
    decisions.push({ field: "caller.opening", lines: [], evidence: `the export's first message` });
  }
  if (parts.closingLines !== undefined && parts.closingLines.length > 0 && s.caller.closingLines.length === 0) {
    s.caller.closingLines = [...parts.closingLines];
    decisions.push({ field: "caller.closingLines", lines: [], evidence: "the export's end-call phrases" });
  }
  if (parts.stages !== undefined && parts.stages.length > 0) {
    s.caller.steps = parts.stages.map((stage, i) => stageStep(stage.title, stage.text, i + 1, stage.branches ?? []));
    decisions.push({ field: "caller.steps", lines: [], evidence: `${parts.stages.length} stage(s) from ${parts.stages.map((x) => x.path).join(", ")}` });
  }
  if (parts.profile !== undefined && parts.profile.length > 0 && s.caller.customerProfile.length === 0) {
    s.caller.customerProfile = [...parts.profile];
    decisions.push({ field: "caller.customerProfile", lines: [], evidence: "the export's variables" });
  }
  // The same entry read twice (a knowledge node's text is also among the export's prompt-like strings) is one entry.
  const seenEntries = new Set<string>();
  s.caller.knowledgeBase = s.caller.knowledgeBase.filter((e) => {
    const key = JSON.stringify([e.question, e.answer, e.kind ?? ""]);
    return !seenEntries.has(key) && seenEntries.add(key) !== undefined;
  });
  s.diagnostics = s.diagnostics.filter((d) => !(/^missing steps/.test(d.message) && s.caller.steps.length > 0) && !(/^missing opening/.test(d.message) && s.caller.opening !== null) && !(/^missing closing/.test(d.message) && s.caller.closingLines.length > 0));
  for (const field of parts.ignored) s.diagnostics.push({ severity: "warning", message: `${parts.platform} field '${field}' set aside (not part of a Scenario)`, line: null });
  return finishDraft({ ...draft, hasCaller: draft.hasCaller || s.caller.steps.length > 0 || s.caller.opening !== null, scenario: s, decisions }, where);
}

/** A state or node prompt: its quoted text is what the caller says, a condition a branch, the rest what it is told to do. */
function stageStep(title: string, text: string, index: number, routed: readonly string[]): Step {
  const { lines, instructions, branches: told } = sortProse(text);
  const branches = [...told, ...routed];
  return {
    index,
    title,
    lines,
    ...(instructions.length === 0 ? {} : { instructions }),
    ...(branches.length === 0 ? {} : { branches }),
  };
}
