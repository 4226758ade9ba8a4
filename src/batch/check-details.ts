// Reads the parts of a scorecard the summary aggregates: invented figures and per-question KB verdicts.
// Check details are check-specific and loosely typed (record<string, unknown>), so each reader is tolerant.
import type { BatchLine } from "./types.js";

export interface InventedFigure {
  text: string;
  turn: number | null;
}

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) {
    for (const field of ["text", "figure", "value"]) {
      const inner = (value as Record<string, unknown>)[field];
      if (typeof inner === "string") return inner;
    }
  }
  return null;
}

/** Figures the grounding check flagged as invented (neither in the facts nor heard from the customer). */
export function inventedFigures(line: BatchLine): InventedFigure[] {
  const found: InventedFigure[] = [];
  for (const check of line.score.checks) {
    // "invented-figure" since the verdict scorecard; "grounding" in older calls.jsonl files.
    if (check.passed || (check.id !== "grounding" && check.id !== "invented-figure") || check.details === undefined) continue;
    for (const value of Object.values(check.details)) {
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        const text = textOf(item);
        if (text === null) continue;
        const turn = typeof item === "object" && item !== null ? (item as { turn?: unknown }).turn : undefined;
        found.push({ text, turn: typeof turn === "number" ? turn : null });
      }
    }
  }
  return found;
}

export type KbVerdict = "correct" | "partial" | "contradicted" | "unanswered";

/**
 * One verdict per customer question matched to a KB entry. The kb check's per-question verdicts win when it lists
 * them (details arrays of { entry|kb, verdict }); otherwise "answered" in the outcome counts as correct.
 */
export function kbVerdicts(line: BatchLine): { entry: number; verdict: KbVerdict }[] {
  const fromCheck: { entry: number; verdict: KbVerdict }[] = [];
  let checkListsAsks = false;
  for (const check of line.score.checks) {
    if ((check.id !== "kb" && check.id !== "wrong-answer") || check.details === undefined) continue;
    for (const value of Object.values(check.details)) {
      if (!Array.isArray(value)) continue;
      checkListsAsks = true;
      for (const item of value) {
        if (typeof item !== "object" || item === null) continue;
        const record = item as Record<string, unknown>;
        const entry = record["kb"] ?? record["entry"];
        const verdict = record["verdict"] ?? record["status"] ?? record["result"];
        if (typeof entry === "number" && isVerdict(verdict)) fromCheck.push({ entry, verdict });
      }
    }
  }
  // The check's list wins even when empty: it judged the questions the outcome may have matched loosely.
  if (checkListsAsks) return fromCheck;
  return line.call.outcome.questions
    .filter((question): question is typeof question & { kb: number } => question.kb !== null)
    .map((question) => ({ entry: question.kb, verdict: question.answered ? "correct" : "unanswered" }));
}

function isVerdict(value: unknown): value is KbVerdict {
  return value === "correct" || value === "partial" || value === "contradicted" || value === "unanswered";
}
