// An export whose prompt sits deep in the tree (a workflow node's template, a request body's system prompt): the
// prompt is read as the document it is, and the keys around it (opening, closing, FAQ, profile, names) fill what it
// leaves empty. Kept only when it finds at least as many of the scenario's parts as the outline of the whole tree.

import { basename, extname } from "node:path";
import { finishDraft, type Reading } from "../scenario/finish.js";
import { partsFound, readMarkdownDraft, type Draft } from "../scenario/read-markdown.js";
import { isUserError } from "../errors.js";
import { hoistPrompts } from "./hoist-prompt.js";
import { jsonOutline } from "./json-outline.js";

type Json = Record<string, unknown>;

function draftOf(text: string, file: string): Draft | null {
  try {
    return readMarkdownDraft(text, { id: basename(file, extname(file)), file }, [], "caller");
  } catch (error) {
    if (isUserError(error)) return null;
    throw error;
  }
}

/** The prompt's reading with the rest of the tree laid over its empty fields, or null when the tree buries no script. */
export function promptOverlay(tree: Json, file: string, outlineReading: Reading): Reading | null {
  const { prompts, rest } = hoistPrompts(tree);
  if (prompts.length === 0) return null;
  const prompt = draftOf(prompts.join("\n\n"), file);
  if (prompt === null || prompt.scenario.caller.steps.length === 0) return null;
  const around = draftOf(jsonOutline(rest), file)?.scenario;
  const s = prompt.scenario;
  if (around !== undefined) {
    const c = s.caller;
    const o = around.caller;
    if (c.name === "") c.name = o.name;
    if (c.organization === null) c.organization = o.organization;
    if (c.opening === null) c.opening = o.opening;
    if (c.closingLines.length === 0) c.closingLines = o.closingLines;
    if (c.customerProfile.length === 0) c.customerProfile = o.customerProfile;
    const asked = new Set(c.knowledgeBase.map((e) => e.question));
    c.knowledgeBase = [...c.knowledgeBase, ...o.knowledgeBase.filter((e) => !asked.has(e.question))];
    if (s.callee.name === "") s.callee.name = around.callee.name;
  }
  let reading: Reading;
  try {
    reading = finishDraft({ ...prompt, hasCaller: true }, { file });
  } catch (error) {
    if (isUserError(error)) return null;
    throw error;
  }
  if (partsFound(reading) < partsFound(outlineReading)) return null;
  reading.decisions.unshift({ field: "format", lines: [], evidence: "an export with its prompt deep in the tree: the prompt read as the document, the keys around it filling what it leaves empty" });
  return reading;
}
