// A script under a heading of its own before any part the reader knows ("——— 通话顺序 ———" in a phone note, under
// the note's title and its bullets): when the caller's parts give no script, a numbered list in such a titled part of
// the preface is the caller's, read as the caller's other untitled parts are.

import { longestNumberedRun } from "./numbered-run.js";
import type { Outline } from "./sections.js";
import { findStages } from "./stages.js";
import type { Decision } from "./trace.js";

/** The caller's sections with their script found; a preface part holding a numbered run joins them when that finds one. */
export function stagesWithPreface(doc: Outline, decisions: Decision[]): ReturnType<typeof findStages> {
  const own = findStages(doc.caller, decisions);
  if (own.some((s) => s.kind === "steps")) return own;
  const titled = doc.preface.filter((s) => s.kind === null && !s.intro && s.title !== "" && longestNumberedRun([s]) !== null);
  if (titled.length === 0) return own;
  const tried: Decision[] = [];
  const found = findStages([...titled, ...doc.caller].sort((a, b) => a.line - b.line), tried);
  if (!found.some((s) => s.kind === "steps")) return own;
  doc.preface = doc.preface.filter((s) => !titled.includes(s));
  decisions.push({ field: "sides", lines: titled.map((s) => s.line), evidence: `the caller's parts give no script; ${titled.map((s) => `'${s.title}'`).join(", ")} before them holds a numbered list: read as the caller's` }, ...tried);
  return found;
}
