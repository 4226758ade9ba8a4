// The canonical scenarios the layout variants are rendered from: the content of examples and labelled scenarios,
// frozen as JSON (tests/fixtures/variants/canon) so a change in the reader never moves the truth it is measured on.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Scenario } from "../../../src/schema/index.js";

export interface CanonStep { title: string; lines: string[] }
export interface CanonQa { q: string; a: string }

export interface Canon {
  id: string;
  language: "zh" | "en";
  caller: {
    name: string;
    organization: string | null;
    role: string;
    task: string;
    profile: string[];
    steps: CanonStep[];
    kb: CanonQa[];
    opening: string | null;
    endConditions: string[];
    closingLines: string[];
  };
  callee: {
    name: string;
    role: string;
    background: string[];
    concerns: string[];
    behaviours: string[];
    positive: string[];
    negative: string[];
    endConditions: string[];
  };
}

export const CANON_DIR = join(import.meta.dirname, "..", "..", "fixtures", "variants", "canon");

export function loadCanons(): Canon[] {
  return readdirSync(CANON_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CANON_DIR, f), "utf8")) as Canon);
}

/** A reading frozen into a Canon (used once, by dump-canon.ts, on documents whose reading was checked by hand). */
export function canonOf(s: Scenario): Canon {
  const c = s.caller;
  const e = s.callee;
  const paragraphs = (text: string): string[] => text.split(/\n+/).map((l) => l.replace(/^[-*]\s+/, "").trim()).filter((l) => l !== "");
  return {
    id: s.id,
    language: s.language,
    caller: {
      name: c.name,
      organization: c.organization,
      role: c.role,
      task: c.task,
      profile: c.customerProfile,
      steps: c.steps.map((step) => ({ title: step.title, lines: step.lines })),
      kb: c.knowledgeBase.map((entry) => ({ q: entry.question, a: entry.answer })),
      opening: c.opening,
      endConditions: c.endConditions,
      closingLines: c.closingLines,
    },
    callee: {
      name: e.name,
      role: e.role,
      background: paragraphs(e.background),
      concerns: e.concerns,
      behaviours: e.behaviours,
      positive: e.style.positive,
      negative: e.style.negative,
      endConditions: e.endConditions,
    },
  };
}
